'use strict';
// A CommonJS module seen from ESM exports the names Object.defineProperty gives a getter that
// returns an identifier (`get: function () { return x; }`, as SWC and TypeScript compile
// `export { x }`) or a member expression; other getters are not detected.
const common = require('../common');
const assert = require('assert');

(async () => {
  const ns = await import('../fixtures/esm/cjs-getters.cjs');
  assert.deepStrictEqual(Object.keys(ns).sort(), ['__esModule', 'default', 'ident', 'member', 'method', 'plain']);
  assert.strictEqual(ns.ident(), 'ident');
  assert.strictEqual(ns.member, 'member');
})().then(common.mustCall());
