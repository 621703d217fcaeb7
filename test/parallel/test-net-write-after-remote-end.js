'use strict';
// Without allowHalfOpen, a socket ends its side when the peer ends; a later write fails with
// EPIPE 'This socket has been ended by the other party'.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  socket.resume();
  socket.on('end', common.mustCall(() => setImmediate(() => {
    assert.strictEqual(socket.writableEnded, true);
    const ret = socket.write('late', common.mustCall((err) => {
      assert.strictEqual(err.code, 'EPIPE');
      assert.strictEqual(err.message, 'This socket has been ended by the other party');
    }));
    assert.strictEqual(ret, false);
  })));
  socket.on('close', common.mustCall(() => server.close()));
}));
server.listen(0, common.mustCall(() => {
  const client = net.connect(server.address().port, common.mustCall(() => client.end()));
  client.resume();
}));
