'use strict';
// reusePort: two servers share a port when both ask for it; without the flag the port is in
// use. ipv6Only without a host binds '::' only, leaving IPv4 free.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const a = net.createServer().listen({ port: 0, host: '127.0.0.1', reusePort: true }, common.mustCall(() => {
  const { port } = a.address();
  const b = net.createServer().listen({ port, host: '127.0.0.1', reusePort: true }, common.mustCall(() => {
    assert.strictEqual(b.address().port, port);
    net.createServer().listen({ port, host: '127.0.0.1' }).on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'EADDRINUSE');
      a.close();
      b.close();
    }));
  }));
}));

if (common.hasIPv6) {
  const v6 = net.createServer().listen({ port: 0, ipv6Only: true }, common.mustCall(() => {
    assert.strictEqual(v6.address().address, '::');
    const v4 = net.createServer().listen({ port: v6.address().port, host: '0.0.0.0' }, common.mustCall(() => {
      v4.close();
      v6.close();
    }));
  }));
}
