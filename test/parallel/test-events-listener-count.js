'use strict';
// listenerCount() (with and without a listener), listeners(), rawListeners(),
// eventNames() and the deprecated static listenerCount.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');

{
  const emitter = new EventEmitter();
  const fn = () => {};
  emitter.on('foo', fn);
  emitter.on('foo', () => {});
  emitter.on('baz', fn);
  assert.strictEqual(emitter.listenerCount('foo'), 2);
  assert.strictEqual(emitter.listenerCount('bar'), 0);
  assert.strictEqual(emitter.listenerCount('baz'), 1);
  assert.strictEqual(emitter.listenerCount('foo', fn), 1);
  assert.strictEqual(emitter.listenerCount('baz', fn), 1);
  assert.strictEqual(emitter.listenerCount('baz', () => {}), 0);
  assert.strictEqual(emitter.listenerCount('foo', null), 2);
  assert.strictEqual(EventEmitter.listenerCount(emitter, 'foo'), 2);
  assert.strictEqual(EventEmitter.listenerCount(emitter, 'nope'), 0);
}

{
  // A once() listener is counted by its original function.
  const emitter = new EventEmitter();
  const fn = () => {};
  emitter.once('x', fn);
  emitter.once('x', fn);
  emitter.on('y', fn);
  emitter.once('y', fn);
  assert.strictEqual(emitter.listenerCount('x', fn), 2);
  assert.strictEqual(emitter.listenerCount('y', fn), 2);
  emitter.once('z', fn);
  assert.strictEqual(emitter.listenerCount('z', fn), 1);
}

{
  // listeners() returns a copy.
  const ee = new EventEmitter();
  const fn = () => {};
  ee.on('x', fn);
  const list = ee.listeners('x');
  list.push(() => {});
  assert.deepStrictEqual(ee.listeners('x'), [fn]);
  ee.on('x', fn);
  const list2 = ee.rawListeners('x');
  list2.pop();
  assert.deepStrictEqual(ee.rawListeners('x'), [fn, fn]);
}

{
  // eventNames() lists strings and symbols in insertion order.
  const ee = new EventEmitter();
  const s = Symbol('s');
  assert.deepStrictEqual(ee.eventNames(), []);
  ee.on('foo', () => {});
  ee.on(s, () => {});
  ee.on('bar', () => {});
  assert.deepStrictEqual(ee.eventNames(), ['foo', 'bar', s]);
  ee.removeAllListeners('foo');
  assert.deepStrictEqual(ee.eventNames(), ['bar', s]);
}

{
  // An object with listenerCount of its own is asked directly.
  const fake = { listenerCount(type) { return type === 'a' ? 7 : 0; } };
  assert.strictEqual(EventEmitter.listenerCount(fake, 'a'), 7);
}
