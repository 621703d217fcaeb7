'use strict';
// Resolver construction, setServers/getServers formats and their errors, setLocalAddress.
require('../common');
const assert = require('assert');
const dns = require('dns');

const r = new dns.Resolver();
r.setServers(['1.2.3.4', '[::1]:53', '[::1]:54', '1.2.3.4:5353', '::2', '[fe80::1]']);
assert.deepStrictEqual(r.getServers(),
                       ['1.2.3.4', '::1', '[::1]:54', '1.2.3.4:5353', '::2', 'fe80::1']);
r.setServers([]);
assert.deepStrictEqual(r.getServers(), []);

assert.throws(() => r.setServers('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "servers" argument must be an instance of Array. Received type string (\'x\')',
});
assert.throws(() => r.setServers(['x']), {
  code: 'ERR_INVALID_IP_ADDRESS',
  name: 'TypeError',
  message: 'Invalid IP address: x',
});
assert.throws(() => r.setServers(['1.2.3.4', 5]), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "servers[1]" argument must be of type string. Received type number (5)',
});
// A failed setServers leaves the servers as they were.
r.setServers(['9.9.9.9']);
assert.throws(() => r.setServers(['8.8.8.8', 'bad']), { code: 'ERR_INVALID_IP_ADDRESS' });
assert.deepStrictEqual(r.getServers(), ['9.9.9.9']);

assert.throws(() => new dns.Resolver({ timeout: 'x' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.timeout" property must be of type number. Received type string (\'x\')',
});
assert.throws(() => new dns.Resolver({ timeout: -2 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => new dns.Resolver({ tries: 0 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.tries" is out of range. It must be >= 1 && <= 2147483647. ' +
           'Received 0',
});
assert.throws(() => new dns.Resolver({ maxTimeout: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
new dns.Resolver({ timeout: 100, tries: 2 });

assert.throws(() => r.setLocalAddress(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "ipv4" argument must be of type string. Received type number (5)',
});
assert.throws(() => r.setLocalAddress('x'), {
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'TypeError',
  message: 'Invalid IP address.',
});
assert.throws(() => r.setLocalAddress('1.2.3.4', '1.2.3.4'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: 'Cannot specify two IPv4 addresses.',
});
assert.throws(() => r.setLocalAddress('::1', '::1'), {
  message: 'Cannot specify two IPv6 addresses.',
});
r.setLocalAddress('127.0.0.1');
r.setLocalAddress('127.0.0.1', '::1');
r.setLocalAddress('::1');

assert.throws(() => r.resolve('x', 'Q', () => {}), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'rrtype' is invalid. Received 'Q'",
});
assert.throws(() => r.resolve('x', 5, () => {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "rrtype" argument must be of type string. Received type number (5)',
});
assert.throws(() => r.resolve4(5, () => {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "name" argument must be of type string. Received type number (5)',
});
assert.throws(() => r.resolve4('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received undefined',
});
assert.strictEqual(r.resolve4.name, 'queryA');
assert.strictEqual(dns.resolve4.name, 'bound queryA');
assert.strictEqual(r.reverse.name, 'getHostByAddr');

// dns.setServers replaces the default resolver of both modules; dns.promises.setServers only
// the promise module's.
dns.setServers(['1.2.3.4']);
assert.deepStrictEqual(dns.getServers(), ['1.2.3.4']);
assert.deepStrictEqual(dns.promises.getServers(), ['1.2.3.4']);
dns.promises.setServers(['5.6.7.8']);
assert.deepStrictEqual(dns.promises.getServers(), ['5.6.7.8']);
assert.deepStrictEqual(dns.getServers(), ['1.2.3.4']);
