'use strict';
require('../common');
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.format(), '');
assert.strictEqual(util.format('a'), 'a');
assert.strictEqual(util.format('%s', 'x'), 'x');
assert.strictEqual(util.format('%s', 1n), '1n');
assert.strictEqual(util.format('%s', -0), '-0');
assert.strictEqual(util.format('%s', { a: { b: 1 } }), '{ a: [Object] }');
assert.strictEqual(util.format('%s', { toString() { return 'ts'; } }), 'ts');
assert.strictEqual(util.format('%d', '42'), '42');
assert.strictEqual(util.format('%d', 5n), '5n');
assert.strictEqual(util.format('%d', Symbol('x')), 'NaN');
assert.strictEqual(util.format('%i', 4.9), '4');
assert.strictEqual(util.format('%f', '1.5x'), '1.5');
assert.strictEqual(util.format('%j', { a: 1 }), '{"a":1}');
const circular = {};
circular.c = circular;
assert.strictEqual(util.format('%j', circular), '[Circular]');
assert.strictEqual(util.format('%o', [1]), '[ 1, [length]: 1 ]');
assert.strictEqual(util.format('%O', { a: 1 }), '{ a: 1 }');
assert.strictEqual(util.format('%c', 'css'), '');
assert.strictEqual(util.format('%%'), '%%');
assert.strictEqual(util.format('%% %s', 'x'), '% x');
assert.strictEqual(util.format('%s'), '%s');
assert.strictEqual(util.format('%s %s', 'a'), 'a %s');
assert.strictEqual(util.format('%x', 1), '%x 1');
assert.strictEqual(util.format('a', 'b', 1), 'a b 1');
assert.strictEqual(util.format(1, 'b'), '1 b');
assert.strictEqual(util.format('%s', 'a', { b: 1 }), 'a { b: 1 }');

assert.strictEqual(util.formatWithOptions({ colors: true }, '%O', 1), '\u001b[33m1\u001b[39m');
assert.strictEqual(util.formatWithOptions({ colors: true }, '%s', { a: 1 }), '{ a: 1 }');
assert.strictEqual(util.formatWithOptions([], 'x'), 'x');
assert.throws(() => util.formatWithOptions(null, 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "inspectOptions" argument must be of type object. Received null',
});
