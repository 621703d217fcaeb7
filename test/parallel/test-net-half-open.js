'use strict';
// allowHalfOpen: after the client ends, the server still writes; the client reads it, then
// both sides close.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer({ allowHalfOpen: true }, common.mustCall((socket) => {
  let received = '';
  socket.setEncoding('utf8');
  socket.on('data', (d) => received += d);
  socket.on('end', common.mustCall(() => {
    assert.strictEqual(received, 'request');
    assert.strictEqual(socket.writable, true);
    assert.strictEqual(socket.readyState, 'writeOnly');
    socket.write('response ');
    setImmediate(() => socket.end('done'));
  }));
  socket.on('close', common.mustCall(() => server.close()));
}));

server.listen(0, common.mustCall(() => {
  const client = net.connect({ port: server.address().port, allowHalfOpen: true });
  let reply = '';
  client.setEncoding('utf8');
  client.on('connect', common.mustCall(() => {
    client.end('request');
  }));
  client.on('finish', common.mustCall(() => {
    assert.strictEqual(client.readyState, 'readOnly');
  }));
  client.on('data', (d) => reply += d);
  client.on('end', common.mustCall(() => {
    assert.strictEqual(reply, 'response done');
  }));
  client.on('close', common.mustCall());
}));
