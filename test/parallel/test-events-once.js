'use strict';
// once()/prependOnceListener(): single call, wrappers, `this` and arguments.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

{
  const e = new EventEmitter();
  e.once('hello', common.mustCall());
  e.emit('hello', 'a', 'b');
  e.emit('hello', 'a', 'b');
  e.emit('hello', 'a', 'b');
  assert.strictEqual(e.listenerCount('hello'), 0);
}

{
  // Removing a once listener before it fires.
  const e = new EventEmitter();
  const remove = common.mustNotCall('once->foo should not be emitted');
  e.once('foo', remove);
  e.removeListener('foo', remove);
  e.emit('foo');
}

{
  // A once listener that emits its own event recursively runs once.
  const e = new EventEmitter();
  let times = 0;
  e.once('e', function() {
    times++;
    e.emit('e');
  });
  e.once('e', common.mustCall());
  e.emit('e');
  assert.strictEqual(times, 1);
}

{
  // Arguments and `this` are passed through, for any number of arguments.
  const maxArgs = 4;
  for (let i = 0; i <= maxArgs; ++i) {
    const ee = new EventEmitter();
    const args = ['foo', 'bar', 'baz', 'qux'].slice(0, i);
    ee.once('foo', common.mustCall(function(...params) {
      assert.strictEqual(this, ee);
      assert.deepStrictEqual(params, args);
    }));
    ee.emit('foo', ...args);
  }
}

{
  // rawListeners() returns the wrapper; listeners() the original.
  const ee = new EventEmitter();
  function original() { return 'ret'; }
  ee.once('x', original);
  const raw = ee.rawListeners('x');
  assert.strictEqual(raw.length, 1);
  assert.notStrictEqual(raw[0], original);
  assert.strictEqual(raw[0].listener, original);
  assert.strictEqual(raw[0].name, 'bound onceWrapper');
  assert.deepStrictEqual(ee.listeners('x'), [original]);
  // Calling the wrapper removes it and returns the listener's result.
  assert.strictEqual(raw[0](), 'ret');
  assert.strictEqual(ee.listenerCount('x'), 0);
  // A second call of the same wrapper does nothing.
  assert.strictEqual(raw[0](), undefined);
}

{
  // 'newListener' gets the original function for once().
  const ee = new EventEmitter();
  const fn = () => {};
  ee.on('newListener', common.mustCall((name, listener) => {
    assert.strictEqual(name, 'x');
    assert.strictEqual(listener, fn);
  }));
  ee.once('x', fn);
}

{
  // prependOnceListener runs first and only once.
  const ee = new EventEmitter();
  const order = [];
  ee.on('x', () => order.push('on'));
  ee.prependOnceListener('x', () => order.push('prependOnce'));
  ee.emit('x');
  ee.emit('x');
  assert.deepStrictEqual(order, ['prependOnce', 'on', 'on']);
}

{
  // Invalid listeners.
  const ee = new EventEmitter();
  assert.throws(() => ee.once('foo', null), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "listener" argument must be of type function. Received null',
  });
  assert.throws(() => ee.prependOnceListener('foo', 'x'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "listener" argument must be of type function. Received type string (\'x\')',
  });
}

{
  // once() returns the emitter.
  const ee = new EventEmitter();
  assert.strictEqual(ee.once('x', () => {}), ee);
  assert.strictEqual(ee.prependOnceListener('x', () => {}), ee);
}
