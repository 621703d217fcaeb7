'use strict';
// Server name indication: addContext and SNICallback pick the certificate by the name the client
// asks for; the server socket reports the name.
const common = require('../common');
const assert = require('assert');
const tls = require('tls');
const fixtures = require('../common/fixtures');

const signed = { key: fixtures.readSync('tls/server-key.pem'), cert: fixtures.readSync('tls/server-cert.pem') };
const self = { key: fixtures.readSync('tls/self-key.pem'), cert: fixtures.readSync('tls/self-cert.pem') };
const seen = new Set();
// addContext: used when there is no SNICallback.
const server = tls.createServer(signed, (s) => {
  seen.add(s.servername);
  s.end();
});
server.addContext('*.example.test', self);
// An SNICallback decides alone.
const server2 = tls.createServer({
  ...signed,
  SNICallback: common.mustCall((name, cb) => {
    cb(null, name === 'other.test' ? tls.createSecureContext(self) : null);
  }, 2),
}, (s) => {
  seen.add(s.servername);
  s.end();
});

function issuerOf(servername, srv = server) {
  return new Promise((resolve) => {
    const c = tls.connect({ port: srv.address().port, servername, rejectUnauthorized: false }, () => {
      resolve(c.getPeerCertificate().issuer.CN);
      c.end();
    });
  });
}

server.listen(0, () => server2.listen(0, common.mustCall(async () => {
  assert.strictEqual(await issuerOf('www.example.test'), 'localhost');
  assert.strictEqual(await issuerOf('localhost'), 'nodus test CA');
  assert.strictEqual(await issuerOf('other.test', server2), 'localhost');
  assert.strictEqual(await issuerOf('www.example.test', server2), 'nodus test CA');
  server.close();
  server2.close();
  assert.ok(seen.has('other.test'));
})));
