'use strict';
// connect() argument validation.
require('../common');
const assert = require('assert');
const net = require('net');

assert.throws(() => net.connect({}), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "options" or "port" or "path" argument must be specified',
});
assert.throws(() => net.connect({ port: 65536 }), { code: 'ERR_SOCKET_BAD_PORT' });
assert.throws(() => net.connect({ port: -1 }), { code: 'ERR_SOCKET_BAD_PORT' });
assert.throws(() => net.connect({ port: true }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => net.connect({ port: 80, localAddress: 'nope' }), {
  code: 'ERR_INVALID_IP_ADDRESS',
});
assert.throws(() => net.connect({ port: 80, autoSelectFamily: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
});
assert.throws(() => new net.Socket({ objectMode: true }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => net.createServer(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => net.createServer().listen({ host: 'x' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => net.createServer().listen(65536), { code: 'ERR_SOCKET_BAD_PORT' });
assert.strictEqual(net.isIP('::1'), 6);
assert.strictEqual(net.isIP('127.0.0.1'), 4);
assert.strictEqual(net.isIP('x'), 0);
assert.strictEqual(net.isIPv4('1.2.3.256'), false);
assert.strictEqual(net.isIPv6('fe80::1%eth0'), true);
assert.strictEqual(net.getDefaultAutoSelectFamily(), true);
assert.strictEqual(net.getDefaultAutoSelectFamilyAttemptTimeout(), 250);
net.setDefaultAutoSelectFamilyAttemptTimeout(5);
assert.strictEqual(net.getDefaultAutoSelectFamilyAttemptTimeout(), 10);
assert.throws(() => net.setDefaultAutoSelectFamily(1), { code: 'ERR_INVALID_ARG_TYPE' });
