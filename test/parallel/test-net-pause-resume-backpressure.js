'use strict';
// A large write fills the socket (write() returns false, then 'drain'); a paused reader gets
// every byte, in order, once resumed.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const size = 8 * 1024 * 1024;
const payload = Buffer.alloc(size);
for (let i = 0; i < size; i++) payload[i] = i % 251;

const server = net.createServer(common.mustCall((socket) => {
  socket.pause();
  assert.strictEqual(socket.isPaused(), true);
  const chunks = [];
  let total = 0;
  // Resume once the writer had to wait.
  server.once('writerBlocked', common.mustCall(() => {
    socket.on('data', (d) => {
      chunks.push(d);
      total += d.length;
      // Pause and resume along the way.
      if (chunks.length % 16 === 0) {
        socket.pause();
        setImmediate(() => socket.resume());
      }
    });
    socket.resume();
  }));
  socket.on('end', common.mustCall(() => {
    assert.strictEqual(total, size);
    assert.ok(Buffer.concat(chunks).equals(payload));
    socket.end();
    server.close();
  }));
}));

server.listen(0, common.mustCall(() => {
  const client = net.connect(server.address().port, common.mustCall(() => {
    const ret = client.write(payload);
    assert.strictEqual(ret, false);
    assert.ok(client.writableLength > 0);
    server.emit('writerBlocked');
    client.once('drain', common.mustCall(() => {
      assert.strictEqual(client.bytesWritten, size);
      client.end();
    }));
  }));
  client.resume();
}));
