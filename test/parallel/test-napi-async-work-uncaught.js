'use strict';
// An exception thrown into an async work's complete callback is an uncaught exception; so is
// napi_fatal_exception's error. Both reach 'uncaughtException'.
const common = require('../common');
const assert = require('assert');
const { build } = require('../fixtures/napi/build.js');

const addon = require(build('async'));
const errors = [];
process.on('uncaughtException', common.mustCall((err) => {
  errors.push(err.message);
  if (errors.length === 2) assert.deepStrictEqual(errors, ['fatal', 'from complete']);
}, 2));
addon.fatalException(new Error('fatal'));
addon.sumAsync(10, common.mustCall((status, sum) => {
  assert.strictEqual(status, 0);
  assert.strictEqual(sum, 55);
  throw new Error('from complete');
}));
