'use strict';
// removeAllListeners(): all or one event, 'removeListener' notifications.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

function expect(expected) {
  const actual = [];
  process.on('exit', () => {
    assert.deepStrictEqual(actual.sort(), expected.sort());
  });
  return common.mustCall((name) => actual.push(name), expected.length);
}

{
  const ee = new EventEmitter();
  const noop = common.mustNotCall();
  ee.on('foo', noop);
  ee.on('bar', noop);
  ee.on('baz', noop);
  ee.on('baz', noop);
  const fooListeners = ee.listeners('foo');
  const barListeners = ee.listeners('bar');
  const bazListeners = ee.listeners('baz');
  ee.on('removeListener', expect(['bar', 'baz', 'baz']));
  ee.removeAllListeners('bar');
  ee.removeAllListeners('baz');
  assert.deepStrictEqual(ee.listeners('foo'), [noop]);
  assert.deepStrictEqual(ee.listeners('bar'), []);
  assert.deepStrictEqual(ee.listeners('baz'), []);
  // After calling removeAllListeners(), the old listeners arrays are unchanged.
  assert.deepStrictEqual(fooListeners, [noop]);
  assert.deepStrictEqual(barListeners, [noop]);
  assert.deepStrictEqual(bazListeners, [noop, noop]);
}

{
  const ee = new EventEmitter();
  ee.on('foo', common.mustNotCall());
  ee.on('bar', common.mustNotCall());
  // Expect LIFO order: 'removeListener' itself last.
  ee.on('removeListener', expect(['foo', 'bar', 'removeListener']));
  ee.on('removeListener', expect(['foo', 'bar']));
  ee.removeAllListeners();
  assert.deepStrictEqual([], ee.listeners('foo'));
  assert.deepStrictEqual([], ee.listeners('bar'));
  assert.deepStrictEqual(ee.eventNames(), []);
}

{
  const ee = new EventEmitter();
  ee.on('removeListener', common.mustNotCall());
  // Check for regression where removeAllListeners() throws when
  // there exists a 'removeListener' listener, but there exists
  // no listeners for the provided event type.
  ee.removeAllListeners.bind(ee, 'foo');
}

{
  const ee = new EventEmitter();
  let expectLength = 2;
  ee.on('removeListener', function(name, noop) {
    assert.strictEqual(expectLength--, this.listeners('baz').length);
  });
  ee.on('baz', common.mustNotCall());
  ee.on('baz', common.mustNotCall());
  ee.on('baz', common.mustNotCall());
  assert.strictEqual(ee.listeners('baz').length, expectLength + 1);
  ee.removeAllListeners('baz');
  assert.strictEqual(ee.listeners('baz').length, 0);
}

{
  const ee = new EventEmitter();
  assert.deepStrictEqual(ee, ee.removeAllListeners());
  assert.strictEqual(ee.removeAllListeners(), ee);
  assert.strictEqual(ee.removeAllListeners('nothing'), ee);
}

{
  const ee = new EventEmitter();
  ee._events = undefined;
  assert.strictEqual(ee, ee.removeAllListeners());
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
