'use strict';
const common = require('../common');
const assert = require('assert');
const util = require('util');

common.expectWarning('DeprecationWarning', [
  ['first message', 'DEP_TEST_1'],
  ['no code message'],
  ['The `util.isArray` API is deprecated. Please use `Array.isArray()` instead.', 'DEP0044'],
]);

function add(a, b) { return a + b; }
const dep = util.deprecate(add, 'first message', 'DEP_TEST_1');
assert.strictEqual(dep.name, 'deprecated');
assert.strictEqual(dep.length, 2);
assert.strictEqual(dep(1, 2), 3);
assert.strictEqual(dep(3, 4), 7);   // warns only once

// A second wrapper with the same code does not warn again.
const dep2 = util.deprecate(() => 'x', 'other message', 'DEP_TEST_1');
assert.strictEqual(dep2(), 'x');

const noCode = util.deprecate(function() { return this; }, 'no code message');
const receiver = {};
assert.strictEqual(noCode.call(receiver), receiver);
noCode();

// Works as a constructor and keeps the prototype chain.
class Base { constructor(v) { this.v = v; } }
const DepBase = util.deprecate(Base, 'ctor message', 'DEP_TEST_2');
process.noDeprecation = true;   // silences this one
const inst = new DepBase(5);
process.noDeprecation = false;
assert.strictEqual(inst.v, 5);
assert.ok(inst instanceof DepBase);
assert.ok(inst instanceof Base);
assert.strictEqual(Object.getPrototypeOf(DepBase), Base);

assert.throws(() => util.deprecate(add, 'msg', 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
});

assert.strictEqual(util.isArray([]), true);
assert.strictEqual(util.isArray({}), false);
