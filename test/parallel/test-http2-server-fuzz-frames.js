'use strict';
// Robustness: valid preface followed by pseudo-random frames (headers, data, settings, rst,
// window updates, garbage lengths) from a fixed seed. Every session must end, and the
// server keeps serving afterwards; nothing may crash or hang.
const common = require('../common');
const assert = require('assert');
const http2 = require('http2');
const net = require('net');

let seed = 12345;
function rand(n) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}
const preface = Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n');

function frame() {
  const type = rand(12);
  const len = rand(4) === 0 ? rand(70000) : rand(40);
  const flags = rand(256);
  const id = rand(3) === 0 ? 0 : rand(9);
  const payload = Buffer.alloc(Math.min(len, 200));
  for (let i = 0; i < payload.length; i++) payload[i] = rand(256);
  const hd = Buffer.from([len >> 16 & 255, len >> 8 & 255, len & 255, type, flags, 0, 0, 0, id]);
  return Buffer.concat([hd, payload]);
}

const server = http2.createServer((req, res) => res.end('ok'));
server.on('session', (session) => session.on('error', () => {}));
server.on('stream', (stream) => stream.on('error', () => {}));

const ROUNDS = 60;
function round(i) {
  if (i === ROUNDS) {
    // Still serving.
    const client = http2.connect(`http://127.0.0.1:${server.address().port}`);
    const req = client.request();
    req.setEncoding('utf8');
    let body = '';
    req.on('data', (d) => { body += d; });
    req.on('end', common.mustCall(() => {
      assert.strictEqual(body, 'ok');
      client.close();
      server.close();
    }));
    req.end();
    return;
  }
  const parts = [preface];
  const n = 1 + rand(6);
  for (let k = 0; k < n; k++) parts.push(frame());
  const socket = net.connect(server.address().port, '127.0.0.1', () => {
    socket.end(Buffer.concat(parts));
  });
  socket.resume();
  socket.on('error', () => {});
  socket.on('close', () => round(i + 1));
}
server.listen(0, '127.0.0.1', common.mustCall(() => round(0)));
