'use strict';
// A cycle between two ES modules: both see each other's live bindings after evaluation.
const common = require('../common');
const assert = require('assert');

Promise.all([import('../fixtures/esm/cycle/a.mjs'), import('../fixtures/esm/cycle/b.mjs')])
  .then(common.mustCall(([a, b]) => {
    assert.strictEqual(a.getB(), 'b');
    assert.strictEqual(b.getA(), 'a');
  }));
