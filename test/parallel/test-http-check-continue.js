'use strict';
// Expect: 100-continue: a 'checkContinue' listener decides; writeContinue() makes the client
// emit 'continue' and send its body.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustNotCall());
server.on('checkContinue', common.mustCall((req, res) => {
  assert.strictEqual(req.headers.expect, '100-continue');
  res.writeContinue();
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => res.end(`got ${body}`));
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const req = http.request({
    port: server.address().port, host: '127.0.0.1', method: 'POST',
    headers: { Expect: '100-continue' }, agent: false,
  }, common.mustCall((res) => {
    let body = '';
    res.on('data', (d) => { body += d; });
    res.on('end', common.mustCall(() => {
      assert.strictEqual(body, 'got payload');
      server.close();
    }));
  }));
  req.on('continue', common.mustCall(() => req.end('payload')));
}));
