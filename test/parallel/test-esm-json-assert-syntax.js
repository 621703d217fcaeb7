'use strict';
// Static JSON imports. nodus (V8 10.2) parses `assert { type: 'json' }`; node 22 parses only
// `with`, for which `assert` is a SyntaxError. Either way the result is checked exactly.
const common = require('../common');
const assert = require('assert');

import('../fixtures/esm/json-assert.mjs').then((ns) => ({ ns }), (err) => ({ err }))
  .then(common.mustCall(({ ns, err }) => {
    if (err === undefined) {
      assert.deepStrictEqual(ns.data, { answer: 42, list: [1, 2] });
      assert.strictEqual(ns.again, ns.data);
      return;
    }
    // only an engine without `assert` syntax (V8 12 in node 22) may refuse it
    assert.ok(!process.versions.v8.startsWith('10.2.') && err instanceof SyntaxError, err);
    assert.strictEqual(err.message, "Unexpected identifier 'assert'");
  }));
