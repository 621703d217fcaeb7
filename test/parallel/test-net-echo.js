'use strict';
// An echo server over TCP: data both ways, half-close, byte counters, addresses.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  assert.strictEqual(socket.remoteAddress, '::ffff:127.0.0.1');
  assert.strictEqual(socket.remoteFamily, 'IPv6');
  socket.pipe(socket);
  socket.on('close', common.mustCall(() => server.close()));
}));

server.listen(0, common.mustCall(() => {
  const { port, address, family } = server.address();
  assert.strictEqual(address, '::');
  assert.strictEqual(family, 'IPv6');
  const client = net.connect(port, '127.0.0.1');
  assert.strictEqual(client.readyState, 'opening');
  assert.strictEqual(client.connecting, true);
  assert.strictEqual(client.pending, true);
  const chunks = [];
  client.on('connect', common.mustCall(() => {
    assert.strictEqual(client.readyState, 'open');
    assert.strictEqual(client.remotePort, port);
    assert.strictEqual(client.remoteAddress, '127.0.0.1');
    assert.strictEqual(client.localAddress, '127.0.0.1');
    assert.strictEqual(typeof client.localPort, 'number');
    client.write('hello ');
    client.end(Buffer.from('world'));
  }));
  client.on('data', (d) => chunks.push(d));
  client.on('end', common.mustCall(() => {
    assert.strictEqual(Buffer.concat(chunks).toString(), 'hello world');
  }));
  client.on('close', common.mustCall((hadError) => {
    assert.strictEqual(hadError, false);
    assert.strictEqual(client.bytesRead, 11);
    assert.strictEqual(client.bytesWritten, 11);
    assert.strictEqual(client.readyState, 'closed');
  }));
}));
