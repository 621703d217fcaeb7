'use strict';
// assert.throws / assert.doesNotThrow: validation by class, RegExp, function
// and object; missing exceptions; argument errors.
require('../common');
const assert = require('assert');

function thrower(err) {
  return () => { throw err; };
}

function fails(fn, props) {
  assert.throws(fn, (err) => {
    assert.strictEqual(err.code, 'ERR_ASSERTION');
    assert.ok(err instanceof assert.AssertionError);
    for (const key of Object.keys(props)) {
      assert.deepStrictEqual(err[key], props[key], `property ${key}`);
    }
    return true;
  });
}

// Passing validations.
assert.throws(thrower(new Error('x')));
assert.throws(thrower(new TypeError('x')), TypeError);
assert.throws(thrower(new TypeError('x')), Error);
assert.throws(thrower(new Error('abc')), /b/);
assert.throws(thrower('a string'), /string/);
assert.throws(thrower(new Error('x')), (e) => e.message === 'x');
assert.throws(thrower(new Error('x')), { message: 'x', name: 'Error' });
assert.throws(thrower(new TypeError('value x')), { name: /Type/, message: /x$/ });
assert.throws(thrower(new TypeError('x')), new TypeError('x'));
assert.throws(thrower(Object.assign(new Error('x'), { code: 'E1', info: { a: [1] } })),
              { code: 'E1', info: { a: [1] } });
assert.throws(thrower(new Error('x')), function() { return true; });
assert.throws(thrower(new Error('x')), 'a message that is not the error message');

// Nothing thrown.
fails(() => assert.throws(() => {}), {
  message: 'Missing expected exception.', operator: 'throws',
  actual: undefined, expected: undefined, generatedMessage: false,
});
fails(() => assert.throws(() => {}, 'msg'), { message: 'Missing expected exception: msg' });
fails(() => assert.throws(() => {}, TypeError), {
  message: 'Missing expected exception (TypeError).', expected: TypeError,
});
fails(() => assert.throws(() => {}, TypeError, 'msg'), {
  message: 'Missing expected exception (TypeError): msg',
});
fails(() => assert.throws(() => {}, { name: 'E' }), {
  message: 'Missing expected exception (E).',
});
fails(() => assert.throws(() => {}, new Error('x')), {
  message: 'Missing expected exception (Error).',
});

// Wrong class.
fails(() => assert.throws(thrower(new Error('x')), TypeError), {
  message: 'The error is expected to be an instance of "TypeError". Received "Error"\n\n' +
    'Error message:\n\nx',
  operator: 'throws', generatedMessage: true, expected: TypeError,
});
fails(() => assert.throws(thrower(new Error('')), TypeError), {
  message: 'The error is expected to be an instance of "TypeError". Received "Error"',
});
fails(() => assert.throws(thrower('str'), TypeError), {
  message: 'The error is expected to be an instance of "TypeError". Received "\'str\'"',
  actual: 'str',
});
fails(() => assert.throws(thrower(null), TypeError), {
  message: 'The error is expected to be an instance of "TypeError". Received "null"',
});
fails(() => assert.throws(thrower({ a: 1 }), TypeError), {
  message: 'The error is expected to be an instance of "TypeError". Received "[Object]"',
});
fails(() => assert.throws(thrower(new (class TypeError extends Error {})('x')), TypeError), {
  message: 'The error is expected to be an instance of "TypeError". Received an error ' +
    'with identical name but a different prototype.\n\nError message:\n\nx',
});
fails(() => assert.throws(thrower(new Error('x')), TypeError, 'm'), {
  message: 'm', generatedMessage: false,
});

// RegExp.
fails(() => assert.throws(thrower(new Error('x')), /y/), {
  message: "The input did not match the regular expression /y/. Input:\n\n'Error: x'\n",
  generatedMessage: true,
});
fails(() => assert.throws(thrower('x'), /y/), {
  message: "The input did not match the regular expression /y/. Input:\n\n'x'\n",
});

// Validation functions.
fails(() => assert.throws(thrower(new Error('x')), () => false), {
  message: 'The validation function is expected to return "true". Received false\n\n' +
    'Caught error:\n\nError: x',
});
fails(() => assert.throws(thrower(new Error('x')), function check() { return 'yes'; }), {
  message: 'The "check" validation function is expected to return "true". ' +
    "Received 'yes'\n\nCaught error:\n\nError: x",
});
assert.throws(() => assert.throws(thrower(new Error('x')), () => {
  throw new RangeError('inner');
}), { name: 'RangeError', message: 'inner' });
// A class that is not an Error subclass is called like a function.
assert.throws(() => assert.throws(thrower(new Error('x')), class A {}), {
  name: 'TypeError',
});

