'use strict';
// A server configured from a PKCS#12 file with a passphrase; the client emits 'keylog' lines in
// the NSS key log format.
const common = require('../common');
const assert = require('assert');
const tls = require('tls');
const fixtures = require('../common/fixtures');

const server = tls.createServer({ pfx: fixtures.readSync('tls/server.pfx'), passphrase: 'sample' }, (s) => s.end('hi'));
server.listen(0, common.mustCall(() => {
  const c = tls.connect({ port: server.address().port, ca: fixtures.readSync('tls/ca-cert.pem') });
  const lines = [];
  c.on('keylog', (line) => { assert.ok(Buffer.isBuffer(line)); lines.push(line.toString()); });
  c.on('data', common.mustCall((d) => assert.strictEqual(d.toString(), 'hi')));
  c.on('close', common.mustCall(() => {
    assert.ok(lines.length >= 4);
    for (const l of lines) assert.match(l, /^[A-Z_0-9]+ [0-9a-f]{64} [0-9a-f]+\n$/);
    server.close();
  }));
}));
