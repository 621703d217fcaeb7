'use strict';
// module.syncBuiltinESMExports() updates the named exports of builtins imported from ESM.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { syncBuiltinESMExports } = require('module');

const original = path.basename;
import('node:path').then(common.mustCall((ns) => {
  assert.strictEqual(ns.basename, original);
  path.basename = () => 'patched';
  assert.strictEqual(ns.basename, original);
  syncBuiltinESMExports();
  assert.strictEqual(ns.basename(), 'patched');
  assert.strictEqual(ns.default.basename(), 'patched');
  path.basename = original;
  syncBuiltinESMExports();
  assert.strictEqual(ns.basename, original);
}));
