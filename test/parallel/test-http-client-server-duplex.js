'use strict';
// A client request answered by an http.Server in the same process over an in-memory duplex:
// method, url, headers and a streamed body both ways.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const { duplexPair } = require('stream');

const server = http.createServer(common.mustCall((req, res) => {
  assert.strictEqual(req.method, 'POST');
  assert.strictEqual(req.url, '/path?q=1');
  assert.strictEqual(req.httpVersion, '1.1');
  assert.strictEqual(req.httpVersionMajor, 1);
  assert.strictEqual(req.httpVersionMinor, 1);
  assert.strictEqual(req.headers.host, 'example:8000');
  assert.strictEqual(req.headers['x-custom'], 'yes');
  assert.strictEqual(req.headers['transfer-encoding'], 'chunked');
  assert.ok(req.rawHeaders.includes('X-Custom'));
  assert.strictEqual(req.socket, req.connection);
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', common.mustCall(() => {
    assert.strictEqual(body, 'hello world');
    assert.strictEqual(req.complete, true);
    res.setHeader('Content-Type', 'text/plain');
    res.writeHead(201, 'Made');
    res.write('part1,');
    res.end('part2');
  }));
}));

const req = http.request({
  host: 'example',
  port: 8000,
  method: 'POST',
  path: '/path?q=1',
  headers: { 'X-Custom': 'yes' },
  createConnection() {
    const [client, serverSide] = duplexPair();
    server.emit('connection', serverSide);
    return client;
  },
}, common.mustCall((res) => {
  assert.strictEqual(res.statusCode, 201);
  assert.strictEqual(res.statusMessage, 'Made');
  assert.strictEqual(res.headers['content-type'], 'text/plain');
  assert.strictEqual(res.headers['transfer-encoding'], 'chunked');
  assert.strictEqual(res.headers.connection, 'close');
  let body = '';
  res.on('data', (d) => { body += d; });
  res.on('end', common.mustCall(() => {
    assert.strictEqual(body, 'part1,part2');
  }));
}));
req.write('hello');
req.end(' world');
