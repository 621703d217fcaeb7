// Flags: --no-deprecation
process.emitWarning('hidden', 'DeprecationWarning', 'DEP0001');
process.emitWarning('shown', 'OtherWarning');
console.log(process.noDeprecation);
