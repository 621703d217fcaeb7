'use strict';
// on()/addListener(): order, 'newListener', return value and _events shape.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

{
  // 'newListener' fires before the listener is stored, with the emitter as
  // `this`, the event name and the listener.
  const ee = new EventEmitter();
  const seen = [];
  ee.on('newListener', function(name, fn) {
    seen.push([name, fn, this.listenerCount(name)]);
  });
  const onData = common.mustCall(function(x, y) {
    assert.strictEqual(this, ee);
    assert.deepStrictEqual([x, y], [1, 2]);
  });
  assert.strictEqual(ee.addListener('data', onData), ee);
  assert.deepStrictEqual(seen, [['data', onData, 0]]);
  ee.emit('data', 1, 2);
}

{
  // The aliases.
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

  const one = () => {};
  const two = () => {};
  const three = () => {};
  ee.on('ev', one);
  assert.strictEqual(ee._events.ev, one);
  assert.strictEqual(ee._eventsCount, 1);
  ee.on('ev', two);
  assert.deepStrictEqual(ee._events.ev, [one, two]);
  ee.on('ev', three);
  assert.deepStrictEqual(ee._events.ev, [one, two, three]);
  assert.strictEqual(ee._eventsCount, 1);
  ee.on('other', one);
  assert.strictEqual(ee._eventsCount, 2);

  ee.removeListener('ev', three);
  ee.removeListener('ev', two);
  assert.strictEqual(ee._events.ev, one);
  ee.removeListener('ev', one);
  assert.strictEqual(ee._events.ev, undefined);
  assert.strictEqual(ee._eventsCount, 1);
}

{
  // The same function twice is called twice, in order with the others.
  const ee = new EventEmitter();
  const order = [];
  const twice = () => order.push('twice');
  ee.on('go', twice);
  ee.on('go', () => order.push('middle'));
  ee.on('go', twice);
  ee.emit('go');
  assert.deepStrictEqual(order, ['twice', 'middle', 'twice']);
  assert.strictEqual(ee.listenerCount('go'), 3);
}

{
  // Symbols and numbers are valid event names; numbers become strings.
  const ee = new EventEmitter();
  const sym = Symbol('s');
  ee.on(sym, common.mustCall());
  ee.on(42, common.mustCall((v) => assert.strictEqual(v, 'num')));
  ee.emit(sym);
  ee.emit('42', 'num');
  assert.deepStrictEqual(ee.eventNames(), ['42', sym]);
}

{
  // A listener must be a function.
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
  assert.throws(() => ee.prependListener('foo', Symbol('z')), {
    message: 'The "listener" argument must be of type function. Received type symbol (Symbol(z))',
  });
}

{
  // A 'newListener' listener that adds a listener for the same event: the
  // nested one lands first.
  const ee = new EventEmitter();
  const order = [];
  ee.once('newListener', (name) => {
    if (name === 'x') ee.on('x', () => order.push('nested'));
  });
  ee.on('x', () => order.push('outer'));
  ee.emit('x');
  assert.deepStrictEqual(order, ['nested', 'outer']);
}

{
  // Listeners added during an emit run from the next emit on.
  const ee = new EventEmitter();
  const order = [];
  ee.on('x', () => {
    order.push('a');
    ee.on('x', () => order.push('late'));
  });
  ee.emit('x');
  assert.deepStrictEqual(order, ['a']);
}

{
  // prependListener puts the listener first.
  const ee = new EventEmitter();
  const order = [];
  ee.on('x', () => order.push(2));
  ee.prependListener('x', () => order.push(1));
  assert.strictEqual(ee.prependListener('x', () => order.push(0)), ee);
  ee.emit('x');
  assert.deepStrictEqual(order, [0, 1, 2]);
}
