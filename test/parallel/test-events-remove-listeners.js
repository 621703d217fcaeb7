'use strict';
// removeListener()/off(): 'removeListener' events and removal during emit.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

function alpha() {}
function beta() {}

{
  // 'removeListener' fires after the removal with the name and function.
  const ee = new EventEmitter();
  ee.on('tick', alpha);
  ee.on('removeListener', common.mustCall(function(name, fn) {
    assert.strictEqual(this, ee);
    assert.strictEqual(name, 'tick');
    assert.strictEqual(fn, alpha);
    assert.strictEqual(ee.listenerCount('tick'), 0);
  }));
  assert.strictEqual(ee.off('tick', alpha), ee);
}

{
  // Unknown listener or event: nothing happens, nobody is told.
  const ee = new EventEmitter();
  ee.on('tick', alpha);
  ee.on('removeListener', common.mustNotCall());
  ee.removeListener('tick', beta);
  ee.removeListener('tock', alpha);
  assert.deepStrictEqual(ee.listeners('tick'), [alpha]);
}

{
  // With duplicates the most recently added copy goes.
  const ee = new EventEmitter();
  ee.on('tick', alpha);
  ee.on('tick', beta);
  ee.on('tick', alpha);
  ee.removeListener('tick', alpha);
  assert.deepStrictEqual(ee.listeners('tick'), [alpha, beta]);
  ee.removeListener('tick', alpha);
  assert.deepStrictEqual(ee.listeners('tick'), [beta]);
  assert.strictEqual(ee._events.tick, beta);
}

{
  // Removing during an emit does not change that emit.
  const ee = new EventEmitter();
  const calls = [];
  function first() {
    calls.push('first');
    ee.removeListener('tick', second);
  }
  function second() { calls.push('second'); }
  ee.on('tick', first);
  ee.on('tick', second);
  ee.emit('tick');
  ee.emit('tick');
  assert.deepStrictEqual(calls, ['first', 'second', 'first']);
}

{
  // Removing a 'removeListener' listener tells the remaining ones.
  const ee = new EventEmitter();
  const gone = common.mustNotCall();
  const stays = common.mustCall((name, fn) => {
    assert.strictEqual(name, 'removeListener');
    assert.strictEqual(fn, gone);
  });
  ee.on('removeListener', gone);
  ee.on('removeListener', stays);
  ee.removeListener('removeListener', gone);
  assert.deepStrictEqual(ee.listeners('removeListener'), [stays]);
}

{
  // A once() listener goes by its original function, and the event names
  // the original function.
  const ee = new EventEmitter();
  ee.once('tick', alpha);
  ee.once('tick', beta);
  const told = [];
  ee.on('removeListener', (name, fn) => told.push(fn));
  ee.removeListener('tick', beta);
  ee.removeListener('tick', alpha);
  assert.deepStrictEqual(told, [beta, alpha]);
  assert.strictEqual(ee.listenerCount('tick'), 0);
}

{
  // The listener argument is validated even when nothing is registered.
  const ee = new EventEmitter();
  assert.throws(() => ee.removeListener('tick', undefined), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "listener" argument must be of type function. Received undefined',
  });
  assert.throws(() => ee.off('tick', 5), {
    message: 'The "listener" argument must be of type function. Received type number (5)',
  });
}

{
  // Objects made from the prototype without the constructor still work.
  const ee = Object.create(EventEmitter.prototype);
  assert.strictEqual(ee.removeListener('tick', alpha), ee);
  assert.strictEqual(ee.emit('tick'), false);
  ee.on('tick', common.mustCall());
  assert.strictEqual(ee.emit('tick'), true);
}

{
  // The last listener of an event: the name disappears.
  const ee = new EventEmitter();
  ee.on('a', alpha);
  ee.on('a', beta);
  ee.on('removeListener', () => {});
  ee.removeListener('a', beta);
  ee.removeListener('a', alpha);
  assert.deepStrictEqual(ee.eventNames(), ['removeListener']);
  assert.strictEqual(ee._eventsCount, 1);
}
