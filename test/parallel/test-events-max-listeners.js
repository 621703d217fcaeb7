'use strict';
// setMaxListeners()/getMaxListeners()/defaultMaxListeners and the
// MaxListenersExceededWarning text.
const common = require('../common');
const assert = require('assert');
const events = require('events');
const { EventEmitter } = events;

assert.strictEqual(EventEmitter.defaultMaxListeners, 10);

{
  const e = new EventEmitter();
  assert.strictEqual(e.getMaxListeners(), 10);
  assert.strictEqual(e.setMaxListeners(42), e);
  assert.strictEqual(e.getMaxListeners(), 42);
  assert.strictEqual(e._maxListeners, 42);
  e.setMaxListeners(0);
  assert.strictEqual(e.getMaxListeners(), 0);
  e.setMaxListeners(Infinity);
  assert.strictEqual(e.getMaxListeners(), Infinity);
}

{
  // Validation of the limit.
  const ee = new EventEmitter();
  assert.throws(() => ee.setMaxListeners(-0.5), {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
    message: 'The value of "setMaxListeners" is out of range. It must be >= 0. Received -0.5',
  });
  assert.throws(() => ee.setMaxListeners(NaN), {
    message: 'The value of "setMaxListeners" is out of range. It must be >= 0. Received NaN',
  });
  const wrongTypes = [
    ['7', "Received type string ('7')"],
    [null, 'Received null'],
    [undefined, 'Received undefined'],
    [[], 'Received an instance of Array'],
    [7n, 'Received type bigint (7n)'],
  ];
  for (const [value, received] of wrongTypes) {
    assert.throws(() => ee.setMaxListeners(value), {
      code: 'ERR_INVALID_ARG_TYPE',
      name: 'TypeError',
      message: `The "setMaxListeners" argument must be of type number. ${received}`,
    });
  }
  assert.strictEqual(ee.getMaxListeners(), 10);
}

{
  // defaultMaxListeners validation.
  assert.throws(() => { EventEmitter.defaultMaxListeners = -1; }, {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "defaultMaxListeners" is out of range. It must be >= 0. Received -1',
  });
  assert.throws(() => { EventEmitter.defaultMaxListeners = 'x'; }, {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "defaultMaxListeners" argument must be of type number. ' +
             "Received type string ('x')",
  });
  assert.throws(() => { EventEmitter.defaultMaxListeners = NaN; }, {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "defaultMaxListeners" is out of range. It must be >= 0. Received NaN',
  });
  assert.strictEqual(EventEmitter.defaultMaxListeners, 10);
  const desc = Object.getOwnPropertyDescriptor(EventEmitter, 'defaultMaxListeners');
  assert.strictEqual(desc.enumerable, true);
  assert.strictEqual(desc.configurable, false);
  assert.strictEqual(typeof desc.get, 'function');
}

{
  // A new default applies to emitters without their own limit.
  const e = new EventEmitter();
  EventEmitter.defaultMaxListeners = 3;
  assert.strictEqual(e.getMaxListeners(), 3);
  assert.strictEqual(events.getMaxListeners(e), 3);
  EventEmitter.defaultMaxListeners = 10;
  assert.strictEqual(e.getMaxListeners(), 10);
}

// Warnings: once per event name, with Node's exact text.
common.expectWarning('MaxListenersExceededWarning', [
  ['Possible EventEmitter memory leak detected. 11 foo listeners added to ' +
   '[EventEmitter]. MaxListeners is 10. Use emitter.setMaxListeners() to increase limit'],
  ['Possible EventEmitter memory leak detected. 2 Symbol(sym) listeners added to ' +
   '[EventEmitter]. MaxListeners is 1. Use emitter.setMaxListeners() to increase limit'],
  ['Possible EventEmitter memory leak detected. 2 bar listeners added to ' +
   '[MyEmitter]. MaxListeners is 1. Use emitter.setMaxListeners() to increase limit'],
]);

{
  const e = new EventEmitter();
  for (let i = 0; i < 10; i++) e.on('foo', () => {});
  assert.strictEqual(e._events.foo.warned, undefined);
  e.on('foo', () => {});
  assert.strictEqual(e._events.foo.warned, true);
  // No second warning for the same name.
  e.on('foo', () => {});
}

{
  const e = new EventEmitter();
  e.setMaxListeners(1);
  const sym = Symbol('sym');
  e.on(sym, () => {});
  e.prependListener(sym, () => {});
}

{
  class MyEmitter extends EventEmitter {}
  const e = new MyEmitter();
  e.setMaxListeners(1);
  e.on('bar', () => {});
  e.on('bar', () => {});
}

{
  // Zero means unlimited: no warning.
  const e = new EventEmitter();
  e.setMaxListeners(0);
  for (let i = 0; i < 20; i++) e.on('baz', () => {});
}
