'use strict';
// Request-smuggling vectors over real TCP: each one ends in 'clientError' with Node's parser error
// code. Two are found only after the headers (an invalid Transfer-Encoding, a bad chunk size),
// so those requests reach the request listener first, as in Node.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const vectors = [
  ['CL.TE', 'POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 6\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nG',
   'HPE_INVALID_TRANSFER_ENCODING'],
  ['TE.CL', 'POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nContent-Length: 6\r\n\r\n0\r\n\r\nG',
   'HPE_INVALID_CONTENT_LENGTH'],
  ['xchunked', 'POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: xchunked\r\n\r\n0\r\n\r\n',
   'HPE_INVALID_TRANSFER_ENCODING'],
  ['space before colon', 'POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding : chunked\r\n\r\n0\r\n\r\n',
   'HPE_INVALID_HEADER_TOKEN'],
  ['chunked, identity', 'POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked, identity\r\n\r\n0\r\n\r\n',
   'HPE_INVALID_TRANSFER_ENCODING'],
  ['duplicate CL', 'POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab',
   'HPE_UNEXPECTED_CONTENT_LENGTH'],
  ['plus CL', 'POST / HTTP/1.1\r\nHost: a\r\nContent-Length: +1\r\n\r\na', 'HPE_INVALID_CONTENT_LENGTH'],
  ['chunk size 0x1', 'POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n0x1\r\na\r\n0\r\n\r\n',
   'HPE_INVALID_CHUNK_SIZE'],
  ['obs-fold', 'GET / HTTP/1.1\r\nHost: a\r\nX: a\r\n b\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN'],
  ['bare LF', 'GET / HTTP/1.1\nHost: a\n\n', 'HPE_INVALID_VERSION'],
  ['NUL in value', 'GET / HTTP/1.1\r\nHost: a\0b\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN'],
  ['oversized headers', `GET / HTTP/1.1\r\nHost: a\r\nX: ${'x'.repeat(20000)}\r\n\r\n`,
   'HPE_HEADER_OVERFLOW'],
];

const server = http.createServer(common.mustCall((req) => {
  assert.match(req.headers['transfer-encoding'], /^x?chunked$/);
}, 2));
const seen = [];
server.on('clientError', common.mustCall((err, socket) => {
  seen.push(err.code);
  assert.strictEqual(err.message, `Parse Error: ${err.reason}`);
  assert.strictEqual(typeof err.bytesParsed, 'number');
  socket.destroy();
}, vectors.length));

server.listen(0, common.mustCall(() => {
  let i = 0;
  const next = () => {
    if (i === vectors.length) {
      assert.deepStrictEqual(seen, vectors.map((v) => v[2]));
      server.close();
      return;
    }
    const [name, request] = vectors[i++];
    const c = net.connect(server.address().port, () => c.end(request));
    c.resume();
    c.on('error', () => {});  // the server may reset before everything is written
    c.on('close', common.mustCall(() => next(), 1), name);
  };
  next();
}));
