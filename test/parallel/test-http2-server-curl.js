'use strict';
// curl --http2-prior-knowledge against an h2c server: a GET with response headers and a POST
// whose body the server echoes through the compatibility API.
const common = require('../common');
const assert = require('assert');
const http2 = require('http2');
const { execFile } = require('child_process');

const server = http2.createServer((req, res) => {
  let n = 0;
  req.on('data', (d) => { n += d.length; });
  req.on('end', () => {
    res.setHeader('x-method', req.method);
    res.end(`${req.method} ${req.url} ${n} bytes over ${req.httpVersion}\n`);
  });
});
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const url = `http://127.0.0.1:${server.address().port}/hello?x=1`;
  execFile('curl', ['-s', '-i', '--http2-prior-knowledge', url], common.mustCall((err, out) => {
    if (err && err.code === 'ENOENT') return common.skip('no curl');
    assert.ifError(err);
    assert.match(out, /^HTTP\/2 200/);
    assert.match(out, /x-method: GET/);
    assert.match(out, /GET \/hello\?x=1 0 bytes over 2\.0\n$/);
    execFile('curl', ['-s', '--http2-prior-knowledge', '--data-binary', 'x'.repeat(100000), url],
             common.mustCall((err, out) => {
               assert.ifError(err);
               assert.strictEqual(out, 'POST /hello?x=1 100000 bytes over 2.0\n');
               server.close();
             }));
  }));
}));
