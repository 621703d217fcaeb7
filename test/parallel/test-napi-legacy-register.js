'use strict';
// napi_module_register() from a static constructor; the returned object replaces
// module.exports; require() caches; process.dlopen() of the same file runs init again.
require('../common');
const assert = require('assert');
const { build } = require('../fixtures/napi/build.js');

const file = build('legacy');
const first = require(file);
assert.deepStrictEqual(first, { inits: 1, legacy: true });
assert.strictEqual(require(file), first);
const m = { exports: {} };
process.dlopen(m, file);
assert.deepStrictEqual(m.exports, { inits: 2, legacy: true });
