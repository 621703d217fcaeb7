'use strict';
// Static JSON imports with the old `assert { type: 'json' }` syntax: node 22 (and nodus, which
// turns V8 10.2's import assertions off and its import attributes on) reject it with a
// SyntaxError; `with { type: 'json' }` is the form that loads (test-esm-json-modules.js).
const common = require('../common');
const assert = require('assert');

import('../fixtures/esm/json-assert.mjs').then(common.mustNotCall(), common.mustCall((err) => {
  assert.ok(err instanceof SyntaxError, err);
  // V8 10.2 does not name the token in this message; V8 12 does.
  assert.match(err.message, /^Unexpected identifier( 'assert')?$/);
}));
