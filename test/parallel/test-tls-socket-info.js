'use strict';
// Connection details: getEphemeralKeyInfo (client; null on the server), getSharedSigalgs,
// getFinished/getPeerFinished, getX509Certificate/getPeerX509Certificate, setMaxSendFragment,
// tls.getCiphers and the DEFAULT_* settings.
const common = require('../common');
const assert = require('assert');
const tls = require('tls');
const { X509Certificate } = require('crypto');
const fixtures = require('../common/fixtures');

const ciphers = tls.getCiphers();
assert.ok(ciphers.includes('tls_aes_128_gcm_sha256'));
assert.ok(ciphers.includes('ecdhe-rsa-aes128-gcm-sha256'));
assert.deepStrictEqual(ciphers, [...ciphers].sort());
assert.strictEqual(tls.DEFAULT_ECDH_CURVE, 'auto');
assert.strictEqual(tls.DEFAULT_MIN_VERSION, 'TLSv1.2');
assert.strictEqual(tls.DEFAULT_MAX_VERSION, 'TLSv1.3');
assert.match(tls.DEFAULT_CIPHERS, /^TLS_AES_256_GCM_SHA384:/);

const server = tls.createServer({
  key: fixtures.readSync('tls/server-key.pem'),
  cert: fixtures.readSync('tls/server-cert.pem'),
  maxVersion: 'TLSv1.2',
  ecdhCurve: 'P-256',
}, common.mustCall((s) => {
  assert.strictEqual(s.getEphemeralKeyInfo(), null);
  const sigalgs = s.getSharedSigalgs();
  assert.ok(sigalgs.includes('RSA-PSS+SHA256'), sigalgs);
  assert.ok(sigalgs.includes('RSA+SHA256'), sigalgs);
  assert.ok(s.getX509Certificate() instanceof X509Certificate);
  assert.strictEqual(s.getPeerX509Certificate(), undefined);
  s.end();
}));

server.listen(0, common.mustCall(() => {
  const c = tls.connect({ port: server.address().port, ca: fixtures.readSync('tls/ca-cert.pem'),
                          servername: 'localhost' }, common.mustCall(() => {
    assert.deepStrictEqual(c.getEphemeralKeyInfo(), { type: 'ECDH', name: 'prime256v1', size: 256 });
    assert.strictEqual(c.getFinished().length, 12);
    assert.strictEqual(c.getPeerFinished().length, 12);
    const peer = c.getPeerX509Certificate();
    assert.ok(peer instanceof X509Certificate);
    assert.match(peer.subject, /CN=localhost/);
    assert.strictEqual(c.getX509Certificate(), undefined);
    assert.strictEqual(c.setMaxSendFragment(1024), true);
    assert.strictEqual(c.setMaxSendFragment(100), false);
    assert.throws(() => c.setMaxSendFragment('x'), { code: 'ERR_INVALID_ARG_TYPE' });
    c.resume();
    c.on('end', () => server.close());
  }));
}));
