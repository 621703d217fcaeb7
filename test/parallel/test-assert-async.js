'use strict';
// assert.rejects / assert.doesNotReject: promises and promise-returning
// functions, validation, missing rejections and argument errors.
const common = require('../common');
const assert = require('assert');

async function expectFailure(promise, props) {
  await assert.rejects(promise, (err) => {
    for (const key of Object.keys(props)) {
      assert.deepStrictEqual(err[key], props[key], `property ${key}`);
    }
    return true;
  });
}

(async () => {
  // The result is a promise in every case.
  const p = assert.rejects(Promise.reject(new Error('x')));
  assert.ok(p instanceof Promise);
  await p;

  await assert.rejects(Promise.reject(new Error('abc')), /b/);
  await assert.rejects(async () => { throw new TypeError('x'); }, TypeError);
  await assert.rejects(() => Promise.reject(new Error('x')), { message: 'x' });
  // A thenable with then and catch counts as a promise.
  await assert.rejects({
    then(resolve, reject) { reject(new Error('thenable')); },
    catch() {},
  }, /thenable/);

  await expectFailure(assert.rejects(Promise.resolve(1)), {
    code: 'ERR_ASSERTION', operator: 'rejects', message: 'Missing expected rejection.',
    generatedMessage: false,
  });
  await expectFailure(assert.rejects(Promise.resolve(1), TypeError, 'msg'), {
    message: 'Missing expected rejection (TypeError): msg',
  });
  await expectFailure(assert.rejects(async () => { throw new Error('x'); }, TypeError), {
    message: 'The error is expected to be an instance of "TypeError". Received "Error"\n\n' +
      'Error message:\n\nx',
    operator: 'rejects', generatedMessage: true,
  });
  await expectFailure(assert.rejects(Promise.reject(new Error('y')), { message: 'x' }), {
    message: 'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
      "  Comparison {\n+   message: 'y'\n-   message: 'x'\n  }\n",
    operator: 'rejects',
  });
  await expectFailure(assert.rejects(Promise.reject(new Error('x')), () => false), {
    message: 'The validation function is expected to return "true". Received false\n\n' +
      'Caught error:\n\nError: x',
  });

  // Argument errors reject the returned promise.
  await expectFailure(assert.rejects(() => 1), {
    code: 'ERR_INVALID_RETURN_VALUE', name: 'TypeError',
    message: 'Expected instance of Promise to be returned from the "promiseFn" function ' +
      'but got type number (1).',
  });
  await expectFailure(assert.rejects(1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "promiseFn" argument must be of type function or an instance of ' +
      'Promise. Received type number (1)',
  });
  await expectFailure(assert.rejects(Promise.reject(new Error('x')), 'x'), {
    code: 'ERR_AMBIGUOUS_ARGUMENT',
  });
  // A synchronous throw from promiseFn rejects with that error.
  await expectFailure(assert.rejects(() => { throw new Error('sync'); }), {
    name: 'Error', message: 'sync',
  });

  // doesNotReject
  await assert.doesNotReject(Promise.resolve(1));
  await assert.doesNotReject(async () => {});
  await expectFailure(assert.doesNotReject(Promise.reject(new Error('x'))), {
    code: 'ERR_ASSERTION', operator: 'doesNotReject',
    message: 'Got unwanted rejection.\nActual message: "x"',
  });
  await expectFailure(assert.doesNotReject(Promise.reject(new Error('x')), 'msg'), {
    message: 'Got unwanted rejection: msg\nActual message: "x"',
  });
  await expectFailure(assert.doesNotReject(Promise.reject(null)), {
    message: 'Got unwanted rejection.\nActual message: "undefined"',
  });
  // A rejection that does not match is passed through.
  await expectFailure(
    assert.doesNotReject(() => Promise.reject(new TypeError('x')), RangeError),
    { name: 'TypeError', message: 'x' });
  await expectFailure(assert.doesNotReject(() => 5), {
    code: 'ERR_INVALID_RETURN_VALUE',
    message: 'Expected instance of Promise to be returned from the "promiseFn" function ' +
      'but got type number (5).',
  });
})().then(common.mustCall());
