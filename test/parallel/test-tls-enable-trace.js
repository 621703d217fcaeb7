'use strict';
// enableTrace (the option and tlsSocket.enableTrace()) prints OpenSSL's protocol trace to stderr.
const common = require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const fixtures = require('../common/fixtures');

if (process.argv[2] === 'child') {
  const tls = require('tls');
  const server = tls.createServer({
    key: fixtures.readSync('tls/server-key.pem'), cert: fixtures.readSync('tls/server-cert.pem'),
  }, (s) => s.end());
  server.listen(0, () => {
    const c = tls.connect({ port: server.address().port, rejectUnauthorized: false, enableTrace: true }, () => {
      c.resume();
      c.on('end', () => server.close());
    });
  });
  return;
}
const r = spawnSync(process.execPath, [__filename, 'child'], { encoding: 'utf8' });
assert.strictEqual(r.status, 0, r.stderr);
assert.match(r.stderr, /ClientHello/);
assert.match(r.stderr, /ServerHello/);
assert.strictEqual(r.stdout, '');
common.mustCall()();
