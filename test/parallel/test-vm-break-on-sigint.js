'use strict';
// breakOnSigint: a SIGINT during the script stops it with ERR_SCRIPT_EXECUTION_INTERRUPTED;
// the process's own 'SIGINT' listeners are restored afterwards and get later signals.
const common = require('../common');
const assert = require('assert');
const vm = require('vm');

const listener = common.mustCall();
process.on('SIGINT', listener);
const ctx = vm.createContext({ kill: () => process.kill(process.pid, 'SIGINT') });
assert.throws(() => vm.runInContext('kill(); while (true) {}', ctx, { breakOnSigint: true }), {
  code: 'ERR_SCRIPT_EXECUTION_INTERRUPTED',
  message: 'Script execution was interrupted by `SIGINT`',
});
assert.deepStrictEqual(process.listeners('SIGINT'), [listener]);
// Now the listener gets it.
process.kill(process.pid, 'SIGINT');
setTimeout(() => process.removeListener('SIGINT', listener), 100);
