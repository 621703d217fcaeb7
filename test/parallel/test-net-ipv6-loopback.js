'use strict';
// IPv6: a server on ::1 and a client connecting to it; addresses and families are IPv6.
const common = require('../common');
if (!common.hasIPv6) common.skip('no IPv6');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  assert.strictEqual(socket.remoteAddress, '::1');
  assert.strictEqual(socket.remoteFamily, 'IPv6');
  assert.strictEqual(socket.localAddress, '::1');
  socket.end();
}));

server.listen(0, '::1', common.mustCall(() => {
  const addr = server.address();
  assert.strictEqual(addr.address, '::1');
  assert.strictEqual(addr.family, 'IPv6');
  const client = net.connect({ port: addr.port, host: '::1' }, common.mustCall(() => {
    assert.strictEqual(client.remoteAddress, '::1');
    assert.strictEqual(client.remoteFamily, 'IPv6');
    assert.strictEqual(client.remotePort, addr.port);
  }));
  client.resume();
  client.on('close', common.mustCall(() => server.close()));
}));
