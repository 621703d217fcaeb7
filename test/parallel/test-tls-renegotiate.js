'use strict';
// tlsSocket.renegotiate(): over TLS 1.2 a new handshake runs ('secure' again on both sides, the
// callback gets null, data still flows); over TLS 1.3 it returns false and the callback gets
// OpenSSL's error.
const common = require('../common');
const assert = require('assert');
const tls = require('tls');
const fixtures = require('../common/fixtures');

const opts = { key: fixtures.readSync('tls/server-key.pem'), cert: fixtures.readSync('tls/server-cert.pem') };

function run(maxVersion) {
  return new Promise((resolve) => {
    let serverSecure = 0;
    const server = tls.createServer({ ...opts, maxVersion }, (s) => {
      s.on('secure', () => serverSecure++);
      s.on('data', (d) => s.write(d));
      s.on('end', () => s.end());
    });
    server.listen(0, () => {
      const c = tls.connect({ port: server.address().port, ca: fixtures.readSync('tls/ca-cert.pem'),
                              servername: 'localhost' }, () => {
        assert.throws(() => c.renegotiate(null), { code: 'ERR_INVALID_ARG_TYPE' });
        assert.throws(() => c.renegotiate({}, 1), { code: 'ERR_INVALID_ARG_TYPE' });
        const ret = c.renegotiate({}, common.mustCall((err) => {
          c.on('data', (d) => {
            assert.strictEqual(d.toString(), 'after');
            c.end();
          });
          c.write('after');
          c.on('close', () => {
            server.close();
            resolve({ ret, err, serverSecure });
          });
        }));
      });
    });
  });
}

(async () => {
  const r12 = await run('TLSv1.2');
  assert.strictEqual(r12.ret, true);
  assert.strictEqual(r12.err, null);
  assert.strictEqual(r12.serverSecure, 1);
  const r13 = await run('TLSv1.3');
  assert.strictEqual(r13.ret, false);
  assert.strictEqual(r13.err.code, 'ERR_SSL_WRONG_SSL_VERSION');
  assert.strictEqual(r13.serverSecure, 0);
})().then(common.mustCall());
