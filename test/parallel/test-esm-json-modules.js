'use strict';
// JSON modules: an import attribute `type: 'json'` is required (node 22 reads `with`, V8 10.2
// reads `assert`; both are given), the default export is the parsed value, one instance per URL.
const common = require('../common');
const assert = require('assert');
const path = require('path');

const json = path.join(__dirname, '..', 'fixtures', 'esm', 'data.json');
const attrs = { with: { type: 'json' }, assert: { type: 'json' } };

(async () => {
  const a = await import(json, attrs);
  assert.deepStrictEqual(a.default, { answer: 42, list: [1, 2] });
  assert.deepStrictEqual(Object.keys(a), ['default']);
  const b = await import(json, attrs);
  assert.strictEqual(a, b);
  await assert.rejects(import(json), { code: 'ERR_IMPORT_ATTRIBUTE_MISSING', name: 'TypeError' });
  await assert.rejects(import('../fixtures/esm/lib.mjs', attrs),
                       { code: 'ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE' });
  // the CommonJS cache is shared: require() gives the same object
  assert.strictEqual(require(json), a.default);
})().then(common.mustCall());
