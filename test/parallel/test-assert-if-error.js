'use strict';
// assert.ifError: passes on null/undefined, otherwise throws an
// AssertionError whose stack continues with the original error's frames.
require('../common');
const assert = require('assert');

assert.ifError(null);
assert.ifError(undefined);

function check(value, message) {
  assert.throws(() => assert.ifError(value), (err) => {
    assert.ok(err instanceof assert.AssertionError);
    assert.strictEqual(err.message, message);
    assert.strictEqual(err.operator, 'ifError');
    assert.strictEqual(err.actual, value);
    assert.strictEqual(err.expected, null);
    assert.strictEqual(err.generatedMessage, false);
    return true;
  });
}

check(new Error('boom'), 'ifError got unwanted exception: boom');
check('str', "ifError got unwanted exception: 'str'");
check(0, 'ifError got unwanted exception: 0');
check(false, 'ifError got unwanted exception: false');
check(new TypeError(''), 'ifError got unwanted exception: TypeError');
check({ message: 'objmsg' }, 'ifError got unwanted exception: objmsg');
check({ message: 1 }, 'ifError got unwanted exception: { message: 1 }');
check(Object.create(null), 'ifError got unwanted exception: [Object: null prototype] {}');

// The original frames follow the assertion's own.
function makeError() {
  return new Error('orig');
}
const orig = makeError();
try {
  assert.ifError(orig);
} catch (err) {
  const lines = err.stack.split('\n');
  assert.strictEqual(lines[0], 'AssertionError [ERR_ASSERTION]: ifError got unwanted exception: orig');
  assert.match(lines[1], /test-assert-if-error\.js/);
  assert.ok(lines.some((l) => l.includes('at makeError')), err.stack);
}

const fake = new Error('x');
fake.stack = 'Error: x\n    at fake (file.js:1:1)';
try {
  assert.ifError(fake);
} catch (err) {
  assert.strictEqual(err.stack.split('\n').pop(), '    at fake (file.js:1:1)');
}
