'use strict';
// String.prototype.isWellFormed / toWellFormed (ES2024).
const assert = require('assert');

const cases = [
  // [input, isWellFormed, toWellFormed]
  ['', true, ''],
  ['abc', true, 'abc'],
  ['\u00e9\u4e2d', true, '\u00e9\u4e2d'],
  ['\uD83D\uDE00', true, '\uD83D\uDE00'],            // a surrogate pair
  ['\uD83D', false, '\uFFFD'],                        // lone lead
  ['\uDE00', false, '\uFFFD'],                        // lone trail
  ['a\uD83Db', false, 'a\uFFFDb'],
  ['a\uDE00b', false, 'a\uFFFDb'],
  ['\uDE00\uD83D', false, '\uFFFD\uFFFD'],            // trail then lead: both lone
  ['\uD83D\uD83D\uDE00', false, '\uFFFD\uD83D\uDE00'], // lead, then a pair
  ['\uD83D\uDE00\uDE00', false, '\uD83D\uDE00\uFFFD'], // a pair, then a trail
  ['x\uD800', false, 'x\uFFFD'],
  ['\uDBFF\uDFFF', true, '\uDBFF\uDFFF'],
  ['\uDC00x\uD800', false, '\uFFFDx\uFFFD'],
  ['\uFFFD', true, '\uFFFD'],
];
for (const [input, wellFormed, fixed] of cases) {
  assert.strictEqual(input.isWellFormed(), wellFormed, JSON.stringify(input));
  assert.strictEqual(input.toWellFormed(), fixed, JSON.stringify(input));
  assert.strictEqual(fixed.isWellFormed(), true);
}

// Long strings.
{
  const big = 'ab'.repeat(10000);
  assert.strictEqual(big.isWellFormed(), true);
  assert.strictEqual(big.toWellFormed(), big);
  const broken = `${big}\uD800${big}`;
  assert.strictEqual(broken.isWellFormed(), false);
  assert.strictEqual(broken.toWellFormed(), `${big}\uFFFD${big}`);
  const many = '\uDC00'.repeat(1000);
  assert.strictEqual(many.toWellFormed(), '\uFFFD'.repeat(1000));
}

// Generic: ToString(RequireObjectCoercible(this)).
{
  assert.strictEqual(String.prototype.isWellFormed.call(123), true);
  assert.strictEqual(String.prototype.toWellFormed.call(123), '123');
  assert.strictEqual(String.prototype.toWellFormed.call({ toString() { return 'a\uD800'; } }), 'a\uFFFD');
  assert.strictEqual(String.prototype.isWellFormed.call({ toString() { return '\uDFFF'; } }), false);
  assert.strictEqual(String.prototype.toWellFormed.call(true), 'true');
  for (const m of ['isWellFormed', 'toWellFormed']) {
    assert.throws(() => String.prototype[m].call(null), TypeError);
    assert.throws(() => String.prototype[m].call(undefined), TypeError);
    assert.throws(() => String.prototype[m].call(Symbol('x')), TypeError);
  }
  // A String object.
  assert.strictEqual(Object('\uD800').isWellFormed(), false);
  // The result of toWellFormed is a primitive.
  assert.strictEqual(typeof Object('a').toWellFormed(), 'string');
}

// Patching RegExp.prototype does not affect them.
{
  const exec = RegExp.prototype.exec;
  const replace = RegExp.prototype[Symbol.replace];
  RegExp.prototype.exec = () => { throw new Error('exec called'); };
  RegExp.prototype[Symbol.replace] = () => { throw new Error('replace called'); };
  try {
    assert.strictEqual('a\uD800'.isWellFormed(), false);
    assert.strictEqual('a\uD800'.toWellFormed(), 'a\uFFFD');
  } finally {
    RegExp.prototype.exec = exec;
    RegExp.prototype[Symbol.replace] = replace;
  }
}
