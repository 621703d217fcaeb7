'use strict';
// maxConnections: connections beyond the limit are closed and reported by 'drop'.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  socket.resume();
  const second = net.connect(server.address().port, '127.0.0.1');
  second.resume();
  second.on('close', common.mustCall(() => {
    first.end();
    server.close();
  }));
}));
server.maxConnections = 1;
server.on('drop', common.mustCall((data) => {
  assert.strictEqual(data.localAddress, '::ffff:127.0.0.1');
  assert.strictEqual(data.localPort, server.address().port);
  assert.strictEqual(data.localFamily, 'IPv6');
  assert.strictEqual(data.remoteAddress, '::ffff:127.0.0.1');
  assert.strictEqual(typeof data.remotePort, 'number');
  assert.strictEqual(data.remoteFamily, 'IPv6');
}));
let first;
server.listen(0, common.mustCall(() => {
  first = net.connect(server.address().port, '127.0.0.1');
  first.resume();
}));
