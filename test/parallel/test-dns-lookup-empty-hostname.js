'use strict';
// An empty or falsy hostname answers null (or []) and warns once (DEP0118).
const common = require('../common');
const assert = require('assert');
const dns = require('dns');

common.expectWarning('DeprecationWarning',
                     'The provided hostname "" is not a valid hostname, and is supported in ' +
                     'the dns module solely for compatibility.', 'DEP0118');

dns.lookup('', common.mustSucceed((address, family) => {
  assert.strictEqual(address, null);
  assert.strictEqual(family, 4);
}));
dns.lookup(false, { family: 6 }, common.mustSucceed((address, family) => {
  assert.strictEqual(address, null);
  assert.strictEqual(family, 6);
}));
dns.lookup(null, { all: true }, common.mustSucceed((addresses) => {
  assert.deepStrictEqual(addresses, []);
}));
dns.promises.lookup('').then(common.mustCall((result) => {
  assert.deepStrictEqual(result, { address: null, family: 4 });
}));
