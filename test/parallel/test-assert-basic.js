'use strict';
// assert.ok/equal/notEqual/strictEqual/notStrictEqual/fail/match/doesNotMatch:
// pass and fail cases, the error's properties and Node 22's messages.
require('../common');
const assert = require('assert');

const { AssertionError } = assert;

function fails(fn, props) {
  assert.throws(fn, (err) => {
    assert.ok(err instanceof AssertionError);
    assert.strictEqual(err.code, 'ERR_ASSERTION');
    assert.strictEqual(err.name, 'AssertionError');
    for (const key of Object.keys(props)) {
      assert.deepStrictEqual(err[key], props[key], `property ${key}`);
    }
    return true;
  });
}

// ok / assert()
assert(true);
assert(1);
assert('x');
assert.ok({});
assert.ok([]);
fails(() => assert.ok(false), {
  message: 'The expression evaluated to a falsy value:\n\n  assert.ok(false)\n',
  generatedMessage: true, actual: false, expected: true, operator: '==',
});
fails(() => assert(0), {
  message: 'The expression evaluated to a falsy value:\n\n  assert(0)\n',
  actual: 0,
});
fails(() => assert.ok(), {
  message: 'No value argument passed to `assert.ok()`',
  generatedMessage: true, actual: undefined,
});
fails(() => assert.ok(null, 'custom'), {
  message: 'custom', generatedMessage: false, actual: null, operator: '==',
});
assert.throws(() => assert.ok('', new TypeError('own error')), {
  name: 'TypeError', message: 'own error',
});

// equal / notEqual (==, NaN equals NaN)
assert.equal(1, '1');
assert.equal(null, undefined);
assert.equal(NaN, NaN);
assert.equal(0, -0);
fails(() => assert.equal(1, 2), {
  message: '1 == 2', operator: '==', actual: 1, expected: 2, generatedMessage: true,
});
fails(() => assert.equal('a', 'b', 'custom'), { message: 'custom', generatedMessage: false });
assert.notEqual(1, 2);
assert.notEqual(NaN, 0);
fails(() => assert.notEqual(1, '1'), { message: "1 != '1'", operator: '!=' });
fails(() => assert.notEqual(NaN, NaN), { message: 'NaN != NaN' });

// strictEqual / notStrictEqual (Object.is)
assert.strictEqual(NaN, NaN);
assert.strictEqual('a', 'a');
fails(() => assert.strictEqual(0, -0), {
  message: 'Expected values to be strictly equal:\n+ actual - expected\n\n+ 0\n- -0\n',
  operator: 'strictEqual',
});
fails(() => assert.strictEqual(1, '1'), {
  message: "Expected values to be strictly equal:\n\n1 !== '1'\n",
});
fails(() => assert.strictEqual(1, 2, 'custom'), {
  message: 'custom\n\n1 !== 2\n', generatedMessage: false,
});
assert.notStrictEqual(0, -0);
assert.notStrictEqual({}, {});
fails(() => assert.notStrictEqual(1, 1), {
  message: 'Expected "actual" to be strictly unequal to: 1', operator: 'notStrictEqual',
});
fails(() => assert.notStrictEqual('a\nb', 'a\nb'), {
  message: 'Expected "actual" to be strictly unequal to:\n\n\'a\\nb\'',
});
const obj = { a: [1] };
fails(() => assert.notStrictEqual(obj, obj), {
  message: 'Expected "actual" not to be reference-equal to "expected":\n\n' +
    '{\n  a: [\n    1\n  ]\n}\n',
});

// Missing arguments
for (const name of ['equal', 'notEqual', 'strictEqual', 'notStrictEqual', 'deepEqual',
                    'notDeepEqual', 'deepStrictEqual', 'notDeepStrictEqual',
                    'partialDeepStrictEqual']) {
  assert.throws(() => assert[name](1), {
    code: 'ERR_MISSING_ARGS',
    name: 'TypeError',
    message: 'The "actual" and "expected" arguments must be specified',
  });
}

// fail
fails(() => assert.fail(), { message: 'Failed', operator: 'fail', generatedMessage: true });
fails(() => assert.fail('boom'), {
  message: 'boom', operator: 'fail', generatedMessage: false, actual: undefined,
});
assert.throws(() => assert.fail(new RangeError('mine')), { name: 'RangeError', message: 'mine' });

// match / doesNotMatch
assert.match('abc', /b/);
assert.doesNotMatch('abc', /x/);
fails(() => assert.match('abc', /x/), {
  message: "The input did not match the regular expression /x/. Input:\n\n'abc'\n",
  operator: 'match', actual: 'abc', expected: /x/, generatedMessage: true,
});
fails(() => assert.doesNotMatch('abc', /b/), {
  message: 'The input was expected to not match the regular expression /b/. ' +
    "Input:\n\n'abc'\n",
  operator: 'doesNotMatch',
});
fails(() => assert.match(1, /x/), {
  message: 'The "string" argument must be of type string. Received type number (1)',
});
fails(() => assert.match('a', /x/, 'custom'), { message: 'custom', generatedMessage: false });
assert.throws(() => assert.match('a', 'a'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "regexp" argument must be an instance of RegExp. Received type string (\'a\')',
});
