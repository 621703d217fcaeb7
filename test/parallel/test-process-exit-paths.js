'use strict';
// 'exit' fires once with the code, after 'beforeExit' (which may schedule more work) is done.
const assert = require('assert');

let exits = 0;
let befores = 0;
process.on('exit', (code) => {
  exits++;
  assert.strictEqual(code, 0);
  assert.strictEqual(process._exiting, true);
  assert.strictEqual(befores, 2);
  assert.strictEqual(exits, 1);
});
process.on('beforeExit', () => {
  if (befores++ === 0) setImmediate(() => {});
});
assert.throws(() => { process.exitCode = 'nope'; }, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => { process.exitCode = 1.5; }, { code: 'ERR_OUT_OF_RANGE' });
process.exitCode = 5;
process.exitCode = undefined;