// Objects.
fails(() => assert.throws(thrower(new Error('x')), { message: 'y', name: 'Error' }), {
  message: 'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
    "  Comparison {\n+   message: 'x',\n-   message: 'y',\n    name: 'Error'\n  }\n",
  operator: 'throws',
});
fails(() => assert.throws(thrower(new Error('x')), { message: /y/ }), {
  message: 'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
    "  Comparison {\n+   message: 'x'\n-   message: /y/\n  }\n",
});
fails(() => assert.throws(thrower(Object.assign(new Error('x'), { code: 'E1' })),
                          { code: 'E2', message: /x/ }), {
  message: 'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
    "  Comparison {\n+   code: 'E1',\n-   code: 'E2',\n    message: 'x'\n  }\n",
});
fails(() => assert.throws(thrower(new Error('x')), { message: 'x', extra: undefined }), {
  message: 'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
    "  Comparison {\n-   extra: undefined,\n    message: 'x'\n  }\n",
});
fails(() => assert.throws(thrower(new TypeError('x')), new Error('x')), {
  message: 'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
    "  Comparison {\n    message: 'x',\n+   name: 'TypeError'\n-   name: 'Error'\n  }\n",
});
fails(() => assert.throws(thrower(Object.assign(new Error('x'), { code: 1 })),
                          Object.assign(new Error('x'), { code: 2 })), {
  operator: 'throws',
});
fails(() => assert.throws(thrower('str'), { message: 'x' }), {
  message: "Expected values to be strictly deep-equal:\n+ actual - expected\n\n+ 'str'\n" +
    "- {\n-   message: 'x'\n- }\n",
  operator: 'throws', actual: 'str',
});
fails(() => assert.throws(thrower(new Error('x')), { message: 'y' }, 'custom'), {
  message: 'custom', generatedMessage: false,
});

// Argument errors.
assert.throws(() => assert.throws('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "fn" argument must be of type function. Received type string (\'x\')',
});
assert.throws(() => assert.throws(thrower(new Error('x')), 'x'), {
  code: 'ERR_AMBIGUOUS_ARGUMENT',
  message: 'The "error/message" argument is ambiguous. ' +
    'The error message "x" is identical to the message.',
});
assert.throws(() => assert.throws(thrower('x'), 'x'), {
  code: 'ERR_AMBIGUOUS_ARGUMENT',
  message: 'The "error/message" argument is ambiguous. The error "x" is identical to the message.',
});
assert.throws(() => assert.throws(thrower(new Error('x')), {}), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'error' may not be an empty object. Received {}",
});

// doesNotThrow
assert.doesNotThrow(() => {});
assert.doesNotThrow(() => {}, 'msg');
fails(() => assert.doesNotThrow(thrower(new Error('x'))), {
  message: 'Got unwanted exception.\nActual message: "x"',
  operator: 'doesNotThrow', generatedMessage: false,
});
fails(() => assert.doesNotThrow(thrower(new Error('x')), 'msg'), {
  message: 'Got unwanted exception: msg\nActual message: "x"',
});
fails(() => assert.doesNotThrow(thrower(new Error('x')), Error, 'msg'), {
  message: 'Got unwanted exception: msg\nActual message: "x"', expected: Error,
});
fails(() => assert.doesNotThrow(thrower(new Error('x')), /x/), {
  message: 'Got unwanted exception.\nActual message: "x"',
});
fails(() => assert.doesNotThrow(thrower(new Error('x')), () => true), {
  message: 'Got unwanted exception.\nActual message: "x"',
});
fails(() => assert.doesNotThrow(thrower('x')), {
  message: 'Got unwanted exception.\nActual message: "undefined"',
});
fails(() => assert.doesNotThrow(thrower(null)), {
  message: 'Got unwanted exception.\nActual message: "undefined"',
});
// A non-matching error is rethrown as is.
assert.throws(() => assert.doesNotThrow(thrower(new Error('x')), TypeError), {
  name: 'Error', message: 'x',
});
assert.throws(() => assert.doesNotThrow(thrower(new Error('x')), /y/), {
  name: 'Error', message: 'x',
});
assert.throws(() => assert.doesNotThrow(thrower(new Error('x')), {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "expected" argument must be of type function or an instance of RegExp. ' +
    'Received an instance of Object',
});
assert.throws(() => assert.doesNotThrow(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "fn" argument must be of type function. Received type number (1)',
});
