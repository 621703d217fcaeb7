'use strict';
// on()/addListener(): order, 'newListener', return value and _events shape.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

{
  const ee = new EventEmitter();
  const events = [];
  let listenersInNewListener;
  ee.on('newListener', function(event, listener) {
    // Runs before the listener is added.
    if (event === 'newListener') return;
    events.push(event);
    listenersInNewListener = this.listeners('hello').length;
    assert.strictEqual(this, ee);
    assert.strictEqual(typeof listener, 'function');
  });

  const hello = common.mustCall(function(a, b) {
    assert.strictEqual(this, ee);
    assert.strictEqual(a, 'a');
    assert.strictEqual(b, 'b');
  });

  ee.once('newListener', function(name, listener) {
    assert.strictEqual(name, 'hello');
    assert.strictEqual(listener, hello);
    assert.deepStrictEqual(this.listeners('hello'), []);
  });

  assert.strictEqual(ee.on('hello', hello), ee);
  assert.strictEqual(listenersInNewListener, 0);
  ee.emit('hello', 'a', 'b');
  assert.deepStrictEqual(events, ['hello']);
}

{
  // addListener and on are the same function.
  assert.strictEqual(EventEmitter.prototype.on, EventEmitter.prototype.addListener);
  assert.strictEqual(EventEmitter.prototype.off, EventEmitter.prototype.removeListener);
}

{
  // One listener is stored as a function, more as an array.
  const ee = new EventEmitter();
  assert.strictEqual(Object.getPrototypeOf(ee._events), null);
  assert.deepStrictEqual(Object.keys(ee._events), []);
  assert.strictEqual(ee._eventsCount, 0);
  assert.strictEqual(ee._maxListeners, undefined);

  const f1 = () => {};
  const f2 = () => {};
  const f3 = () => {};
  ee.on('a', f1);
  assert.strictEqual(ee._events.a, f1);
  assert.strictEqual(ee._eventsCount, 1);
  ee.on('a', f2);
  assert.ok(Array.isArray(ee._events.a));
  assert.deepStrictEqual(ee._events.a, [f1, f2]);
  ee.on('a', f3);
  assert.deepStrictEqual(ee._events.a, [f1, f2, f3]);
  assert.strictEqual(ee._eventsCount, 1);
  ee.on('b', f1);
  assert.strictEqual(ee._eventsCount, 2);

  ee.removeListener('a', f3);
  ee.removeListener('a', f2);
  assert.strictEqual(ee._events.a, f1);
  ee.removeListener('a', f1);
  assert.strictEqual(ee._events.a, undefined);
  assert.strictEqual(ee._eventsCount, 1);
}

{
  // The same listener can be added twice and is called twice.
  const ee = new EventEmitter();
  const listener = common.mustCall(2);
  ee.on('x', listener);
  ee.on('x', listener);
  ee.emit('x');
  assert.strictEqual(ee.listenerCount('x'), 2);
}

{
  // Listeners run in insertion order.
  const ee = new EventEmitter();
  const order = [];
  ee.on('x', () => order.push(1));
  ee.on('x', () => order.push(2));
  ee.on('x', () => order.push(3));
  ee.emit('x');
  assert.deepStrictEqual(order, [1, 2, 3]);
}

{
  // Symbols and numbers are valid event names.
  const ee = new EventEmitter();
  const sym = Symbol('s');
  ee.on(sym, common.mustCall());
  ee.on(42, common.mustCall((v) => assert.strictEqual(v, 'num')));
  ee.emit(sym);
  ee.emit('42', 'num');
  assert.deepStrictEqual(ee.eventNames(), ['42', sym]);
}

{
  // Adding a non-function throws.
  const ee = new EventEmitter();
  for (const bad of [null, undefined, 1, 'x', {}, []]) {
    assert.throws(() => ee.on('foo', bad), {
      code: 'ERR_INVALID_ARG_TYPE',
      name: 'TypeError',
      message: 'The "listener" argument must be of type function.' +
               common.invalidArgTypeHelper(bad),
    });
  }
  assert.throws(() => ee.addListener('foo', 1), {
    message: 'The "listener" argument must be of type function. Received type number (1)',
  });
}

{
  // A 'newListener' listener that adds a listener for the same event.
  const ee = new EventEmitter();
  const order = [];
  ee.once('newListener', (name) => {
    if (name === 'x') ee.on('x', () => order.push('added-in-newListener'));
  });
  ee.on('x', () => order.push('original'));
  ee.emit('x');
  assert.deepStrictEqual(order, ['added-in-newListener', 'original']);
}
