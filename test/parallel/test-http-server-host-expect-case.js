'use strict';
// The server's Host and Expect checks match the header names in any case, and a missing Host
// on HTTP/1.1 gets node's 400, whether or not the handler ever reads req.headers.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => {
  res.end(req.url);
}, 2));
server.on('checkContinue', common.mustCall((req, res) => {
  assert.strictEqual(req.headers.expect, '100-continue');
  res.writeContinue();
  res.end('continued');
}));

function send(raw) {
  return new Promise((resolve) => {
    const c = net.connect(server.address().port, '127.0.0.1', () => c.end(raw));
    let out = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { out += d; });
    c.on('close', () => resolve(out));
  });
}

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  let out = await send('GET /mixed HTTP/1.1\r\nhOsT: a\r\nConnection: close\r\n\r\n');
  assert.match(out, /^HTTP\/1\.1 200 OK\r\n/);
  assert.match(out, /\r\n\r\n\/mixed$/);
  out = await send('GET /none HTTP/1.1\r\nX-Host: a\r\nConnection: close\r\n\r\n');
  assert.match(out, /^HTTP\/1\.1 400 Bad Request\r\n/);
  out = await send('POST /e HTTP/1.1\r\nHOST: a\r\nEXPECT: 100-continue\r\nContent-Length: 0\r\n' +
                   'Connection: close\r\n\r\n');
  assert.match(out, /^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 200 OK\r\n/);
  assert.match(out, /continued$/);
  out = await send('GET /old HTTP/1.0\r\n\r\n');
  assert.match(out, /^HTTP\/1\.1 200 OK\r\n/);
  server.close();
}));
