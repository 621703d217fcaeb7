'use strict';
// once()/prependOnceListener(): single call, wrappers, `this` and arguments.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

{
  // Three emits, one call; emit() reports whether anyone listened.
  const ee = new EventEmitter();
  ee.once('tick', common.mustCall());
  assert.strictEqual(ee.emit('tick', 1), true);
  assert.strictEqual(ee.emit('tick', 2), false);
  assert.strictEqual(ee.emit('tick', 3), false);
  assert.strictEqual(ee.listenerCount('tick'), 0);
}

{
  // Removed (by the original function) before it fired: never called.
  const ee = new EventEmitter();
  const never = common.mustNotCall();
  ee.once('tick', never);
  ee.removeListener('tick', never);
  assert.strictEqual(ee.emit('tick'), false);
}

{
  // Re-emitting from inside a once listener does not call it again, and
  // the next once listener runs for both emits.
  const ee = new EventEmitter();
  const calls = [];
  ee.once('tick', (n) => {
    calls.push(`first ${n}`);
    ee.emit('tick', n + 1);
  });
  ee.once('tick', (n) => calls.push(`second ${n}`));
  ee.emit('tick', 0);
  assert.deepStrictEqual(calls, ['first 0', 'second 1']);
}

{
  // Any number of arguments reaches the listener, with the emitter as this.
  for (let count = 0; count <= 5; count++) {
    const ee = new EventEmitter();
    const sent = Array.from({ length: count }, (_, i) => ({ i }));
    ee.once('data', common.mustCall(function(...received) {
      assert.strictEqual(this, ee);
      assert.deepStrictEqual(received, sent);
      assert.strictEqual(arguments.length, count);
    }));
    ee.emit('data', ...sent);
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
