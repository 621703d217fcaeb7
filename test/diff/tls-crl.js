'use strict';
// A server given the CA's CRL (options.crl) refuses a client certificate the CA revoked and
// accepts one it did not; a CRL that does not parse, or a value of the wrong type, is refused
// by createSecureContext.
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const F = (n) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'tls', n));

for (const crl of ['nope', '', F('ca-cert.pem'), 5, [F('ca-crl.pem'), null], null, [F('ca-crl.pem').toString()]]) {
  try {
    tls.createSecureContext({ crl });
    console.log('crl', typeof crl, 'ok');
  } catch (e) {
    console.log('crl', typeof crl, e.name, e.code, e.message);
  }
}

const server = tls.createServer({
  key: F('server-key.pem'), cert: F('server-cert.pem'), ca: F('ca-cert.pem'), crl: F('ca-crl.pem'),
  requestCert: true, rejectUnauthorized: true,
}, (s) => s.end('hello'));
server.on('tlsClientError', (e) => console.log('server tlsClientError', e.code));

function connect(name, done) {
  const c = tls.connect({
    port: server.address().port, host: '127.0.0.1', servername: 'localhost', ca: F('ca-cert.pem'),
    key: F(`${name}-key.pem`), cert: F(`${name}-cert.pem`), maxVersion: 'TLSv1.2',
  }, () => console.log(name, 'connected, authorized:', c.authorized));
  let data = '';
  c.setEncoding('utf8');
  c.on('data', (d) => { data += d; });
  c.on('error', (e) => console.log(name, 'client error', e.code));
  c.on('close', () => {
    console.log(name, 'received', JSON.stringify(data));
    done();
  });
}

server.listen(0, '127.0.0.1', () => {
  connect('client2', () => connect('client', () => server.close()));
});
