'use strict';
const common = require('../common');
const assert = require('assert');
const util = require('util');

// With process.throwDeprecation the warning is thrown as an uncaught
// exception on a later tick; the call itself still returns.
process.throwDeprecation = true;
process.on('uncaughtException', common.mustCall((err) => {
  assert.strictEqual(err.name, 'DeprecationWarning');
  assert.strictEqual(err.message, 'thrown message');
  assert.strictEqual(err.code, 'DEP_TEST_THROW');
}));
const dep = util.deprecate(() => 1, 'thrown message', 'DEP_TEST_THROW');
assert.strictEqual(dep(), 1);
