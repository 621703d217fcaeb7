// Flags: --no-warnings
process.emitWarning('not printed');
process.on('warning', (w) => console.log('listener still gets', w.message));
