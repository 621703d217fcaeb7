'use strict';
// Promise.withResolvers (ES2024).
const assert = require('assert');

{
  const r = Promise.withResolvers();
  assert.strictEqual(Object.getPrototypeOf(r), Object.prototype);
  assert.deepStrictEqual(Object.keys(r), ['promise', 'resolve', 'reject']);
  for (const k of ['promise', 'resolve', 'reject']) {
    assert.deepStrictEqual(Object.getOwnPropertyDescriptor(r, k),
                           { value: r[k], writable: true, enumerable: true, configurable: true });
  }
  assert.ok(r.promise instanceof Promise);
  assert.strictEqual(typeof r.resolve, 'function');
  assert.strictEqual(typeof r.reject, 'function');
  r.resolve(42);
  r.reject(new Error('ignored: already resolved'));
  r.promise.then((v) => assert.strictEqual(v, 42));
}
{
  const r = Promise.withResolvers();
  r.reject(new RangeError('no'));
  assert.rejects(r.promise, RangeError);
}

// Uses `this` as the constructor (NewPromiseCapability).
{
  const executors = [];
  class MyPromise extends Promise {
    constructor(executor) {
      executors.push(executor);
      super(executor);
    }
  }
  const r = MyPromise.withResolvers();
  assert.ok(r.promise instanceof MyPromise);
  assert.strictEqual(executors.length, 1);
  assert.strictEqual(executors[0].length, 2);
  assert.strictEqual(executors[0].name, '');
  r.resolve('x');
}
{
  // A non-promise constructor works as long as it calls the executor.
  let saved;
  function Thenable(executor) {
    executor((v) => { saved = v; }, () => {});
  }
  const r = Promise.withResolvers.call(Thenable);
  assert.ok(r.promise instanceof Thenable);
  r.resolve(7);
  assert.strictEqual(saved, 7);
}

// Errors.
assert.throws(() => Promise.withResolvers.call(undefined), TypeError);
assert.throws(() => Promise.withResolvers.call(1), TypeError);
assert.throws(() => Promise.withResolvers.call({}), TypeError);
assert.throws(() => Promise.withResolvers.call(() => {}), TypeError);
assert.throws(() => Promise.withResolvers.call(Math.max), TypeError);
// The executor must receive functions, and may be called only once with them.
assert.throws(() => Promise.withResolvers.call(function(executor) { executor(); }), TypeError);
assert.throws(() => Promise.withResolvers.call(function(executor) { executor(() => {}, 1); }), TypeError);
assert.throws(() => Promise.withResolvers.call(function(executor) {
  executor(() => {}, () => {});
  executor(() => {}, () => {});
}), TypeError);
{
  // Calling it again with undefined is allowed.
  const r = Promise.withResolvers.call(function(executor) {
    executor(undefined, undefined);
    executor(() => {}, () => {});
  });
  assert.strictEqual(typeof r.resolve, 'function');
}
// Errors from the constructor propagate.
assert.throws(() => Promise.withResolvers.call(function() { throw new EvalError('ctor'); }), EvalError);
