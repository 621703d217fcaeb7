'use strict';
// Emitters whose _events object existed before init(): removing the last
// listener of an event keeps the key (set to undefined).
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

function makePreset() {
  const ee = Object.create(EventEmitter.prototype);
  ee._events = { __proto__: null };
  ee._eventsCount = 0;
  EventEmitter.init.call(ee);
  return ee;
}

{
  const ee = makePreset();
  const fn = common.mustCall();
  const removed = [];
  ee.on('removeListener', (name, listener) => removed.push([name, listener]));
  ee.on('a', fn);
  ee.emit('a');
  ee.removeListener('a', fn);
  assert.deepStrictEqual(removed, [['a', fn]]);
  assert.deepStrictEqual(Object.keys(ee._events), ['removeListener', 'a']);
  assert.ok('a' in ee._events);
  assert.strictEqual(ee._events.a, undefined);
  assert.strictEqual(ee._eventsCount, 1);
  assert.strictEqual(ee.emit('a'), false);
  assert.strictEqual(ee.listenerCount('a'), 0);
  assert.deepStrictEqual(ee.listeners('a'), []);
}

{
  // Without 'removeListener' listeners the same happens.
  const ee = makePreset();
  const fn = () => {};
  ee.on('x', fn);
  ee.on('y', fn);
  ee.removeListener('x', fn);
  ee.removeListener('y', fn);
  assert.deepStrictEqual(Object.keys(ee._events), ['x', 'y']);
  assert.strictEqual(ee._eventsCount, 0);
}

{
  // removeAllListeners() goes back to a fresh object.
  const ee = makePreset();
  ee.on('x', () => {});
  ee.removeAllListeners('x');
  assert.deepStrictEqual(Object.keys(ee._events), []);
  ee.on('y', () => {});
  ee.removeListener('y', ee.listeners('y')[0]);
  // No longer in the preset mode: the key is deleted.
  assert.deepStrictEqual(Object.keys(ee._events), []);
}

{
  // The constructor creates its own object: keys are deleted.
  const ee = new EventEmitter();
  const fn = () => {};
  ee.on('x', fn);
  ee.on('y', fn);
  ee.removeListener('x', fn);
  assert.deepStrictEqual(Object.keys(ee._events), ['y']);
}
