'use strict';
// The generated message of a failing assert.ok()/assert() call quotes the
// call from the source line.
require('../common');
const assert = require('assert');
const { ok, strict } = assert;

function message(fn) {
  try {
    fn();
  } catch (err) {
    assert.strictEqual(err.generatedMessage, true);
    return err.message;
  }
  assert.fail('did not throw');
}

function quoted(code) {
  return `The expression evaluated to a falsy value:\n\n  ${code}\n`;
}

const fn = (a, b) => a + b;
assert.strictEqual(message(() => assert(fn(1, 2) === 4)), quoted('assert(fn(1, 2) === 4)'));
assert.strictEqual(message(() => assert((0))), quoted('assert((0))'));
assert.strictEqual(message(() => ok(false)), quoted('ok(false)'));
assert.strictEqual(message(() => strict(false)), quoted('strict(false)'));
assert.strictEqual(message(() => { if (true) assert(false, undefined); }),
                   quoted('assert(false, undefined)'));
assert.strictEqual(message(() => [1].forEach(() => assert(null))), quoted('assert(null)'));
assert.strictEqual(message(() => assert(`a(${1})` === 'b')), quoted("assert(`a(${1})` === 'b')"));
assert.strictEqual(message(() => assert('a)' === 'b')), quoted("assert('a)' === 'b')"));
// Only the first line of a call that spans lines.
assert.strictEqual(message(() => assert.ok(0 === 1 &&
  true)), quoted('assert.ok(0 === 1 &&'));
assert.strictEqual(message(() => assert(
  false)), quoted('assert('));
assert.strictEqual(message(() => { assert.ok(typeof 123 === 'string', null); }),
                   quoted("assert.ok(typeof 123 === 'string', null)"));
assert.strictEqual(message(() => { assert(0 /* ) */); }), quoted('assert(0 /* ) */)'));
assert.strictEqual(message(() => { assert([].length); // a ) in a comment
}), quoted('assert([].length)'));
assert.strictEqual(message(() => { assert(fn(1, fn(2, 3)) === 0, undefined); }),
                   quoted('assert(fn(1, fn(2, 3)) === 0, undefined)'));
assert.strictEqual(message(() => { assert.ok(/\)/.test('x')); }),
                   quoted("assert.ok(/\\)/.test('x'))"));
assert.strictEqual(message(() => { assert?.ok(false); }), quoted('assert?.ok(false)'));
assert.strictEqual(message(() => { ((x) => assert(x))(0); }), quoted('assert(x)'));
assert.strictEqual(message(() => { assert['ok'](false); }), quoted("assert['ok'](false)"));
assert.strictEqual(message(() => { assert.strict.ok(''); }), quoted("assert.strict.ok('')"));
assert.strictEqual(message(() => { assert('\n' === 1); }), quoted("assert('\\n' === 1)"));

// No argument at all.
assert.strictEqual(message(() => assert.ok()), 'No value argument passed to `assert.ok()`');
assert.strictEqual(message(() => assert()), 'No value argument passed to `assert.ok()`');
