'use strict';
// dgram over IPv6 loopback (skipped without IPv6).
const common = require('../common');
if (!common.hasIPv6) common.skip('no IPv6');
const assert = require('assert');
const dgram = require('dgram');

const server = dgram.createSocket({ type: 'udp6', ipv6Only: true });
server.on('error', (err) => {
  if (err.code === 'EADDRNOTAVAIL') {
    common.printSkipMessage('::1 is not usable');
    server.close();
    return;
  }
  throw err;
});
server.bind(0, '::1', common.mustCall(() => {
  const addr = server.address();
  assert.strictEqual(addr.address, '::1');
  assert.strictEqual(addr.family, 'IPv6');
  const client = dgram.createSocket('udp6');
  server.on('message', common.mustCall((msg, rinfo) => {
    assert.strictEqual(msg.toString(), 'six');
    assert.strictEqual(rinfo.family, 'IPv6');
    assert.strictEqual(rinfo.address, '::1');
    client.close();
    server.close();
  }));
  client.send('six', addr.port, common.mustSucceed());  // default ::1
}));
