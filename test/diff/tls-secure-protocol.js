'use strict';
// secureProtocol: the names node knows pin the versions a server offers (SSLv23_method stops
// at TLS 1.2, TLSv1_2_method allows only 1.2, TLS_method follows min/maxVersion), a client-only
// method cannot serve, and unknown or disabled names throw natively (no [code] in the stack).
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const F = (n) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'tls', n));

for (const m of ['nope', '', 'SSLv2_method', 'SSLv3_server_method', 'TLSv1_3_method', 'DTLS_method', 5, null]) {
  try {
    tls.createSecureContext({ secureProtocol: m });
    console.log(JSON.stringify(m), 'ok');
  } catch (e) {
    console.log(JSON.stringify(m), e.code, e.stack.split('\n')[0]);
  }
}
for (const o of [{ secureProtocol: 'TLS_method', minVersion: 'TLSv1.2' }, { secureProtocol: 5, maxVersion: 'TLSv1.3' },
  { secureProtocol: null, minVersion: 'TLSv1.2' }, { secureProtocol: 'TLS_method', minVersion: null }]) {
  try {
    tls.createSecureContext(o);
    console.log(JSON.stringify(o), 'ok');
  } catch (e) {
    console.log(JSON.stringify(o), e.code, e.message);
  }
}

const methods = ['TLS_method', 'SSLv23_method', 'TLSv1_2_method', 'TLSv1_2_server_method', 'SSLv23_server_method',
  'TLS_client_method'];
function next() {
  const m = methods.shift();
  if (m === undefined) return;
  const server = tls.createServer({ key: F('server-key.pem'), cert: F('server-cert.pem'), secureProtocol: m },
                                  (s) => s.end('bye'));
  server.on('tlsClientError', (e) => console.log(m, 'server tlsClientError', e.code));
  server.listen(0, '127.0.0.1', () => {
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', rejectUnauthorized: false },
                          () => console.log(m, 'negotiated', c.getProtocol()));
    c.resume();
    c.on('error', (e) => console.log(m, 'client error', e.code));
    c.on('close', () => server.close(next));
  });
}
next();
