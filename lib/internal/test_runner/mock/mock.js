'use strict';
// node:test's mock: mock.fn/method/getter/setter with call tracking, and mock.timers.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateFunction, validateObject, validateInteger, validateBoolean } =
  require('internal/validators');

class MockFunctionContext {
  #calls = [];
  #mocks = new Map();
  #implementation;
  #restore;
  #times;

  constructor(implementation, restore, times) {
    this.#implementation = implementation;
    this.#restore = restore;
    this.#times = times;
  }

  get calls() {
    return this.#calls.slice();
  }

  callCount() {
    return this.#calls.length;
  }

  mockImplementation(implementation) {
    validateFunction(implementation, 'implementation');
    this.#implementation = implementation;
  }

  mockImplementationOnce(implementation, onCall) {
    validateFunction(implementation, 'implementation');
    const nextCall = this.#calls.length;
    const call = onCall ?? nextCall;
    validateInteger(call, 'onCall', nextCall);
    this.#mocks.set(call, implementation);
  }

  restore() {
    const restore = this.#restore;
    if (restore === undefined) return;
    const { descriptor, object, methodName } = restore;
    if (descriptor === undefined) delete object[methodName];
    else Object.defineProperty(object, methodName, descriptor);
    this.#restore = undefined;
  }

  resetCalls() {
    this.#calls = [];
  }

  trackCall(call) {
    this.#calls.push(call);
  }

  nextImpl() {
    const next = this.#calls.length;
    const once = this.#mocks.get(next);
    if (once !== undefined) {
      this.#mocks.delete(next);
      return once;
    }
    const impl = this.#implementation;
    if (this.#times !== undefined && next + 1 >= this.#times) {
      this.#implementation = this.original;
    }
    return impl;
  }
}

class MockPropertyContext {
  #object;
  #name;
  #value;
  #original;
  #descriptor;
  #accesses = [];
  #once = new Map();

  constructor(object, name, value, hasValue) {
    this.#object = object;
    this.#name = name;
    this.#original = object[name];
    this.#value = hasValue ? value : this.#original;
    this.#descriptor = Object.getOwnPropertyDescriptor(object, name);
    if (!this.#descriptor) {
      throw new ERR_INVALID_ARG_VALUE('propertyName', name, 'is not a property of the object');
    }
    const { configurable, enumerable } = this.#descriptor;
    Object.defineProperty(object, name, {
      __proto__: null, configurable, enumerable,
      get: () => {
        const v = this.#accessValue(this.#value);
        this.#accesses.push({ __proto__: null, type: 'get', value: v, stack: new Error() });
        return v;
      },
      set: (newValue) => {
        const v = this.#accessValue(newValue);
        this.#accesses.push({ __proto__: null, type: 'set', value: v, stack: new Error() });
        this.#value = v;
      },
    });
  }

