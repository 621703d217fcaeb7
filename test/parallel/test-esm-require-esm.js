'use strict';
// require() of ES modules (Node 22.12): synchronous graphs load, the result is the namespace
// (with __esModule when there is a default export), 'module.exports' names the value, top-level
// await is ERR_REQUIRE_ASYNC_MODULE, evaluation errors propagate.
require('../common');
const assert = require('assert');

const sync = require('../fixtures/esm/sync.mjs');
assert.strictEqual(sync.sync, 'sync esm');
assert.strictEqual(sync.default, 'sync default');
assert.strictEqual(sync.__esModule, true);
assert.strictEqual(require('../fixtures/esm/sync.mjs'), sync);

const named = require('../fixtures/esm/named-only.mjs');
assert.deepStrictEqual(Object.keys(named), ['named']);
assert.strictEqual(named.__esModule, undefined);

assert.strictEqual(require('../fixtures/esm/module-exports-name.mjs'), 'cjs-style');
assert.strictEqual(require('../fixtures/esm/app/src/util.js').util, 'util');

for (const file of ['tla.mjs', 'imports-tla.mjs']) {
  assert.throws(() => require(`../fixtures/esm/${file}`), {
    code: 'ERR_REQUIRE_ASYNC_MODULE',
    message: /require\(\) cannot be used on an ESM graph with top-level await/,
  });
}
assert.throws(() => require('../fixtures/esm/throws.mjs'), /thrown while evaluating/);
assert.throws(() => require('../fixtures/esm/syntax-error.mjs'), SyntaxError);
