'use strict';
// node:test exists only with the node: prefix and has node 22's exports.
require('../common');
const assert = require('assert');

assert.throws(() => require('test'), { code: 'MODULE_NOT_FOUND' });
const test = require('node:test');
assert.strictEqual(typeof test, 'function');
assert.strictEqual(test.test, test);
for (const name of ['after', 'afterEach', 'before', 'beforeEach', 'describe', 'it', 'run',
  'suite', 'test']) {
  assert.strictEqual(typeof test[name], 'function', name);
}
for (const name of ['only', 'skip', 'todo']) {
  assert.strictEqual(typeof test.it[name], 'function');
  assert.strictEqual(typeof test.describe[name], 'function');
}
assert.strictEqual(typeof test.mock.fn, 'function');
const reporters = require('node:test/reporters');
for (const name of ['dot', 'junit', 'spec', 'tap']) {
  assert.strictEqual(typeof reporters[name], 'function', name);
}
assert.strictEqual(typeof reporters.lcov, 'object');
assert.throws(() => require('test/reporters'), { code: 'MODULE_NOT_FOUND' });
