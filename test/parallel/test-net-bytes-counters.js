'use strict';
// bytesWritten counts what was queued before the connection was up, bytesRead what arrived;
// both stay readable after the socket is destroyed.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  socket.resume();
  socket.on('end', () => socket.end('abc'));
}));
server.listen(0, common.mustCall(() => {
  const client = net.connect(server.address().port);
  client.write('12345');
  client.write(Buffer.from('678'));
  client.write('\u00e9', 'utf8');
  assert.strictEqual(client.bytesWritten, 10);
  assert.strictEqual(client.bytesRead, 0);
  client.end();
  client.resume();
  client.on('close', common.mustCall(() => {
    assert.strictEqual(client.bytesWritten, 10);
    assert.strictEqual(client.bytesRead, 3);
    server.close();
  }));
}));
