'use strict';
// A server-side session cache kept by JS: 'newSession' stores TLS 1.2 sessions by id (tickets off),
// 'resumeSession' hands them back, the client resumes; 'secureConnection' waits for the
// 'newSession' callback.
const common = require('../common');
const assert = require('assert');
const tls = require('tls');
const fixtures = require('../common/fixtures');
const { SSL_OP_NO_TICKET } = require('crypto').constants;

const cache = new Map();
const events = [];
const server = tls.createServer({
  key: fixtures.readSync('tls/server-key.pem'),
  cert: fixtures.readSync('tls/server-cert.pem'),
  maxVersion: 'TLSv1.2',
  secureOptions: SSL_OP_NO_TICKET,
  sessionIdContext: 'test-cache',
}, (s) => {
  events.push('secureConnection');
  s.end(String(s.isSessionReused()));
});
server.on('newSession', common.mustCall((id, data, cb) => {
  assert.ok(Buffer.isBuffer(id) && id.length > 0);
  assert.ok(Buffer.isBuffer(data) && data.length > 0);
  events.push('newSession');
  cache.set(id.toString('hex'), data);
  setImmediate(cb);  // 'secureConnection' waits for this
}));
server.on('resumeSession', common.mustCall((id, cb) => {
  events.push(`resumeSession ${cache.has(id.toString('hex'))}`);
  cb(null, cache.get(id.toString('hex')) ?? null);
}, 2));

function connect(session) {
  return new Promise((resolve) => {
    const c = tls.connect({ port: server.address().port, ca: fixtures.readSync('tls/ca-cert.pem'),
                            servername: 'localhost', session });
    let got = '';
    let s;
    c.on('secureConnect', () => { s = c.getSession(); });
    c.on('data', (d) => { got += d; });
    c.on('end', () => resolve({ got, session: s, reused: c.isSessionReused() }));
  });
}

server.listen(0, common.mustCall(async () => {
  const first = await connect();
  assert.strictEqual(first.got, 'false');
  const second = await connect(first.session);
  assert.strictEqual(second.got, 'true');
  assert.strictEqual(second.reused, true);
  // The first ClientHello carries a (TLS 1.3 compatibility) session id the cache does not know.
  assert.deepStrictEqual(events, ['resumeSession false', 'newSession', 'secureConnection', 'resumeSession true',
                                  'secureConnection']);
  server.close();
}));
