'use strict';
// createSecureServer: h2 over TLS negotiated with ALPN, http2.connect('https://...'), and with
// allowHTTP1 an https (HTTP/1.1) client served by the same 'request' handler.
const common = require('../common');
const assert = require('assert');
const http2 = require('http2');
const https = require('https');

const fs = require('fs');
const path = require('path');
const dir = path.join(__dirname, '..', 'fixtures', 'tls');
const options = {
  key: fs.readFileSync(path.join(dir, 'server-key.pem')),
  cert: fs.readFileSync(path.join(dir, 'server-cert.pem')),
  allowHTTP1: true,
};
const ca = fs.readFileSync(path.join(dir, 'ca-cert.pem'));

const server = http2.createSecureServer(options, common.mustCall((req, res) => {
  res.setHeader('content-type', 'text/plain');
  res.end(`${req.httpVersion} ${req.method} ${req.url} ${req.socket.alpnProtocol}`);
}, 2));
server.on('session', common.mustCall((session) => {
  assert.strictEqual(session.encrypted, true);
  assert.strictEqual(session.alpnProtocol, 'h2');
}));

server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  const client = http2.connect(`https://localhost:${port}`, { ca });
  client.on('connect', common.mustCall(() => {
    assert.strictEqual(client.encrypted, true);
    assert.strictEqual(client.alpnProtocol, 'h2');
    assert.strictEqual(client.socket.alpnProtocol, 'h2');
  }));
  const req = client.request({ ':path': '/two' });
  req.on('response', common.mustCall((headers) => {
    assert.strictEqual(headers[':status'], 200);
    assert.strictEqual(headers['content-type'], 'text/plain');
  }));
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', common.mustCall(() => {
    assert.strictEqual(body, '2.0 GET /two h2');
    client.close();
    https.get({ port, path: '/one', ca, servername: 'localhost' }, common.mustCall((res) => {
      assert.strictEqual(res.statusCode, 200);
      let b = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { b += d; });
      res.on('end', common.mustCall(() => {
        assert.strictEqual(b, '1.1 GET /one false');
        server.close();
      }));
    }));
  }));
  req.end();
}));
