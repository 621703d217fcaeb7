'use strict';
// importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER lets import() in vm
// code (this context, a new context, compileFunction) use the main context's loader.
const common = require('../common');
const assert = require('assert');
const vm = require('vm');

common.expectWarning('ExperimentalWarning', 'vm.USE_MAIN_CONTEXT_DEFAULT_LOADER is an ' +
                     'experimental feature and might change at any time');
const importModuleDynamically = vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER;

(async () => {
  const fs = await vm.runInThisContext('import("fs")', { importModuleDynamically });
  assert.strictEqual(typeof fs.readFileSync, 'function');
  const os = await vm.runInNewContext('import("node:os")', {}, { importModuleDynamically });
  assert.strictEqual(typeof os.cpus, 'function');
  const path = await vm.compileFunction('return import("path")', [],
                                        { importModuleDynamically })();
  assert.strictEqual(typeof path.join, 'function');
})().then(common.mustCall());
