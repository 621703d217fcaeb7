'use strict';
// WebSocket over TLS (wss:, also reached as http.WebSocket) with frames longer than 65535 bytes
// both ways (64-bit lengths), received as ArrayBuffers.
const common = require('../common');
const assert = require('assert');
const https = require('https');
const http = require('http');
const crypto = require('crypto');
const fixtures = require('../common/fixtures');

assert.strictEqual(http.WebSocket, globalThis.WebSocket);

function serverFrame(opcode, payload) {
  const head = Buffer.alloc(10);
  head[0] = 0x80 | opcode;
  head[1] = 127;
  head.writeUInt32BE(0, 2);
  head.writeUInt32BE(payload.length, 6);
  return Buffer.concat([head, payload]);
}

const big = crypto.randomBytes(200000);
const server = https.createServer({
  key: fixtures.readSync('tls/server-key.pem'),
  cert: fixtures.readSync('tls/server-cert.pem'),
});
server.on('upgrade', common.mustCall((req, socket) => {
  const accept = crypto.createHash('sha1')
    .update(`${req.headers['sec-websocket-key']}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`)
    .digest('base64');
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n' +
               `Connection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
  socket.write(serverFrame(2, big));
  let received = Buffer.alloc(0);
  socket.on('data', (chunk) => {
    received = Buffer.concat([received, chunk]);
    if (received.length < 14) return;
    assert.strictEqual(received[0], 0x82);
    assert.strictEqual(received[1], 0x80 | 127);  // masked, 64-bit length
    const length = received.readUInt32BE(6);
    if (received.length < 14 + length) return;
    const mask = received.subarray(10, 14);
    const data = Buffer.from(received.subarray(14, 14 + length));
    for (let i = 0; i < data.length; i++) data[i] ^= mask[i & 3];
    assert.deepStrictEqual(data, big.subarray(0, 100000));
    socket.end(Buffer.from([0x88, 2, 0x03, 0xe8]));
  });
}));

server.listen(0, common.mustCall(() => {
  // The fixture certificate is not in the system store.
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
  const ws = new http.WebSocket(`wss://localhost:${server.address().port}/`);
  ws.binaryType = 'arraybuffer';
  ws.onmessage = common.mustCall((event) => {
    assert.ok(event.data instanceof ArrayBuffer);
    assert.deepStrictEqual(Buffer.from(event.data), big);
    ws.send(big.subarray(0, 100000));
  });
  ws.onclose = common.mustCall((event) => {
    assert.strictEqual(event.code, 1000);
    assert.strictEqual(event.wasClean, true);
    server.close();
  });
}));
