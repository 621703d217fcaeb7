'use strict';
// dns.lookup of 'localhost' and IP literals: callback shapes for one and all
// addresses, family selection and the IP-literal shortcut.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const util = require('util');

dns.lookup('localhost', { family: 4 }, common.mustSucceed((address, family) => {
  assert.strictEqual(address, '127.0.0.1');
  assert.strictEqual(family, 4);
}));

dns.lookup('localhost', { family: 'IPv4', all: true }, common.mustSucceed((addresses) => {
  assert.ok(Array.isArray(addresses));
  assert.ok(addresses.length >= 1);
  for (const a of addresses) assert.deepStrictEqual(a, { address: '127.0.0.1', family: 4 });
}));

dns.lookup('localhost', common.mustSucceed((address, family) => {
  assert.ok(family === 4 || family === 6);
  assert.strictEqual(typeof address, 'string');
}));

dns.lookup('localhost', { all: true, order: 'ipv4first' }, common.mustSucceed((addresses) => {
  let seenV6 = false;
  for (const { family } of addresses) {
    if (family === 6) seenV6 = true;
    else assert.strictEqual(seenV6, false, 'IPv4 addresses come first');
  }
}));

// IP literals answer without a query, on a later tick.
let sync = true;
dns.lookup('127.0.0.1', common.mustSucceed((address, family) => {
  assert.strictEqual(sync, false);
  assert.strictEqual(address, '127.0.0.1');
  assert.strictEqual(family, 4);
}));
dns.lookup('::1', { all: true }, common.mustSucceed((addresses) => {
  assert.deepStrictEqual(addresses, [{ address: '::1', family: 6 }]);
}));
dns.lookup('10.0.0.1', 6, common.mustSucceed((address, family) => {
  assert.strictEqual(address, '10.0.0.1');
  assert.strictEqual(family, 4);
}));
sync = false;

// util.promisify names the two results.
util.promisify(dns.lookup)('127.0.0.1').then(common.mustCall((result) => {
  assert.deepStrictEqual(result, { address: '127.0.0.1', family: 4 });
}));

dns.promises.lookup('localhost', { family: 4 }).then(common.mustCall((result) => {
  assert.deepStrictEqual(result, { address: '127.0.0.1', family: 4 });
}));
dns.promises.lookup('localhost', { family: 4, all: true }).then(common.mustCall((result) => {
  assert.deepStrictEqual(result[0], { address: '127.0.0.1', family: 4 });
}));
require('dns/promises').lookup('::1').then(common.mustCall((result) => {
  assert.deepStrictEqual(result, { address: '::1', family: 6 });
}));
assert.strictEqual(dns.promises, require('dns/promises'));