  #accessValue(value) {
    const index = this.#accesses.length;
    if (this.#once.has(index)) {
      const v = this.#once.get(index);
      this.#once.delete(index);
      return v;
    }
    return value;
  }

  get accesses() { return this.#accesses.slice(); }
  accessCount() { return this.#accesses.length; }
  mockImplementation(value) { this.#value = value; }

  mockImplementationOnce(value, onAccess) {
    const next = this.#accesses.length;
    const index = onAccess ?? next;
    validateInteger(index, 'onAccess', next);
    this.#once.set(index, value);
  }

  resetAccesses() { this.#accesses = []; }

  restore() {
    Object.defineProperty(this.#object, this.#name, {
      __proto__: null, ...this.#descriptor, value: this.#original });
  }
}

class MockTracker {
  #mocks = [];
  #timers;

  get timers() {
    if (this.#timers === undefined) {
      const { MockTimers } = require('internal/test_runner/mock/mock_timers');
      this.#timers = new MockTimers();
    }
    return this.#timers;
  }

  fn(original = function() {}, implementation = original, options = {}) {
    if (original !== null && typeof original === 'object') {
      options = original;
      original = function() {};
      implementation = original;
    } else if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = original;
    }
    validateFunction(original, 'original');
    validateFunction(implementation, 'implementation');
    validateObject(options, 'options');
    const { times = Infinity } = options;
    validateTimes(times);
    const ctx = new MockFunctionContext(implementation, undefined, times);
    ctx.original = original;
    return this.#setupMock(ctx, original);
  }

  method(objectOrFunction, methodName, implementation = kDefault, options = {}) {
    if (objectOrFunction === null || (typeof objectOrFunction !== 'object' &&
        typeof objectOrFunction !== 'function')) {
      throw new ERR_INVALID_ARG_TYPE('object', 'Object', objectOrFunction);
    }
    if (typeof methodName !== 'string' && typeof methodName !== 'symbol') {
      throw new ERR_INVALID_ARG_TYPE('methodName', ['string', 'symbol'], methodName);
    }
    if (implementation !== null && typeof implementation === 'object' &&
        implementation !== kDefault) {
      options = implementation;
      implementation = kDefault;
    }
    validateObject(options, 'options');
    const { getter = false, setter = false, times = Infinity } = options;
    validateBoolean(getter, 'options.getter');
    validateBoolean(setter, 'options.setter');
    validateTimes(times);
    if (setter && getter) {
      throw new ERR_INVALID_ARG_VALUE('options.setter', setter,
        "cannot be used with 'options.getter'");
    }
    const descriptor = findDescriptor(objectOrFunction, methodName);
    let original;
    if (getter) original = descriptor?.get;
    else if (setter) original = descriptor?.set;
    else original = descriptor?.value;
    if (typeof original !== 'function') {
      throw new ERR_INVALID_ARG_VALUE('methodName', original, 'must be a method');
    }
    if (implementation === kDefault) implementation = original;
    validateFunction(implementation, 'implementation');
    // as node: restoring a method found on the prototype leaves an own copy of it
    const { own, ownDescriptor, ...found } = descriptor;
    void own;
    const restore = { __proto__: null, descriptor: ownDescriptor ?? found,
      object: objectOrFunction, methodName, original };
    const ctx = new MockFunctionContext(implementation, restore, times);
    ctx.original = original;
    const mock = this.#setupMock(ctx, original);
    const desc = { __proto__: null, configurable: descriptor.configurable ?? true,
      enumerable: descriptor.enumerable ?? false };
    if (getter) {
      desc.get = mock;
      desc.set = descriptor.set;
    } else if (setter) {
      desc.get = descriptor.get;
      desc.set = mock;
    } else {
      desc.writable = descriptor.writable ?? true;
      desc.value = mock;
    }
    Object.defineProperty(objectOrFunction, methodName, desc);
    return mock;
  }

  getter(object, methodName, implementation = kDefault, options = {}) {
    if (implementation !== null && typeof implementation === 'object' &&
        implementation !== kDefault) {
      options = implementation;
      implementation = kDefault;
    }
    if (options.getter === false) {
      throw new ERR_INVALID_ARG_VALUE('options.getter', false,
        'cannot be false');
    }
    return this.method(object, methodName, implementation, { ...options, getter: true });
  }

  setter(object, methodName, implementation = kDefault, options = {}) {
    if (implementation !== null && typeof implementation === 'object' &&
        implementation !== kDefault) {
      options = implementation;
      implementation = kDefault;
    }
    if (options.setter === false) {
      throw new ERR_INVALID_ARG_VALUE('options.setter', false,
        'cannot be false');
    }
    return this.method(object, methodName, implementation, { ...options, setter: true });
  }

  property(object, propertyName, value) {
    validateObject(object, 'object', require('internal/validators').kValidateObjectAllowFunction);
    const ctx = new MockPropertyContext(object, propertyName, value, arguments.length > 2);
    this.#mocks.push(ctx);
    return new Proxy(object, {
      __proto__: null,
      get(target, property, receiver) {
        if (property === 'mock') return ctx;
        return Reflect.get(target, property, receiver);
      },
    });
  }

  reset() {
    this.restoreAll();
    this.#timers?.reset();
    this.#mocks = [];
  }

  restoreAll() {
    for (const ctx of this.#mocks) ctx.restore();
  }

  #setupMock(ctx, fnToMatch) {
    const mock = new Proxy(fnToMatch, {
      __proto__: null,
      apply(fn, thisArg, argList) {
        const impl = ctx.nextImpl();
        let result;
        let error;
        try {
          result = Reflect.apply(impl, thisArg, argList);
        } catch (err) {
          error = err;
          throw err;
        } finally {
          ctx.trackCall({ __proto__: null, arguments: argList, error, result,
            stack: new Error(), target: undefined, this: thisArg });
        }
        return result;
      },
      construct(target, argList, newTarget) {
        const impl = ctx.nextImpl();
        let result;
        let error;
        try {
          result = Reflect.construct(impl, argList, newTarget);
        } catch (err) {
          error = err;
          throw err;
        } finally {
          ctx.trackCall({ __proto__: null, arguments: argList, error, result,
            stack: new Error(), target, this: result });
        }
        return result;
      },
      get(target, property, receiver) {
        if (property === 'mock') return ctx;
        return Reflect.get(target, property, receiver);
      },
    });
    this.#mocks.push(ctx);
    return mock;
  }
}

const kDefault = Symbol('kDefault');

function validateTimes(times) {
  if (times === Infinity) return;
  validateInteger(times, 'options.times', 1);
}

function findDescriptor(object, name) {
  const ownDescriptor = Object.getOwnPropertyDescriptor(object, name);
  let o = object;
  while (o !== null && o !== undefined) {
    const d = Object.getOwnPropertyDescriptor(o, name);
    if (d !== undefined) {
      return { __proto__: null, ...d, own: ownDescriptor, ownDescriptor };
    }
    o = Object.getPrototypeOf(o);
  }
  return undefined;
}

module.exports = { MockTracker, MockFunctionContext, MockPropertyContext };
