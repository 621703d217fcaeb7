'use strict';
// https: a server and a keep-alive client agent; bodies both ways, headers, socket reuse, the
// TLS socket behind req.socket, and a certificate the client refuses.
const common = require('../common');
const assert = require('assert');
const https = require('https');
const fixtures = require('../common/fixtures');

const server = https.createServer({
  key: fixtures.readSync('tls/server-key.pem'),
  cert: fixtures.readSync('tls/server-cert.pem'),
}, (req, res) => {
  assert.strictEqual(req.socket.encrypted, true);
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ method: req.method, url: req.url, body, proto: req.socket.getProtocol() }));
  });
});

function request(options, body) {
  return new Promise((resolve, reject) => {
    const req = https.request({ host: 'localhost', port: server.address().port, ...options }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { data += d; });
      res.on('end', () => resolve({ status: res.statusCode, json: JSON.parse(data), reused: req.reusedSocket }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

server.listen(0, common.mustCall(async () => {
  const agent = new https.Agent({ keepAlive: true, ca: fixtures.readSync('tls/ca-cert.pem') });
  assert.strictEqual(agent.defaultPort, 443);
  assert.strictEqual(agent.protocol, 'https:');
  const a = await request({ agent, method: 'POST', path: '/one' }, 'payload');
  assert.deepStrictEqual(a, { status: 200, json: { method: 'POST', url: '/one', body: 'payload', proto: 'TLSv1.3' }, reused: false });
  const b = await request({ agent, path: '/two' });
  assert.strictEqual(b.json.url, '/two');
  assert.strictEqual(b.reused, true);
  agent.destroy();
  await assert.rejects(request({ agent: false }), { code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' });
  const c = await request({ agent: false, rejectUnauthorized: false, path: '/three' });
  assert.strictEqual(c.json.url, '/three');
  server.close();
}));
