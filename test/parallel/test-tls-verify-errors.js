'use strict';
// Certificate verification errors as node reports them: a self-signed certificate, a CA the
// client does not trust, a host name the certificate does not cover; rejectUnauthorized: false
// connects with authorized === false and the reason.
const common = require('../common');
const assert = require('assert');
const tls = require('tls');
const fixtures = require('../common/fixtures');

const ca = fixtures.readSync('tls/ca-cert.pem');
const self = tls.createServer({ key: fixtures.readSync('tls/self-key.pem'), cert: fixtures.readSync('tls/self-cert.pem') });
const signed = tls.createServer({ key: fixtures.readSync('tls/server-key.pem'), cert: fixtures.readSync('tls/server-cert.pem') });
self.on('tlsClientError', () => {});
signed.on('tlsClientError', () => {});

function expectError(options, check) {
  return new Promise((resolve) => {
    const c = tls.connect(options, common.mustNotCall());
    c.on('error', common.mustCall((err) => { check(err); resolve(); }));
  });
}

self.listen(0, () => signed.listen(0, common.mustCall(async () => {
  await expectError({ port: self.address().port }, (err) => {
    assert.strictEqual(err.code, 'DEPTH_ZERO_SELF_SIGNED_CERT');
    assert.strictEqual(err.message, 'self-signed certificate');
  });
  await expectError({ port: signed.address().port }, (err) => {
    assert.strictEqual(err.code, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE');
    assert.strictEqual(err.message, 'unable to verify the first certificate');
  });
  await expectError({ port: signed.address().port, ca, servername: 'example.com' }, (err) => {
    assert.strictEqual(err.code, 'ERR_TLS_CERT_ALTNAME_INVALID');
    assert.strictEqual(err.host, 'example.com');
    assert.strictEqual(err.reason,
                       "Host: example.com. is not in the cert's altnames: DNS:localhost, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1");
    assert.strictEqual(err.message,
                       "Hostname/IP does not match certificate's altnames: Host: example.com. is not in the cert's altnames: DNS:localhost, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1");
  });
  const c = tls.connect({ port: self.address().port, rejectUnauthorized: false }, common.mustCall(() => {
    assert.strictEqual(c.authorized, false);
    assert.strictEqual(c.authorizationError, 'DEPTH_ZERO_SELF_SIGNED_CERT');
    c.end();
    self.close();
    signed.close();
  }));
})));
