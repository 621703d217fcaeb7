'use strict';
// A client renegotiating more than tls.CLIENT_RENEG_LIMIT times within tls.CLIENT_RENEG_WINDOW
// seconds makes the server socket emit ERR_TLS_SESSION_ATTACK; disableRenegotiation() makes the
// first renegotiation an ERR_TLS_RENEGOTIATION_DISABLED error.
const common = require('../common');
const assert = require('assert');
const tls = require('tls');
const fixtures = require('../common/fixtures');

tls.CLIENT_RENEG_LIMIT = 2;
const opts = { key: fixtures.readSync('tls/server-key.pem'), cert: fixtures.readSync('tls/server-cert.pem'),
               maxVersion: 'TLSv1.2' };

function run(disable) {
  return new Promise((resolve) => {
    const server = tls.createServer(opts, (s) => {
      if (disable) s.disableRenegotiation();
      s.on('error', common.mustCall((err) => {
        s.destroy();
        server.close();
        resolve({ code: err.code, renegotiations });
      }));
      s.resume();
    });
    let renegotiations = 0;
    server.listen(0, () => {
      const c = tls.connect({ port: server.address().port, ca: fixtures.readSync('tls/ca-cert.pem'),
                              servername: 'localhost' }, () => {
        const again = () => {
          const ok = c.renegotiate({}, (err) => {
            if (err) return;
            renegotiations++;
            again();
          });
          assert.strictEqual(ok, true);
        };
        again();
      });
      c.on('error', () => {});
    });
  });
}

(async () => {
  const limited = await run(false);
  assert.strictEqual(limited.code, 'ERR_TLS_SESSION_ATTACK');
  assert.strictEqual(limited.renegotiations, 2);
  const disabled = await run(true);
  assert.strictEqual(disabled.code, 'ERR_TLS_RENEGOTIATION_DISABLED');
  assert.strictEqual(disabled.renegotiations, 0);
})().then(common.mustCall());
