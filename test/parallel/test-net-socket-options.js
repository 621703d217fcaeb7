'use strict';
// setNoDelay/setKeepAlive before and after connecting, ref/unref, and the noDelay/keepAlive
// options of sockets and servers.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer({ noDelay: true, keepAlive: true, keepAliveInitialDelay: 1000 },
                                common.mustCall((socket) => {
                                  socket.resume();
                                  socket.on('end', () => socket.end());
                                }));
server.listen(0, common.mustCall(() => {
  const client = new net.Socket({ noDelay: true, keepAlive: true });
  assert.strictEqual(client.setNoDelay(), client);
  assert.strictEqual(client.setKeepAlive(true, 500), client);
  assert.strictEqual(client.ref(), client);
  client.connect(server.address().port, common.mustCall(() => {
    assert.strictEqual(client.setNoDelay(false), client);
    assert.strictEqual(client.setNoDelay(true), client);
    assert.strictEqual(client.setKeepAlive(false), client);
    assert.strictEqual(client.setKeepAlive(true, 2000), client);
    assert.strictEqual(client.unref(), client);
    assert.strictEqual(client.ref(), client);
    client.end();
  }));
  client.resume();
  client.on('close', common.mustCall(() => server.close()));
}));
