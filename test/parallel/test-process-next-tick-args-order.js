'use strict';
// process.nextTick passes any number of arguments and keeps queue order, also past thousands of
// queued ticks and for ticks queued before async_hooks is enabled.
const common = require('../common');
const assert = require('assert');
const async_hooks = require('async_hooks');

assert.strictEqual(process.nextTick.length, 1);

const seen = [];
process.nextTick(common.mustCall((...a) => seen.push(a)));
process.nextTick(common.mustCall((...a) => seen.push(a)), 1);
process.nextTick(common.mustCall((...a) => seen.push(a)), 1, 2);
process.nextTick(common.mustCall((...a) => seen.push(a)), 1, 2, 3);
process.nextTick(common.mustCall((...a) => seen.push(a)), 1, 2, 3, 4, 5);
process.nextTick(common.mustCall((...a) => seen.push(a)), undefined, null);

let order = 0;
const n = 5000;
for (let i = 0; i < n; i++) {
  process.nextTick((j) => {
    assert.strictEqual(j, order++);
    if (j === n - 1) {
      assert.deepStrictEqual(seen, [[], [1], [1, 2], [1, 2, 3], [1, 2, 3, 4, 5], [undefined, null]]);
      afterAll();
    }
  }, i);
}

function afterAll() {
  // Queued while no hook is on, run while one is: the arguments still arrive.
  process.nextTick(common.mustCall((a, b, c) => {
    assert.deepStrictEqual([a, b, c], ['x', 'y', 'z']);
    assert.strictEqual(typeof async_hooks.executionAsyncResource(), 'object');
    hook.disable();
  }), 'x', 'y', 'z');
  const hook = async_hooks.createHook({ init() {} }).enable();
  process.nextTick(common.mustCall((a) => assert.strictEqual(a, 'hooked')), 'hooked');
}
