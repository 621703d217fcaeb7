'use strict';
// removeAllListeners(): all or one event, 'removeListener' notifications.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

{
  // One event: the others stay; arrays handed out earlier do not change.
  const ee = new EventEmitter();
  const keep = () => {};
  const drop = () => {};
  ee.on('keep', keep);
  ee.on('drop', drop);
  ee.on('drop', drop);
  const before = ee.listeners('drop');
  const removed = [];
  ee.on('removeListener', (name, fn) => removed.push([name, fn]));
  assert.strictEqual(ee.removeAllListeners('drop'), ee);
  assert.deepStrictEqual(removed, [['drop', drop], ['drop', drop]]);
  assert.deepStrictEqual(ee.listeners('keep'), [keep]);
  assert.deepStrictEqual(ee.listeners('drop'), []);
  assert.deepStrictEqual(before, [drop, drop]);
}

{
  // Everything: 'removeListener' listeners hear about the others first,
  // then are removed themselves, last added first.
  const ee = new EventEmitter();
  const log = [];
  function a() {}
  function b() {}
  ee.on('a', a);
  ee.on('b', b);
  function first(name) { log.push(['first', name]); }
  function second(name) { log.push(['second', name]); }
  ee.on('removeListener', first);
  ee.on('removeListener', second);
  ee.removeAllListeners();
  assert.deepStrictEqual(log, [
    ['first', 'a'], ['second', 'a'],
    ['first', 'b'], ['second', 'b'],
    ['first', 'removeListener'],
  ]);
  assert.deepStrictEqual(ee.eventNames(), []);
  assert.strictEqual(ee._eventsCount, 0);
}

{
  // While removing one by one, each notification sees the shrinking list.
  const ee = new EventEmitter();
  const sizes = [];
  ee.on('removeListener', function() {
    sizes.push(this.listeners('x').length);
  });
  ee.on('x', common.mustNotCall());
  ee.on('x', common.mustNotCall());
  ee.on('x', common.mustNotCall());
  ee.removeAllListeners('x');
  assert.deepStrictEqual(sizes, [2, 1, 0]);
}

{
  // No listeners at all, or an unknown name: nothing happens.
  const ee = new EventEmitter();
  ee.on('removeListener', common.mustNotCall());
  assert.strictEqual(ee.removeAllListeners('nothing'), ee);
  const bare = new EventEmitter();
  assert.strictEqual(bare.removeAllListeners(), bare);
  bare._events = undefined;
  assert.strictEqual(bare.removeAllListeners(), bare);
}

{
  // removeAllListeners(undefined) only removes the 'undefined' event.
  const ee = new EventEmitter();
  ee.on('x', () => {});
  ee.on('undefined', () => {});
  ee.removeAllListeners(undefined);
  assert.deepStrictEqual(ee.eventNames(), ['x']);
}

{
  // Counts and shape after removing one event of several.
  const ee = new EventEmitter();
  ee.on('a', () => {});
  ee.on('b', () => {});
  ee.removeAllListeners('a');
  assert.strictEqual(ee._eventsCount, 1);
  assert.deepStrictEqual(Object.keys(ee._events), ['b']);
  ee.removeAllListeners('b');
  assert.strictEqual(ee._eventsCount, 0);
  assert.strictEqual(Object.getPrototypeOf(ee._events), null);
}
