'use strict';
// CommonJS seen from ESM: default is module.exports, named exports come from a static scan
// (exports.x =, exports['x'] =, module.exports.x =, Object.defineProperty, object literals,
// re-exports through module.exports = require(...)), never from running the code.
const common = require('../common');
const assert = require('assert');

const names = (ns) => Object.keys(ns).sort();

(async () => {
  const shapes = await import('../fixtures/esm/cjs-shapes.cjs');
  assert.deepStrictEqual(names(shapes), ['a', 'b', 'c', 'd', 'default', 'e', 'notRun']);
  assert.strictEqual(shapes.notRun, undefined);
  assert.strictEqual(shapes.default, require('../fixtures/esm/cjs-shapes.cjs'));

  const literal = await import('../fixtures/esm/cjs-literal.cjs');
  assert.deepStrictEqual(names(literal), ['__esModule', 'a', 'bee', 'c', 'default', 'named']);
  assert.strictEqual(literal.bee, 2);

  const reexport = await import('../fixtures/esm/cjs-reexport.cjs');
  assert.deepStrictEqual(names(reexport), names(shapes));

  const esModule = await import('../fixtures/esm/cjs-esmodule.cjs');
  assert.strictEqual(esModule.default.default, 'the default');
  assert.strictEqual(esModule.named, 'named');

  const path = await import('node:path');
  assert.strictEqual(path.default, require('path'));
  assert.strictEqual(path.join, require('path').join);
  const bare = await import('path');
  assert.strictEqual(bare, path);
})().then(common.mustCall());
