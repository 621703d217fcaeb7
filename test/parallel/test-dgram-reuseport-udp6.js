'use strict';
// reusePort on udp6 sockets, and reusePort with ipv6Only.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

const a = dgram.createSocket({ type: 'udp6', reusePort: true, ipv6Only: true });
a.on('error', (err) => {
  if (err.code === 'EADDRNOTAVAIL' || err.code === 'EAFNOSUPPORT') {
    common.skip('no IPv6 loopback');
  }
  throw err;
});
a.bind(0, '::1', common.mustCall(() => {
  const { port } = a.address();
  const b = dgram.createSocket({ type: 'udp6', reusePort: true, ipv6Only: true });
  b.bind(port, '::1', common.mustCall(() => {
    assert.strictEqual(b.address().port, port);
    assert.strictEqual(b.address().family, 'IPv6');
    a.close();
    b.close();
  }));
}));
