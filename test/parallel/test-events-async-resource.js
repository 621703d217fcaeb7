'use strict';
// EventEmitterAsyncResource: listeners run in the emitter's async scope.
const common = require('../common');
const assert = require('assert');
const { EventEmitterAsyncResource, EventEmitter } = require('events');
const { executionAsyncId, AsyncResource } = require('async_hooks');

assert.throws(() => new EventEmitterAsyncResource(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.name" property must be of type string. Received undefined',
});
assert.throws(() => new EventEmitterAsyncResource({ name: 5 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.name" property must be of type string. Received type number (5)',
});

{
  const ee = new EventEmitterAsyncResource({ name: 'Thing' });
  assert.ok(ee instanceof EventEmitter);
  assert.deepStrictEqual(Object.keys(ee), ['_events', '_eventsCount', '_maxListeners']);
  assert.strictEqual(typeof ee.asyncId, 'number');
  assert.strictEqual(typeof ee.triggerAsyncId, 'number');
  assert.ok(ee.asyncResource instanceof AsyncResource);
  assert.strictEqual(ee.asyncResource.eventEmitter, ee);
  assert.strictEqual(ee.asyncResource.constructor.name, 'EventEmitterReferencingAsyncResource');
  ee.on('ping', common.mustCall(function(value) {
    assert.strictEqual(this, ee);
    assert.strictEqual(value, 42);
    assert.strictEqual(executionAsyncId(), ee.asyncId);
  }));
  assert.strictEqual(ee.emit('ping', 42), true);
  assert.strictEqual(ee.emit('nobody'), false);
  ee.emitDestroy();
}

{
  // A string is the name; subclasses default to their class name.
  assert.strictEqual(typeof new EventEmitterAsyncResource('named').asyncId, 'number');
  class Sub extends EventEmitterAsyncResource {}
  assert.strictEqual(typeof new Sub().asyncId, 'number');
}

{
  // Methods check their receiver.
  assert.throws(() => EventEmitterAsyncResource.prototype.emit.call({}, 'x'), {
    code: 'ERR_INVALID_THIS',
    name: 'TypeError',
    message: 'Value of "this" must be of type EventEmitterAsyncResource',
  });
  const getter = Object.getOwnPropertyDescriptor(EventEmitterAsyncResource.prototype,
                                                 'asyncId').get;
  assert.throws(() => getter.call({}), { code: 'ERR_INVALID_THIS' });
}
