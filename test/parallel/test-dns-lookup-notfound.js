'use strict';
// A name that cannot exist fails with Node's getaddrinfo error.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');

function check(err) {
  // ENOTFOUND, or EAI_AGAIN on a machine without any name server.
  assert.ok(err.code === 'ENOTFOUND' || err.code === 'EAI_AGAIN', err.code);
  assert.strictEqual(err.message, `getaddrinfo ${err.code} nonexistent.invalid`);
  assert.strictEqual(err.syscall, 'getaddrinfo');
  assert.strictEqual(err.hostname, 'nonexistent.invalid');
  assert.strictEqual(typeof err.errno, 'number');
  assert.ok(err.errno < 0);
  assert.ok(err instanceof Error);
}

dns.lookup('nonexistent.invalid', common.mustCall((err, address) => {
  check(err);
  assert.strictEqual(address, undefined);
}));
dns.lookup('nonexistent.invalid', { all: true }, common.mustCall(check));
dns.promises.lookup('nonexistent.invalid').then(common.mustNotCall(), common.mustCall(check));
