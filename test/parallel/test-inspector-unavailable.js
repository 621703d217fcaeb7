'use strict';
// Without an inspector (process.features.inspector === false), node:inspector and
// node:inspector/promises throw ERR_INSPECTOR_NOT_AVAILABLE when loaded, as in a node built
// without it; with one, they load. Either way the module is a builtin.
require('../common');
const assert = require('assert');
const { builtinModules, isBuiltin } = require('module');

assert.ok(builtinModules.includes('inspector'));
assert.ok(isBuiltin('node:inspector/promises'));
for (const id of ['inspector', 'node:inspector', 'inspector/promises']) {
  if (process.features.inspector) {
    assert.strictEqual(typeof require(id).Session, 'function');
  } else {
    assert.throws(() => require(id), { code: 'ERR_INSPECTOR_NOT_AVAILABLE', name: 'Error',
                                       message: 'Inspector is not available' });
  }
}
