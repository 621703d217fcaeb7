'use strict';
// import() in vm code: rejected with ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING without an
// importModuleDynamically option, and with ..._MISSING_FLAG for a callback when
// --experimental-vm-modules is not given; ordinary modules still import.
const vm = require('vm');

const report = (label) => [
  (v) => console.log(label, 'resolved', typeof v),
  (e) => console.log(label, 'rejected', e.name, e.code, e.message),
];
(async () => {
  await vm.runInThisContext('import("fs")').then(...report('this context'));
  await vm.runInNewContext('import("fs")').then(...report('new context'));
  await vm.runInContext('import("os")', vm.createContext({})).then(...report('context'));
  await new vm.Script('import("os")', { importModuleDynamically() { return {}; } })
    .runInThisContext().then(...report('callback'));
  await vm.compileFunction('return import("os")')().then(...report('compileFunction'));
  await vm.compileFunction('return import("os")', [], {
    importModuleDynamically() { return {}; },
  })().then(...report('compileFunction callback'));
  await import('os').then(...report('plain import'));
})();
