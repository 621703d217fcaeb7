'use strict';
// The order of server and client events around sessions, OCSP and renegotiation, over TLS 1.2
// and TLS 1.3: resumeSession/newSession/OCSPRequest/secureConnection on the server,
// OCSPResponse/secureConnect/session on the client.
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const F = path.join(__dirname, '..', 'fixtures', 'tls');
const key = fs.readFileSync(path.join(F, 'server-key.pem'));
const cert = fs.readFileSync(path.join(F, 'server-cert.pem'));
const ca = fs.readFileSync(path.join(F, 'ca-cert.pem'));

function run(version) {
  return new Promise((resolve) => {
    const log = [];
    const cache = new Map();
    const server = tls.createServer({ key, cert, maxVersion: version }, (s) => {
      log.push(`server secureConnection reused=${s.isSessionReused()}`);
      s.on('data', (d) => s.end(d));
    });
    server.on('newSession', (id, data, cb) => { log.push(`server newSession id=${id.length > 0}`); cache.set(id.toString('hex'), data); cb(); });
    server.on('resumeSession', (id, cb) => { log.push(`server resumeSession known=${cache.has(id.toString('hex'))}`); cb(null, cache.get(id.toString('hex'))); });
    server.on('OCSPRequest', (c, i, cb) => { log.push(`server OCSPRequest cert=${c.length > 0} issuer=${i}`); cb(null, Buffer.from('not really ocsp')); });
    const connect = (session) => new Promise((done) => {
      const c = tls.connect({ port: server.address().port, ca, servername: 'localhost', session, requestOCSP: true });
      let last;
      c.on('OCSPResponse', (r) => log.push(`client OCSPResponse ${r}`));
      c.on('session', (s) => { last = s; });
      c.on('secureConnect', () => { log.push(`client secureConnect reused=${c.isSessionReused()}`); c.write('x'); });
      c.on('data', () => c.end());
      c.on('close', () => done(last));
    });
    server.listen(0, async () => {
      const s = await connect();
      log.push(`client got a session ${Buffer.isBuffer(s)}`);
      await connect(s);
      server.close();
      resolve(log);
    });
  });
}

(async () => {
  for (const v of ['TLSv1.2', 'TLSv1.3']) {
    console.log(`== ${v}`);
    for (const line of await run(v)) console.log(line);
  }
})();
