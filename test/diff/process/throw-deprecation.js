// Flags: --throw-deprecation
try {
  process.emitWarning('thrown', 'DeprecationWarning', 'DEP0002');
} catch (e) {
  console.log('caught', e.name, e.message, e.code);
}
