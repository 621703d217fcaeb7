'use strict';
// CONNECT reaches the server's 'connect' listener with the raw socket and the bytes after the
// head; the client's 'connect' event gets the response, the socket and its head.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustNotCall());
server.on('connect', common.mustCall((req, socket, head) => {
  assert.strictEqual(req.method, 'CONNECT');
  assert.strictEqual(req.url, 'example.com:443');
  socket.write('HTTP/1.1 200 Connection Established\r\n\r\nhello');
  socket.on('data', common.mustCall((d) => {
    assert.strictEqual(d.toString(), 'ping');
    socket.end();
  }));
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const req = http.request({
    port: server.address().port, host: '127.0.0.1', method: 'CONNECT', path: 'example.com:443',
    agent: false,
  });
  req.on('connect', common.mustCall((res, socket, head) => {
    assert.strictEqual(res.statusCode, 200);
    assert.strictEqual(head.toString(), 'hello');
    socket.end('ping');
    socket.on('close', () => server.close());
  }));
  req.end();
}));
