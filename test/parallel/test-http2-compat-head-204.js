'use strict';
// The compatibility API on bodiless responses: HEAD gets headers only (the body written by the
// handler is dropped), 204 ends at the headers, writeHead with a raw header array, and
// Expect: 100-continue answered before 'request'.
const common = require('../common');
const assert = require('assert');
const http2 = require('http2');

const server = http2.createServer((req, res) => {
  if (req.url === '/204') {
    res.statusCode = 204;
    res.end();
  } else if (req.url === '/raw') {
    res.writeHead(200, ['x-a', '1', 'x-b', '2']);
    res.end('raw');
  } else {
    res.setHeader('content-type', 'text/plain');
    res.end('body');
  }
});

function get(client, headers) {
  return new Promise((resolve) => {
    const req = client.request(headers);
    let res;
    const info = [];
    let body = '';
    req.on('continue', () => info.push('continue'));
    req.on('response', (h) => { res = h; });
    req.setEncoding('utf8');
    req.on('data', (d) => { body += d; });
    req.on('end', () => resolve({ res, body, info }));
    if (headers[':method'] === 'POST') req.end('data');
  });
}

server.listen(0, common.mustCall(async () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  let r = await get(client, { ':method': 'HEAD', ':path': '/' });
  assert.strictEqual(r.res[':status'], 200);
  assert.strictEqual(r.res['content-type'], 'text/plain');
  assert.strictEqual(r.body, '');
  r = await get(client, { ':path': '/204' });
  assert.strictEqual(r.res[':status'], 204);
  assert.strictEqual(r.body, '');
  r = await get(client, { ':path': '/raw' });
  assert.strictEqual(r.res['x-a'], '1');
  assert.strictEqual(r.res['x-b'], '2');
  assert.strictEqual(r.body, 'raw');
  r = await get(client, { ':path': '/', ':method': 'POST', 'expect': '100-continue' });
  assert.deepStrictEqual(r.info, ['continue']);
  assert.strictEqual(r.res[':status'], 200);
  assert.strictEqual(r.body, 'body');
  client.close();
  server.close();
}));
