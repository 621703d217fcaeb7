'use strict';
// The exports of node:assert and node:assert/strict, function names and
// lengths, and strict mode's aliases.
const common = require('../common');
const assert = require('assert');

assert.deepStrictEqual(Object.keys(assert), [
  'AssertionError', 'CallTracker', 'ok', 'fail', 'equal', 'notEqual', 'deepEqual',
  'notDeepEqual', 'deepStrictEqual', 'notDeepStrictEqual', 'strictEqual', 'notStrictEqual',
  'partialDeepStrictEqual', 'match', 'doesNotMatch', 'throws', 'rejects', 'doesNotThrow',
  'doesNotReject', 'ifError', 'strict', 'Assert',
]);
assert.strictEqual(assert.name, 'ok');
assert.strictEqual(assert.length, 0);

const lengths = {
  ok: 0, fail: 5, equal: 3, notEqual: 3, deepEqual: 3, notDeepEqual: 3, deepStrictEqual: 3,
  notDeepStrictEqual: 3, strictEqual: 3, notStrictEqual: 3, partialDeepStrictEqual: 3,
  match: 3, doesNotMatch: 3, throws: 1, rejects: 1, doesNotThrow: 1, doesNotReject: 1,
  ifError: 1,
};
for (const [name, length] of Object.entries(lengths)) {
  assert.strictEqual(typeof assert[name], 'function');
  assert.strictEqual(assert[name].name, name);
  assert.strictEqual(assert[name].length, length, name);
}

const strict = require('assert/strict');
assert.strictEqual(strict, assert.strict);
assert.strictEqual(strict.strict, strict);
assert.strictEqual(strict.name, 'strict');
assert.strictEqual(strict.equal, assert.strictEqual);
assert.strictEqual(strict.deepEqual, assert.deepStrictEqual);
assert.strictEqual(strict.notEqual, assert.notStrictEqual);
assert.strictEqual(strict.notDeepEqual, assert.notDeepStrictEqual);
assert.strictEqual(strict.AssertionError, assert.AssertionError);
assert.strictEqual(strict.Assert, assert.Assert);
assert.deepStrictEqual(Object.keys(strict), [
  'AssertionError', 'CallTracker', 'ok', 'fail', 'equal', 'notEqual', 'deepEqual',
  'notDeepEqual', 'deepStrictEqual', 'notDeepStrictEqual', 'strictEqual', 'notStrictEqual',
  'partialDeepStrictEqual', 'match', 'doesNotMatch', 'throws', 'rejects', 'doesNotThrow',
  'doesNotReject', 'ifError', 'Assert', 'strict',
]);
assert.throws(() => strict.equal(1, '1'), {
  message: "Expected values to be strictly equal:\n\n1 !== '1'\n",
  operator: 'strictEqual',
});
assert.throws(() => strict.deepEqual([1], ['1']), { operator: 'deepStrictEqual' });
assert.throws(() => strict(0), {
  message: 'The expression evaluated to a falsy value:\n\n  strict(0)\n',
});

// The node: scheme.
assert.strictEqual(require('node:assert'), assert);
assert.strictEqual(require('node:assert/strict'), strict);

// assert.CallTracker is wrapped by util.deprecate.
assert.strictEqual(assert.CallTracker.name, 'deprecated');
common.expectWarning('DeprecationWarning', 'assert.CallTracker is deprecated.', 'DEP0173');
new assert.CallTracker();
