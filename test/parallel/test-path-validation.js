'use strict';
// Argument validation of every path function, posix and win32 (messages as in Node 22).
require('../common');
const assert = require('assert');
const path = require('path');

const typeErrorTests = [true, false, 7, null, {}, undefined, [], NaN];

function fail(fn, ...args) {
  assert.throws(() => fn.apply(null, args), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
}

for (const test of typeErrorTests) {
  for (const namespace of [path.posix, path.win32]) {
    fail(namespace.join, test);
    fail(namespace.resolve, test);
    fail(namespace.normalize, test);
    fail(namespace.isAbsolute, test);
    fail(namespace.relative, test, 'foo');
    fail(namespace.relative, 'foo', test);
    fail(namespace.parse, test);
    fail(namespace.dirname, test);
    fail(namespace.basename, test);
    fail(namespace.extname, test);
    // undefined is a valid value as the second argument to basename
    if (test !== undefined) {
      fail(namespace.basename, 'foo', test);
    }
  }
}

const msg = (name, rest) => `The "${name}" argument must be of type string. ${rest}`;
for (const p of [path.posix, path.win32]) {
  assert.throws(() => p.join('a', 1), { message: msg('path', 'Received type number (1)') });
  assert.throws(() => p.resolve('a', null), { message: msg('paths[1]', 'Received null') });
  assert.throws(() => p.resolve(undefined), { message: msg('paths[0]', 'Received undefined') });
  assert.throws(() => p.relative(1, 'a'), { message: msg('from', 'Received type number (1)') });
  assert.throws(() => p.relative('a', {}), { message: msg('to', 'Received an instance of Object') });
  assert.throws(() => p.normalize(Symbol('s')), { message: msg('path', 'Received type symbol (Symbol(s))') });
  assert.throws(() => p.dirname(true), { message: msg('path', 'Received type boolean (true)') });
  assert.throws(() => p.basename(1, 2), { message: msg('suffix', 'Received type number (2)') });
  assert.throws(() => p.basename(1, '.js'), { message: msg('path', 'Received type number (1)') });
  assert.throws(() => p.extname([]), { message: msg('path', 'Received an instance of Array') });
  assert.throws(() => p.isAbsolute(() => {}), { message: /^The "path" argument must be of type string\. Received function / });
  assert.throws(() => p.parse(10n), { message: msg('path', 'Received type bigint (10n)') });
  assert.throws(() => p.matchesGlob(1, 'a'), { message: msg('path', 'Received type number (1)') });
  assert.throws(() => p.matchesGlob('a', 1), { message: msg('pattern', 'Received type number (1)') });
  for (const bad of [null, undefined, 'str', 5, true, [], () => {}]) {
    assert.throws(() => p.format(bad), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
      message: /^The "pathObject" argument must be of type object\. Received / });
  }
}

// resolve() stops at the first absolute path from the right: arguments to its
// left are never looked at.
assert.strictEqual(path.posix.resolve(1, '/a'), '/a');
assert.strictEqual(path.win32.resolve(1, 'c:\\a'), 'c:\\a');

// toNamespacedPath() returns non-strings unchanged.
for (const p of [path.posix, path.win32]) {
  assert.strictEqual(p.toNamespacedPath(null), null);
  assert.strictEqual(p.toNamespacedPath(5), 5);
  const o = {};
  assert.strictEqual(p.toNamespacedPath(o), o);
}
