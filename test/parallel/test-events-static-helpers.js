'use strict';
// getEventListeners(), getMaxListeners() and setMaxListeners() for
// EventEmitter and EventTarget.
const common = require('../common');
const assert = require('assert');
const events = require('events');
const { EventEmitter, getEventListeners, getMaxListeners, setMaxListeners } = events;

{
  const emitter = new EventEmitter();
  const fn = () => {};
  emitter.on('x', fn);
  emitter.once('x', fn);
  assert.deepStrictEqual(getEventListeners(emitter, 'x'), [fn, fn]);
  assert.deepStrictEqual(getEventListeners(emitter, 'y'), []);
}

{
  const target = new EventTarget();
  const fn = () => {};
  target.addEventListener('x', fn);
  const listeners = getEventListeners(target, 'x');
  assert.strictEqual(listeners.length, 1);
  assert.strictEqual(listeners[0], fn);
  assert.deepStrictEqual(getEventListeners(target, 'y'), []);
}

{
  // Anything else is rejected.
  for (const bad of [{}, 1]) {
    assert.throws(() => getEventListeners(bad, 'x'), {
      code: 'ERR_INVALID_ARG_TYPE',
      name: 'TypeError',
      message: 'The "emitter" argument must be an instance of EventEmitter or EventTarget.' +
               common.invalidArgTypeHelper(bad),
    });
  }
  // null/undefined fail on the property access.
  assert.throws(() => getEventListeners(null, 'x'), {
    name: 'TypeError',
    message: "Cannot read properties of null (reading 'listeners')",
  });
  for (const bad of [{}, 1, null, undefined]) {
    assert.throws(() => getMaxListeners(bad), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "emitter" argument must be an instance of EventEmitter or EventTarget.' +
               common.invalidArgTypeHelper(bad),
    });
  }
}

{
  const emitter = new EventEmitter();
  const target = new EventTarget();
  assert.strictEqual(getMaxListeners(emitter), 10);
  assert.strictEqual(getMaxListeners(target), 10);
  setMaxListeners(3, target);
  assert.strictEqual(getMaxListeners(target), 3);
  assert.strictEqual(setMaxListeners(4, emitter, target), undefined);
  assert.strictEqual(emitter.getMaxListeners(), 4);
  assert.strictEqual(getMaxListeners(emitter), 4);
  assert.strictEqual(getMaxListeners(target), 4);
}

{
  // Without targets: the default for all emitters.
  const emitter = new EventEmitter();
  setMaxListeners(12);
  assert.strictEqual(EventEmitter.defaultMaxListeners, 12);
  assert.strictEqual(emitter.getMaxListeners(), 12);
  setMaxListeners();
  assert.strictEqual(EventEmitter.defaultMaxListeners, 12);
  setMaxListeners(10);
  assert.strictEqual(EventEmitter.defaultMaxListeners, 10);
}

{
  assert.throws(() => setMaxListeners(1, {}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "eventTargets" argument must be an instance of EventEmitter or ' +
             'EventTarget. Received an instance of Object',
  });
  assert.throws(() => setMaxListeners(1, 5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "eventTargets" argument must be an instance of EventEmitter or ' +
             'EventTarget. Received type number (5)',
  });
  assert.throws(() => setMaxListeners('x'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: "The \"setMaxListeners\" argument must be of type number. Received type string ('x')",
  });
  assert.throws(() => setMaxListeners(-1, new EventEmitter()), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "setMaxListeners" is out of range. It must be >= 0. Received -1',
  });
  // Anything with a setMaxListeners() method is accepted.
  const calls = [];
  setMaxListeners(5, { setMaxListeners(n) { calls.push(n); } });
  assert.deepStrictEqual(calls, [5]);
}
