'use strict';
// requestCert: the server sees the client's certificate and whether it is authorized; a client
// without a certificate is refused when rejectUnauthorized is set, and let in otherwise.
const common = require('../common');
const assert = require('assert');
const tls = require('tls');
const fixtures = require('../common/fixtures');

const ca = fixtures.readSync('tls/ca-cert.pem');
const serverOpts = {
  key: fixtures.readSync('tls/server-key.pem'),
  cert: fixtures.readSync('tls/server-cert.pem'),
  ca,
  requestCert: true,
  rejectUnauthorized: false,
};
const server = tls.createServer(serverOpts, (s) => {
  const cert = s.getPeerCertificate();
  s.end(JSON.stringify({ authorized: s.authorized, error: s.authorizationError, cn: cert.subject?.CN ?? null }));
});

function request(options) {
  return new Promise((resolve) => {
    const c = tls.connect({ port: server.address().port, ca, ...options });
    let data = '';
    c.on('data', (d) => { data += d; });
    c.on('end', () => resolve(JSON.parse(data)));
  });
}

server.listen(0, common.mustCall(async () => {
  assert.deepStrictEqual(
    await request({ key: fixtures.readSync('tls/client-key.pem'), cert: fixtures.readSync('tls/client-cert.pem') }),
    { authorized: true, error: null, cn: 'client' });
  assert.deepStrictEqual(await request({}), { authorized: false, error: 'UNABLE_TO_GET_ISSUER_CERT', cn: null });
  server.close();
}));
