'use strict';
// emit(): return value, `this`, arguments, throwing listeners.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

{
  const ee = new EventEmitter();
  assert.strictEqual(ee.emit('nothing'), false);
  ee.on('something', common.mustCall(function(...args) {
    assert.strictEqual(this, ee);
    assert.deepStrictEqual(args, []);
  }));
  assert.strictEqual(ee.emit('something'), true);
}

{
  // Many arguments, with one and with several listeners.
  for (const listenerCount of [1, 2, 7]) {
    const ee = new EventEmitter();
    const args = [1, 'two', { three: 3 }, [4], null, undefined, 7n, Symbol.iterator];
    for (let i = 0; i < listenerCount; i++) {
      ee.on('data', common.mustCall((...received) => {
        assert.deepStrictEqual(received, args);
      }));
    }
    assert.strictEqual(ee.emit('data', ...args), true);
  }
}

{
  // A throwing listener stops the emit; later listeners do not run.
  const ee = new EventEmitter();
  const failure = new Error('listener threw');
  ee.on('x', () => { throw failure; });
  ee.on('x', common.mustNotCall());
  assert.throws(() => ee.emit('x'), (err) => err === failure);
}

{
  // Arrow functions keep their own `this`; normal functions get the emitter.
  const ee = new EventEmitter();
  const outer = this;
  ee.on('x', common.mustCall(() => assert.strictEqual(this, outer)));
  ee.on('x', common.mustCall(function() { assert.strictEqual(this, ee); }));
  ee.emit('x');
}

{
  // Listener return values do not matter to emit.
  const ee = new EventEmitter();
  ee.on('x', () => false);
  assert.strictEqual(ee.emit('x'), true);
}

{
  // 'newListener' and 'removeListener' are ordinary events too.
  const ee = new EventEmitter();
  ee.on('newListener', common.mustCall((name, fn) => {
    assert.strictEqual(name, 'custom');
    assert.strictEqual(fn, 'not a function');
  }));
  assert.strictEqual(ee.emit('newListener', 'custom', 'not a function'), true);
}

{
  // Removing every listener during emit keeps the current emit going.
  const ee = new EventEmitter();
  const order = [];
  ee.on('x', () => { order.push(1); ee.removeAllListeners('x'); });
  ee.on('x', () => order.push(2));
  ee.emit('x');
  ee.emit('x');
  assert.deepStrictEqual(order, [1, 2]);
}
