'use strict';
// The node:http calls Express makes: request/response prototypes swapped for subclasses of
// IncomingMessage/ServerResponse, setHeader/getHeader/writeHead/end, req.headers, reading the body
// with 'data'/'end', a file piped into the response, and the same through a real TCP socket.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const http = require('http');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = path.join(tmpdir.path, 'static.txt');
const content = 'static file content\n'.repeat(1000);
fs.writeFileSync(file, content);

// Like express: app.request/app.response inherit from node's prototypes.
const appRequest = Object.create(http.IncomingMessage.prototype);
appRequest.get = function get(name) { return this.headers[name.toLowerCase()]; };
const appResponse = Object.create(http.ServerResponse.prototype);
appResponse.status = function status(code) { this.statusCode = code; return this; };
appResponse.set = function set(field, val) { this.setHeader(field, val); return this; };
appResponse.json = function json(obj) {
  const body = JSON.stringify(obj);
  if (!this.getHeader('Content-Type')) this.setHeader('Content-Type', 'application/json; charset=utf-8');
  this.setHeader('Content-Length', Buffer.byteLength(body));
  this.end(body);
};

const server = http.createServer(common.mustCall((req, res) => {
  Object.setPrototypeOf(req, appRequest);
  Object.setPrototypeOf(res, appResponse);
  res.setHeader('X-Powered-By', 'Express');
  assert.strictEqual(res.getHeader('x-powered-by'), 'Express');
  assert.strictEqual(typeof req.socket.remoteAddress, 'string');
  if (req.url === '/json') {
    assert.strictEqual(req.get('Accept'), 'application/json');
    res.status(201).json({ ok: true });
  } else if (req.url === '/echo') {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', common.mustCall(() => {
      const body = Buffer.concat(chunks).toString();
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end(`${req.method} ${req.headers['content-type']} ${body}`);
    }));
  } else if (req.url === '/file') {
    fs.stat(file, common.mustSucceed((st) => {
      res.setHeader('Content-Length', st.size);
      res.setHeader('Content-Type', 'text/plain; charset=UTF-8');
      fs.createReadStream(file).pipe(res);
    }));
  } else {
    res.statusCode = 404;
    res.end('Cannot GET ' + req.url);
  }
}, 4));

function get(port, reqPath, options, body) {
  return new Promise((resolve, reject) => {
    const req = http.request({ port, host: '127.0.0.1', path: reqPath, ...options }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ res, body: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const { port } = server.address();
  let r = await get(port, '/json', { headers: { Accept: 'application/json' } });
  assert.strictEqual(r.res.statusCode, 201);
  assert.strictEqual(r.res.headers['content-type'], 'application/json; charset=utf-8');
  assert.strictEqual(r.res.headers['x-powered-by'], 'Express');
  assert.deepStrictEqual(JSON.parse(r.body), { ok: true });

  r = await get(port, '/echo', { method: 'POST', headers: { 'Content-Type': 'text/plain' } }, 'hi there');
  assert.strictEqual(r.body, 'POST text/plain hi there');

  r = await get(port, '/file', {});
  assert.strictEqual(r.res.headers['content-length'], String(content.length));
  assert.strictEqual(r.body, content);

  r = await get(port, '/missing', {});
  assert.strictEqual(r.res.statusCode, 404);
  assert.strictEqual(r.body, 'Cannot GET /missing');
  server.close();
  http.globalAgent.destroy();
}));
