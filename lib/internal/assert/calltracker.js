'use strict';

// assert.CallTracker (deprecated in Node, DEP0173), written for nodus from
// Node's documentation and observed behaviour.

const {
  codes: { ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateUint32 } = require('internal/validators');
const AssertionError = require('internal/assert/assertion_error');

// Anonymous, like the default function Node tracks.
const noop = [() => {}][0];

class CallTracker {
  #tracked = new WeakMap();
  #contexts = new Set();

  #context(tracked) {
    const context = this.#tracked.get(tracked);
    if (context === undefined) {
      throw new ERR_INVALID_ARG_VALUE('tracked', tracked, 'is not a tracked function');
    }
    return context;
  }

  reset(tracked) {
    if (tracked === undefined) {
      for (const context of this.#contexts) context.calls = [];
      return;
    }
    this.#context(tracked).calls = [];
  }

  getCalls(tracked) {
    return this.#context(tracked).calls.slice();
  }

  calls(fn, expected = 1) {
    if (typeof fn === 'number') {
      expected = fn;
      fn = noop;
    } else if (fn === undefined) {
      fn = noop;
    }
    validateUint32(expected, 'expected', true);

    const context = {
      expected,
      calls: [],
      name: fn.name || 'calls',
      stackTrace: new Error(),
    };
    this.#contexts.add(context);
    const tracked = new Proxy(fn, {
      __proto__: null,
      apply(target, thisArg, argList) {
        context.calls.push({ thisArg, arguments: argList });
        return Reflect.apply(target, thisArg, argList);
      },
    });
    this.#tracked.set(tracked, context);
    return tracked;
  }

  report() {
    const errors = [];
    for (const context of this.#contexts) {
      const actual = context.calls.length;
      if (actual !== context.expected) {
        errors.push({
          message: `Expected the ${context.name} function to be executed ` +
            `${context.expected} time(s) but was executed ${actual} time(s).`,
          actual,
          expected: context.expected,
          operator: context.name,
          stack: context.stackTrace,
        });
      }
    }
    return errors;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1 ?
      errors[0].message :
      'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: errors });
  }
}

module.exports = CallTracker;
