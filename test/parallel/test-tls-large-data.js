'use strict';
// Megabytes through TLS in both directions with backpressure: every byte arrives, in order.
const common = require('../common');
const assert = require('assert');
const tls = require('tls');
const crypto = require('crypto');
const fixtures = require('../common/fixtures');

const payload = crypto.randomBytes(6 * 1024 * 1024);
const expected = crypto.createHash('sha256').update(payload).digest('hex');
const server = tls.createServer({
  key: fixtures.readSync('tls/server-key.pem'),
  cert: fixtures.readSync('tls/server-cert.pem'),
}, (s) => {
  // Echo with pauses: the client's writes must wait for the server.
  s.on('data', (d) => {
    if (!s.write(d)) {
      s.pause();
      s.once('drain', () => s.resume());
    }
  });
  s.on('end', () => s.end());
});
server.listen(0, common.mustCall(() => {
  const c = tls.connect({ port: server.address().port, ca: fixtures.readSync('tls/ca-cert.pem') }, () => {
    let off = 0;
    (function pump() {
      while (off < payload.length) {
        const chunk = payload.subarray(off, off + 65536);
        off += chunk.length;
        if (!c.write(chunk)) return c.once('drain', pump);
      }
      c.end();
    })();
  });
  const hash = crypto.createHash('sha256');
  let n = 0;
  c.on('data', (d) => { hash.update(d); n += d.length; });
  c.on('end', common.mustCall(() => {
    assert.strictEqual(n, payload.length);
    assert.strictEqual(hash.digest('hex'), expected);
    server.close();
  }));
}));
