'use strict';
// The MaxListenersExceededWarning object carries the emitter, type and count.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const e = new EventEmitter();
e.setMaxListeners(1);

process.on('warning', common.mustCall((w) => {
  assert.strictEqual(w.name, 'MaxListenersExceededWarning');
  assert.strictEqual(w.emitter, e);
  assert.strictEqual(w.type, 'qux');
  assert.strictEqual(w.count, 2);
  assert.strictEqual(w.code, undefined);
  assert.ok(w instanceof Error);
  assert.deepStrictEqual(Object.keys(w), ['name', 'emitter', 'type', 'count']);
  assert.strictEqual(w.message,
                     'Possible EventEmitter memory leak detected. 2 qux listeners added to ' +
                     '[EventEmitter]. MaxListeners is 1. Use emitter.setMaxListeners() to ' +
                     'increase limit');
}));

e.on('qux', () => {});
e.on('qux', () => {});
// The warning is emitted asynchronously, once.
e.on('qux', () => {});
assert.strictEqual(e.listenerCount('qux'), 3);
