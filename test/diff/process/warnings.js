process.on('warning', (w) => console.log('listener', w.name, w.message, w.code));
process.emitWarning('plain');
process.emitWarning('typed', 'CustomWarning');
process.emitWarning('coded', 'CustomWarning', 'CODE001');
process.emitWarning('with options', { type: 'OptWarning', code: 'OPT1', detail: 'some detail' });
process.emitWarning(new Error('an error object'));
process.emitWarning('deprecated thing', 'DeprecationWarning', 'DEP0999');
try {
  process.emitWarning(123);
} catch (e) {
  console.log(e.code, e.message);
}
