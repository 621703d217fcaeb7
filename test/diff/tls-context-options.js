'use strict';
// createSecureContext's checks of sigalgs, dhparam (a 1024-bit group from `openssl dhparam`:
// accepted with node's SecurityWarning), privateKeyIdentifier/privateKeyEngine, ecdhCurve,
// secureOptions, sessionTimeout, sessionIdContext and ticketKeys.
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const F = path.join(__dirname, '..', 'fixtures', 'tls');
const key = fs.readFileSync(path.join(F, 'server-key.pem'));
const cert = fs.readFileSync(path.join(F, 'server-cert.pem'));
const dh1024 = execFileSync('openssl', ['dhparam', '-dsaparam', '1024'], { stdio: ['ignore', 'pipe', 'ignore'] });

process.on('warning', (w) => console.log('warning', w.name, w.message));
const cases = [
  { sigalgs: '' }, { sigalgs: 1 }, { sigalgs: 'bogus' }, { sigalgs: 'RSA-PSS+SHA256:ECDSA+SHA256' },
  { dhparam: 'junk' }, { dhparam: 'auto' }, { dhparam: dh1024 },
  { privateKeyIdentifier: 'x' }, { privateKeyIdentifier: 'x', privateKeyEngine: 'nosuch' },
  { ecdhCurve: 'bogus' }, { ecdhCurve: 'P-256:X25519' }, { secureOptions: 'x' }, { honorCipherOrder: true },
  { sessionTimeout: -1 }, { sessionTimeout: 10 }, { sessionIdContext: 5 }, { sessionIdContext: 'ctx' },
  { ticketKeys: 'x' }, { ticketKeys: Buffer.alloc(47) }, { ticketKeys: Buffer.alloc(48) },
];
for (const o of cases) {
  const name = JSON.stringify(Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Buffer.isBuffer(v) ? `<${v.length} bytes>` : v])));
  try {
    tls.createSecureContext({ key, cert, ...o });
    console.log(name, 'ok');
  } catch (e) {
    console.log(name, e.name, e.code, e.message.split('\n')[0]);
  }
}
