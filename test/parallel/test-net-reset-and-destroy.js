'use strict';
// resetAndDestroy() closes with an RST: the peer sees ECONNRESET.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  socket.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ECONNRESET');
  }));
  socket.on('close', common.mustCall(() => server.close()));
  socket.write('x');
}));
server.listen(0, common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.once('data', common.mustCall(() => {
    const ret = client.resetAndDestroy();
    assert.strictEqual(ret, client);
  }));
  client.on('close', common.mustCall((hadError) => assert.strictEqual(hadError, false)));
  client.on('error', common.mustNotCall());
}));
// Without a handle it reports ERR_SOCKET_CLOSED.
const s = new net.Socket();
s.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ERR_SOCKET_CLOSED')));
s.resetAndDestroy();
