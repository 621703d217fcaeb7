'use strict';
// An uncaught error in a worker surfaces as 'error' on the Worker (a clone of the error), then
// 'exit' with code 1; the parent keeps running.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker('throw new RangeError("bad thing happened")', { eval: true });
const order = [];
w.on('error', common.mustCall((err) => {
  order.push('error');
  assert.ok(err instanceof RangeError);
  assert.strictEqual(err.message, 'bad thing happened');
  assert.match(err.stack, /RangeError: bad thing happened/);
}));
w.on('exit', common.mustCall((code) => {
  order.push('exit');
  assert.strictEqual(code, 1);
  assert.deepStrictEqual(order, ['error', 'exit']);
  // A rejected promise nobody handles is fatal in the worker too.
  const w2 = new Worker('Promise.reject(new Error("nope"))', { eval: true });
  w2.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'nope')));
  w2.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));
}));
