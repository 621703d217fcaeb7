'use strict';
// Malformed input on a raw socket to an h2c server: a bad preface, a frame of the wrong size and
// DATA on stream 0 end the session with node's ERR_HTTP2_ERROR (and a GOAWAY to the peer); a
// truncated frame followed by the end of the connection closes it quietly. No stream is made.
const common = require('../common');
const assert = require('assert');
const http2 = require('http2');
const net = require('net');

const preface = Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n');
const emptySettings = Buffer.from([0, 0, 0, 4, 0, 0, 0, 0, 0]);
const cases = [
  ['bad magic', Buffer.from('GET / HTTP/1.1\r\nHost: x\r\n\r\n'), -903,
   'Received bad client magic byte string'],
  ['settings length', Buffer.concat([preface, emptySettings,
                                     Buffer.from([0, 0, 5, 4, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5])]),
   -505, 'Protocol error'],
  ['data on stream 0', Buffer.concat([preface, emptySettings,
                                      Buffer.from([0, 0, 2, 0, 0, 0, 0, 0, 0, 1, 2])]),
   -505, 'Protocol error'],
  ['truncated', Buffer.concat([preface, Buffer.from([0, 0, 6, 4, 0, 0, 0, 0, 0, 0, 3])])],
];

const server = http2.createServer();
server.on('stream', common.mustNotCall());

function run(i) {
  if (i === cases.length) return server.close();
  const [name, bytes, errno, message] = cases[i];
  server.once('session', common.mustCall((session) => {
    if (errno !== undefined) {
      session.on('error', common.mustCall((err) => {
        assert.strictEqual(err.code, 'ERR_HTTP2_ERROR', name);
        assert.strictEqual(err.errno, errno, name);
        assert.strictEqual(err.message, message, name);
      }));
    } else {
      session.on('error', common.mustNotCall(name));
    }
    session.on('close', common.mustCall());
  }));
  const socket = net.connect(server.address().port, () => {
    socket.write(bytes);
    if (errno === undefined) socket.end();
  });
  let got = Buffer.alloc(0);
  socket.on('data', (d) => { got = Buffer.concat([got, d]); });
  socket.on('error', () => {});
  socket.on('close', common.mustCall(() => {
    // The server's SETTINGS came first; an error ends with a GOAWAY frame.
    assert.strictEqual(got[3], 4, name);
    if (errno !== undefined) assert(got.includes(Buffer.from([0, 0, 8, 7])) || got.includes(7), name);
    run(i + 1);
  }));
}

server.listen(0, common.mustCall(() => run(0)));
