'use strict';
// IncomingMessage headers: lower-cased names, Node's rules for repeated fields, headersDistinct,
// rawHeaders, trailers.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const { duplexPair } = require('stream');

function check(options, request, verify) {
  const server = http.createServer(options, common.mustCall((req, res) => {
    req.resume();
    req.on('end', common.mustCall(() => {
      verify(req);
      res.end();
    }));
  }));
  const [client, serverSide] = duplexPair();
  server.emit('connection', serverSide);
  client.resume();
  client.write(request);
}

check({}, 'GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\nCookie: x=1\r\nCookie: y=2\r\n' +
  'Set-Cookie: s1\r\nSet-Cookie: s2\r\nAccept: text/html\r\nAccept: text/plain\r\n' +
  'Content-Type: one\r\nContent-Type: two\r\nX-Custom: 1\r\nx-custom: 2\r\n\r\n', (req) => {
  assert.deepStrictEqual(req.headers, {
    'host': 'a',
    'cookie': 'x=1; y=2',
    'set-cookie': ['s1', 's2'],
    'accept': 'text/html, text/plain',
    'content-type': 'one',
    'x-custom': '1, 2',
  });
  assert.deepStrictEqual(req.headersDistinct, {
    '__proto__': null,
    'host': ['a', 'b'],
    'cookie': ['x=1', 'y=2'],
    'set-cookie': ['s1', 's2'],
    'accept': ['text/html', 'text/plain'],
    'content-type': ['one', 'two'],
    'x-custom': ['1', '2'],
  });
  assert.deepStrictEqual(req.rawHeaders, [
    'Host', 'a', 'Host', 'b', 'Cookie', 'x=1', 'Cookie', 'y=2', 'Set-Cookie', 's1',
    'Set-Cookie', 's2', 'Accept', 'text/html', 'Accept', 'text/plain', 'Content-Type', 'one',
    'Content-Type', 'two', 'X-Custom', '1', 'x-custom', '2',
  ]);
  assert.deepStrictEqual(req.trailers, {});
  assert.deepStrictEqual(req.rawTrailers, []);
});

check({ joinDuplicateHeaders: true },
      'GET / HTTP/1.1\r\nHost: a\r\nContent-Type: one\r\nContent-Type: two\r\n\r\n', (req) => {
        assert.strictEqual(req.headers['content-type'], 'one, two');
        assert.strictEqual(req.headers.host, 'a');
      });

check({}, 'POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nTrailer: X-T\r\n\r\n' +
  '1\r\nz\r\n0\r\nX-T: 1\r\nx-t: 2\r\n\r\n', (req) => {
  assert.deepStrictEqual(req.trailers, { 'x-t': '1, 2' });
  assert.deepStrictEqual(req.trailersDistinct, { '__proto__': null, 'x-t': ['1', '2'] });
  assert.deepStrictEqual(req.rawTrailers, ['X-T', '1', 'x-t', '2']);
});
