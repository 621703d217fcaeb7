'use strict';
// Session tickets: servers sharing ticketKeys resume each other's TLS 1.2 tickets, a server with
// other keys does a full handshake; getTicketKeys/setTicketKeys hold the 48 bytes.
const common = require('../common');
const assert = require('assert');
const tls = require('tls');
const crypto = require('crypto');
const fixtures = require('../common/fixtures');

const keys = crypto.randomBytes(48);
const opts = {
  key: fixtures.readSync('tls/server-key.pem'),
  cert: fixtures.readSync('tls/server-cert.pem'),
  maxVersion: 'TLSv1.2',
};
const ca = fixtures.readSync('tls/ca-cert.pem');

const a = tls.createServer({ ...opts, ticketKeys: keys }, (s) => s.end('a'));
const b = tls.createServer(opts, (s) => s.end('b'));
const c = tls.createServer(opts, (s) => s.end('c'));
assert.deepStrictEqual(a.getTicketKeys(), keys);
assert.strictEqual(b.getTicketKeys().length, 48);
assert.notDeepStrictEqual(b.getTicketKeys(), keys);
b.setTicketKeys(keys);
assert.deepStrictEqual(b.getTicketKeys(), keys);
assert.throws(() => b.setTicketKeys(Buffer.alloc(10)), { code: 'ERR_INTERNAL_ASSERTION' });
assert.throws(() => b.setTicketKeys('x'.repeat(48)), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => tls.createServer({ ...opts, ticketKeys: Buffer.alloc(47) }),
              { code: 'ERR_INVALID_ARG_VALUE' });

function connect(server, session) {
  return new Promise((resolve) => {
    const sock = tls.connect({ port: server.address().port, ca, servername: 'localhost', session },
                             common.mustCall(() => {
      const ticket = sock.getTLSTicket();
      assert.ok(Buffer.isBuffer(ticket) && ticket.length > 0);
      const reused = sock.isSessionReused();
      const s = sock.getSession();
      sock.on('data', () => {});
      sock.on('end', () => resolve({ reused, session: s }));
    }));
  });
}

let listening = 0;
for (const s of [a, b, c]) {
  s.listen(0, common.mustCall(async () => {
    if (++listening < 3) return;
    const first = await connect(a);
    assert.strictEqual(first.reused, false);
    assert.strictEqual((await connect(b, first.session)).reused, true);
    assert.strictEqual((await connect(a, first.session)).reused, true);
    assert.strictEqual((await connect(c, first.session)).reused, false);
    a.close();
    b.close();
    c.close();
  }));
}
