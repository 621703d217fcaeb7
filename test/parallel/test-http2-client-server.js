'use strict';
// An h2c server and client in one process: request headers, response headers, a body each way,
// trailers with waitForTrailers, and the session closing afterwards.
const common = require('../common');
const assert = require('assert');
const http2 = require('http2');

const server = http2.createServer();
server.on('session', common.mustCall((session) => {
  assert.strictEqual(session.alpnProtocol, 'h2c');
  assert.strictEqual(session.encrypted, false);
}));
server.on('stream', common.mustCall((stream, headers, flags, rawHeaders) => {
  assert.strictEqual(headers[':method'], 'POST');
  assert.strictEqual(headers[':path'], '/echo?x=1');
  assert.strictEqual(headers[':scheme'], 'http');
  assert.strictEqual(headers['x-foo'], 'a, b');
  assert.deepStrictEqual(headers['set-cookie'], ['c=1']);
  assert.strictEqual(Object.getPrototypeOf(headers), null);
  assert(Array.isArray(rawHeaders));
  assert.strictEqual(typeof flags, 'number');
  assert.strictEqual(stream.id, 1);
  let body = '';
  stream.setEncoding('utf8');
  stream.on('data', (d) => { body += d; });
  stream.on('end', common.mustCall(() => {
    assert.strictEqual(body, 'hello world');
    stream.respond({ ':status': 201, 'content-type': 'text/plain', 'x-bar': ['1', '2'] },
                   { waitForTrailers: true });
    stream.on('wantTrailers', common.mustCall(() => {
      stream.sendTrailers({ 'x-trailer': 'done' });
    }));
    stream.write('got ');
    stream.end(body.toUpperCase());
  }));
  stream.on('close', common.mustCall(() => {
    assert.strictEqual(stream.rstCode, http2.constants.NGHTTP2_NO_ERROR);
  }));
}));

server.listen(0, common.mustCall(() => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('connect', common.mustCall((session, socket) => {
    assert.strictEqual(session, client);
  }));
  const req = client.request({
    ':method': 'POST', ':path': '/echo?x=1', 'x-foo': ['a', 'b'], 'set-cookie': 'c=1',
  });
  req.on('response', common.mustCall((headers, flags) => {
    assert.strictEqual(headers[':status'], 201);
    assert.strictEqual(headers['content-type'], 'text/plain');
    assert.strictEqual(headers['x-bar'], '1, 2');
    assert.strictEqual(typeof headers.date, 'string');
  }));
  req.on('trailers', common.mustCall((trailers) => {
    assert.strictEqual(trailers['x-trailer'], 'done');
  }));
  let data = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { data += d; });
  req.on('end', common.mustCall(() => {
    assert.strictEqual(data, 'got HELLO WORLD');
  }));
  req.on('close', common.mustCall(() => {
    client.close(common.mustCall(() => server.close()));
  }));
  req.write('hello ');
  req.end('world');
}));
