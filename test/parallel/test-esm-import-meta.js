'use strict';
// import.meta of an imported module: url, filename, dirname, main (false), resolve().
const common = require('../common');
const assert = require('assert');
const path = require('path');

const file = path.join(__dirname, '..', 'fixtures', 'esm', 'meta-dep.mjs');

import('../fixtures/esm/meta-dep.mjs').then(common.mustCall(({ meta }) => {
  assert.strictEqual(Object.getPrototypeOf(meta), null);
  assert.deepStrictEqual(Object.keys(meta), ['dirname', 'filename', 'main', 'resolve', 'url']);
  assert.strictEqual(meta.url, `file://${file}`);
  assert.strictEqual(meta.filename, file);
  assert.strictEqual(meta.dirname, path.dirname(file));
  assert.strictEqual(meta.main, false);
  assert.strictEqual(meta.resolve('./lib.mjs'), `file://${path.dirname(file)}/lib.mjs`);
  assert.strictEqual(meta.resolve('./not-there.mjs'),
                     `file://${path.dirname(file)}/not-there.mjs`);
  assert.strictEqual(meta.resolve('path'), 'node:path');
  assert.strictEqual(meta.resolve('dual'),
                     `file://${path.dirname(file)}/node_modules/dual/esm/index.mjs`);
  assert.strictEqual(meta.resolve('./a b.mjs'), `file://${path.dirname(file)}/a%20b.mjs`);
  assert.throws(() => meta.resolve('not-a-package'), { code: 'ERR_MODULE_NOT_FOUND' });
}));
