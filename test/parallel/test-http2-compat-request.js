'use strict';
// The compatibility API: 'request' with Http2ServerRequest/Http2ServerResponse behaving like
// http's req/res (method, url, headers, body streaming, setHeader, writeHead, end).
const common = require('../common');
const assert = require('assert');
const http2 = require('http2');

const server = http2.createServer(common.mustCall((req, res) => {
  assert(req instanceof http2.Http2ServerRequest);
  assert(res instanceof http2.Http2ServerResponse);
  assert.strictEqual(req.method, 'PUT');
  assert.strictEqual(req.url, '/path?q=2');
  assert.strictEqual(req.httpVersion, '2.0');
  assert.strictEqual(req.headers['content-type'], 'application/json');
  assert.strictEqual(req.authority, `localhost:${server.address().port}`);
  assert.strictEqual(req.scheme, 'http');
  assert.strictEqual(res.statusCode, 200);
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', common.mustCall(() => {
    assert.strictEqual(req.complete, true);
    const body = JSON.parse(Buffer.concat(chunks));
    res.setHeader('X-Echo', body.v);
    assert.strictEqual(res.getHeader('x-echo'), 42);
    assert.strictEqual(res.hasHeader('X-ECHO'), true);
    assert.strictEqual(res.headersSent, false);
    res.writeHead(202, { 'content-type': 'text/plain' });
    assert.strictEqual(res.headersSent, true);
    assert.throws(() => res.setHeader('a', 'b'), { code: 'ERR_HTTP2_HEADERS_SENT' });
    res.write('a');
    res.end('b', common.mustCall());
  }));
  res.on('finish', common.mustCall());
  res.on('close', common.mustCall());
}));

server.listen(0, common.mustCall(() => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request({ ':method': 'PUT', ':path': '/path?q=2', 'content-type': 'application/json' });
  req.on('response', common.mustCall((headers) => {
    assert.strictEqual(headers[':status'], 202);
    assert.strictEqual(headers['x-echo'], '42');
    assert.strictEqual(headers['content-type'], 'text/plain');
  }));
  let data = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { data += d; });
  req.on('end', common.mustCall(() => {
    assert.strictEqual(data, 'ab');
    client.close();
    server.close();
  }));
  req.end(JSON.stringify({ v: 42 }));
}));
