'use strict';
const common = require('../common');
const assert = require('assert');

const order = [];
Promise.resolve().then(() => order.push('promise'));
process.nextTick(() => {
  order.push('tick1');
  process.nextTick(() => order.push('tick3'));
});
process.nextTick(() => order.push('tick2'));
queueMicrotask(() => order.push('microtask'));
setImmediate(common.mustCall(() => {
  assert.deepStrictEqual(order, ['tick1', 'tick2', 'tick3', 'promise', 'microtask']);
}));

// Arguments are passed through; validation matches node.
process.nextTick(common.mustCall((a, b, c) => {
  assert.deepStrictEqual([a, b, c], [1, 'two', undefined]);
}), 1, 'two', undefined);
assert.throws(() => process.nextTick('x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => queueMicrotask({}), { code: 'ERR_INVALID_ARG_TYPE' });

// An error in a queueMicrotask callback is an uncaught exception, not a rejection.
process.once('uncaughtException', common.mustCall((err, origin) => {
  assert.strictEqual(err.message, 'microtask error');
  assert.strictEqual(origin, 'uncaughtException');
}));
queueMicrotask(() => { throw new Error('microtask error'); });
