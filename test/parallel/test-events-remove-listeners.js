'use strict';
// removeListener()/off(): 'removeListener' events and removal during emit.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

function listener1() {}
function listener2() {}

{
  const ee = new EventEmitter();
  ee.on('hello', listener1);
  ee.on('removeListener', common.mustCall((name, cb) => {
    assert.strictEqual(name, 'hello');
    assert.strictEqual(cb, listener1);
  }));
  ee.removeListener('hello', listener1);
  assert.deepStrictEqual([], ee.listeners('hello'));
}

{
  // Removing an unknown listener does nothing.
  const ee = new EventEmitter();
  ee.on('hello', listener1);
  ee.on('removeListener', common.mustNotCall());
  ee.removeListener('hello', listener2);
  assert.deepStrictEqual([listener1], ee.listeners('hello'));
}

{
  // The same listener added twice: the last one is removed first.
  const ee = new EventEmitter();
  ee.on('hello', listener1);
  ee.on('hello', listener2);
  ee.on('hello', listener1);
  ee.removeListener('hello', listener1);
  assert.deepStrictEqual(ee.listeners('hello'), [listener1, listener2]);
}

{
  // Removing while emitting does not change the current emit.
  const ee = new EventEmitter();
  const calls = [];
  function a() { calls.push('a'); ee.removeListener('x', b); }
  function b() { calls.push('b'); }
  ee.on('x', a);
  ee.on('x', b);
  ee.emit('x');
  assert.deepStrictEqual(calls, ['a', 'b']);
  ee.emit('x');
  assert.deepStrictEqual(calls, ['a', 'b', 'a']);
}

{
  // The 'removeListener' listener can remove itself.
  const ee = new EventEmitter();
  function remover1() { assert.fail('should not be called'); }
  const remover2 = common.mustCall(function remover2(name, fn) {
    assert.strictEqual(name, 'removeListener');
    assert.strictEqual(fn, remover1);
  });
  ee.on('removeListener', remover1);
  ee.on('removeListener', remover2);
  ee.removeListener('removeListener', remover1);
  assert.deepStrictEqual(ee.listeners('removeListener'), [remover2]);
}

{
  // A once() listener can be removed with the original function.
  const ee = new EventEmitter();
  ee.once('x', listener1);
  ee.on('removeListener', common.mustCall((name, cb) => {
    assert.strictEqual(name, 'x');
    assert.strictEqual(cb, listener1);
  }));
  ee.off('x', listener1);
  assert.strictEqual(ee.listenerCount('x'), 0);
}

{
  // removeListener returns the emitter and validates the listener.
  const ee = new EventEmitter();
  assert.strictEqual(ee.removeListener('nope', listener1), ee);
  assert.throws(() => ee.removeListener('foo', null), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "listener" argument must be of type function. Received null',
  });
}

{
  // An emitter without _events (constructor not called) is tolerated.
  const ee = Object.create(EventEmitter.prototype);
  assert.strictEqual(ee.removeListener('x', listener1), ee);
  assert.strictEqual(ee.emit('x'), false);
}

{
  // Emitting from a 'removeListener' listener after the last listener went.
  const ee = new EventEmitter();
  ee.on('a', listener1);
  ee.on('a', listener2);
  const seen = [];
  ee.on('removeListener', (name, fn) => seen.push([name, fn]));
  ee.removeListener('a', listener2);
  ee.removeListener('a', listener1);
  assert.deepStrictEqual(seen, [['a', listener2], ['a', listener1]]);
  assert.deepStrictEqual(ee.eventNames(), ['removeListener']);
}
