'use strict';
// dns.setDefaultResultOrder/getDefaultResultOrder, shared by the promise API.
require('../common');
const assert = require('assert');
const dns = require('dns');

assert.strictEqual(dns.getDefaultResultOrder(), 'verbatim');
dns.setDefaultResultOrder('ipv4first');
assert.strictEqual(dns.getDefaultResultOrder(), 'ipv4first');
assert.strictEqual(dns.promises.getDefaultResultOrder(), 'ipv4first');
dns.promises.setDefaultResultOrder('ipv6first');
assert.strictEqual(dns.getDefaultResultOrder(), 'ipv6first');
for (const bad of ['x', 4, undefined]) {
  assert.throws(() => dns.setDefaultResultOrder(bad), {
    code: 'ERR_INVALID_ARG_VALUE',
    name: 'TypeError',
  });
}
assert.throws(() => dns.setDefaultResultOrder('x'), {
  message: "The argument 'dnsOrder' must be one of: 'verbatim', 'ipv4first', 'ipv6first'. " +
           "Received 'x'",
});
assert.strictEqual(dns.getDefaultResultOrder(), 'ipv6first');
assert.strictEqual(typeof dns.ADDRCONFIG, 'number');
assert.strictEqual(typeof dns.V4MAPPED, 'number');
assert.strictEqual(typeof dns.ALL, 'number');
assert.strictEqual(dns.NOTFOUND, 'ENOTFOUND');
assert.strictEqual(dns.CANCELLED, 'ECANCELLED');
