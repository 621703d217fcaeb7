'use strict';
// Object, array, boolean, function and AbortSignal validation through
// public APIs.
const common = require('../common');
const assert = require('assert');
const { EventEmitter, on, once, addAbortListener } = require('events');

const ee = new EventEmitter();

// validateObject: null, arrays and functions are not objects by default.
for (const [value, received] of [
  [null, 'Received null'],
  [[], 'Received an instance of Array'],
  [() => {}, 'Received function '],
  [1, 'Received type number (1)'],
  ['', "Received type string ('')"],
]) {
  assert.throws(() => on(ee, 'x', value), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: `The "options" argument must be of type object. ${received}`,
  });
}
// Objects of any class are fine.
on(ee, 'x', new Map()).return();
on(ee, 'x', Object.create(null)).return();

// validateAbortSignal: undefined is allowed; anything without `aborted` is not.
on(ee, 'x', { signal: undefined }).return();
for (const signal of [null, 1, {}, 'signal']) {
  assert.throws(() => on(ee, 'x', { signal }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.signal" property must be an instance of AbortSignal.' +
             common.invalidArgTypeHelper(signal),
  });
}
// Anything with an `aborted` property passes the check.
on(ee, 'x', { signal: { aborted: false, addEventListener() {}, removeEventListener() {} } })
  .return();

// validateAbortSignalArray
assert.throws(() => AbortSignal.any([1]), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "signals[0]" argument must be an instance of AbortSignal. ' +
           'Received type number (1)',
});
assert.throws(() => AbortSignal.any([AbortSignal.abort(), null]), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "signals[1]" argument must be an instance of AbortSignal. Received null',
});

// validateFunction
for (const fn of [
  () => setTimeout(5),
  () => queueMicrotask(5),
  () => process.nextTick(5),
]) {
  assert.throws(fn, {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "callback" argument must be of type function. Received type number (5)',
  });
}
assert.throws(() => addAbortListener(new AbortController().signal, {}), {
  message: 'The "listener" argument must be of type function. Received an instance of Object',
});

// validateBoolean
assert.throws(() => require('fs').rmSync('/nonexistent-nodus-test', { recursive: 'x' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.recursive" property must be of type boolean. ' +
           "Received type string ('x')",
});

// once() validates asynchronously.
assert.rejects(once(ee, 'x', []), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received an instance of Array',
}).then(common.mustCall());
