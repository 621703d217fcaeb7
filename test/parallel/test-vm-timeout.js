'use strict';
// `timeout` stops a runaway script with ERR_SCRIPT_EXECUTION_TIMEOUT (the watchdog terminates
// execution, then the termination is cancelled so the program goes on); a script that finishes
// in time is unaffected, and so are the microtasks of an 'afterEvaluate' context.
require('../common');
const assert = require('assert');
const vm = require('vm');

for (const run of [
  () => vm.runInThisContext('while (true) {}', { timeout: 20 }),
  () => vm.runInNewContext('while (true) {}', {}, { timeout: 20 }),
  () => vm.runInContext('for (;;) {}', vm.createContext(), { timeout: 20 }),
  () => new vm.Script('while (true) {}').runInThisContext({ timeout: 20 }),
  () => vm.runInNewContext('Promise.resolve().then(() => { while (true) {} })', {},
                           { timeout: 20, microtaskMode: 'afterEvaluate' }),
]) {
  assert.throws(run, {
    name: 'Error',
    code: 'ERR_SCRIPT_EXECUTION_TIMEOUT',
    message: 'Script execution timed out after 20ms',
  });
  // JS keeps running after the cancelled termination.
  assert.strictEqual([1, 2, 3].map((x) => x * 2).join(), '2,4,6');
}

assert.strictEqual(vm.runInThisContext('1 + 1', { timeout: 10000 }), 2);
assert.strictEqual(vm.runInNewContext('a * 2', { a: 4 }, { timeout: 10000 }), 8);

// An error thrown in time is the script's own.
assert.throws(() => vm.runInNewContext('throw new RangeError("own")', {}, { timeout: 10000 }),
              { name: 'RangeError', message: 'own' });

// A nested call to a host function that loops is stopped as well.
const ctx = vm.createContext({ spin() { for (;;); } });
assert.throws(() => vm.runInContext('spin()', ctx, { timeout: 20 }),
              { code: 'ERR_SCRIPT_EXECUTION_TIMEOUT' });
setTimeout(() => {}, 1);
