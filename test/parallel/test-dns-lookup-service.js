'use strict';
// dns.lookupService: getnameinfo for a loopback address and port.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const util = require('util');

dns.lookupService('127.0.0.1', 22, common.mustSucceed((hostname, service) => {
  assert.strictEqual(typeof hostname, 'string');
  assert.ok(hostname.length > 0);
  assert.strictEqual(typeof service, 'string');
  assert.ok(service === 'ssh' || service === '22', service);
}));
util.promisify(dns.lookupService)('127.0.0.1', '80').then(common.mustCall((result) => {
  assert.deepStrictEqual(Object.keys(result), ['hostname', 'service']);
}));
dns.promises.lookupService('127.0.0.1', 80).then(common.mustCall((result) => {
  assert.deepStrictEqual(Object.keys(result), ['hostname', 'service']);
}));
