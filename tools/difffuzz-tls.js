// Differential fuzzing of tls.createSecureContext's options against node 22: random mixes of
// valid and invalid ca/cert/key/pfx/crl/dhparam/ciphers/curves/versions/... and what each call
// throws (class, code, message, first stack line) or the warnings it emits. OpenSSL's printed
// error lines (a sessionIdContext longer than 32 bytes) have their thread id and source file
// masked: they differ from run to run and with the OpenSSL build.
//   usage: <runtime> tools/difffuzz-tls.js SEED COUNT [kind,kind...]   (see tools/difffuzz.sh)
'use strict';
const { N, only, pick, rnd } = require('./difffuzz-lib')(2000);
const fs = require('fs');
const path = require('path');
const tls = require('tls');

const dir = path.join(__dirname, '..', 'test', 'fixtures', 'tls');
const f = (name) => fs.readFileSync(path.join(dir, name));
const fx = {
  caCert: f('ca-cert.pem'), serverCert: f('server-cert.pem'), serverKey: f('server-key.pem'),
  selfCert: f('self-cert.pem'), clientKey: f('client-key.pem'), pfx: f('server.pfx'),
  secretPfx: f('server-secret.pfx'), crl: f('ca-crl.pem'), dh2048: f('dh2048.pem'),
  dh1024: f('dh1024.pem'), dh512: f('dh512.pem'),
  encKey: fs.readFileSync(path.join(dir, '..', 'keys', 'rsa_private_encrypted.pem')),
};
const junk = () => pick([undefined, null, 0, 5, -1, 1.5, NaN, true, false, '', 'nope', {}, [],
  Buffer.alloc(0), Buffer.from('garbage'), new Uint8Array(3), 10n, () => {}]);
const pem = (b) => pick([b, b.toString(), new Uint8Array(b), Buffer.from(b.toString().slice(0, 80)),
  `${b.toString()}trailing`, `junk\n${b.toString()}`]);
const opt = {
  ca: () => pick([pem(fx.caCert), [fx.caCert, fx.selfCert], [fx.caCert, junk()], fx.serverKey, junk()]),
  cert: () => pick([pem(fx.serverCert), [fx.serverCert], [fx.serverCert, fx.caCert].map(String).join(''), fx.selfCert, fx.serverKey, junk()]),
  key: () => pick([pem(fx.serverKey), fx.clientKey, [fx.serverKey], { pem: fx.serverKey }, { pem: fx.encKey, passphrase: pick(['test', 'wrong', 5]) },
    { pem: junk() }, fx.encKey, fx.serverCert, junk()]),
  passphrase: () => pick(['test', 'secret', 'wrong', '', junk()]),
  pfx: () => pick([fx.pfx, fx.secretPfx, { buf: fx.secretPfx, passphrase: pick(['secret', 'wrong', 5]) }, [fx.pfx], { buf: junk() }, fx.caCert, junk()]),
  crl: () => pick([pem(fx.crl), [fx.crl], fx.caCert, junk()]),
  dhparam: () => pick([fx.dh2048, fx.dh2048.toString(), fx.dh1024, fx.dh512, 'auto', fx.caCert, junk()]),
  ciphers: () => pick(['HIGH', 'AES128-SHA', 'TLS_AES_128_GCM_SHA256', 'TLS_AES_128_GCM_SHA256:AES128-SHA',
    'DEFAULT:!aNULL', 'nope', 'TLS_NOPE', 'ECDHE-RSA-AES128-GCM-SHA256:nope', ':', junk()]),
  ecdhCurve: () => pick(['auto', 'P-256', 'prime256v1', 'P-256:P-384', 'X25519', 'P-256:nope', 'nope', junk()]),
  sigalgs: () => pick(['RSA-PSS+SHA256', 'ECDSA+SHA256:RSA+SHA256', 'rsa_pss_rsae_sha256', 'nope', 'RSA+NOPE', junk()]),
  minVersion: () => pick(['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3', 'SSLv3', 'TLSv1.4', 'tlsv1.2', junk()]),
  maxVersion: () => pick(['TLSv1', 'TLSv1.2', 'TLSv1.3', 'TLSv1.4', junk()]),
  secureProtocol: () => pick(['TLS_method', 'TLSv1_2_method', 'TLSv1_2_server_method', 'TLSv1_method', 'TLSv1_1_client_method',
    'SSLv23_method', 'SSLv3_method', 'SSLv2_method', 'TLSv1_3_method', 'DTLS_method', 'nope', junk()]),
  secureOptions: () => pick([0, 0x4000, 2 ** 31, -1, 1.5, junk()]),
  honorCipherOrder: () => pick([true, false, 1, 'x', junk()]),
  sessionIdContext: () => pick(['abc', 'x'.repeat(32), 'x'.repeat(33), '', junk()]),
  ticketKeys: () => pick([Buffer.alloc(48, 1), Buffer.alloc(47), new Uint8Array(48), junk()]),
  sessionTimeout: () => pick([0, 300, -1, 2 ** 31, 1.5, '5', junk()]),
  clientCertEngine: () => pick(['nope', junk()]),
  privateKeyEngine: () => pick(['nope', junk()]),
  privateKeyIdentifier: () => pick(['id', junk()]),
};
const names = Object.keys(opt);
const desc = (v) => {
  if (v === undefined) return 'U';
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'function') return 'fn';
  if (Buffer.isBuffer(v)) {
    for (const [k, b] of Object.entries(fx)) if (b.equals(v)) return `buf:${k}`;
    return `buf${v.length}`;
  }
  if (ArrayBuffer.isView(v)) return `u8:${v.length}`;
  if (typeof v === 'string' && v.length > 40) {
    for (const [k, b] of Object.entries(fx)) if (b.toString() === v) return `str:${k}`;
    return `str${v.length}`;
  }
  if (Array.isArray(v)) return v.map(desc);
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, desc(x)]));
  return v;
};

const warnings = [];
const emitWarning = process.emitWarning;
process.emitWarning = (w, ...rest) => { warnings.push(String(w.message ?? w)); };
const show = (fn) => {
  warnings.length = 0;
  try {
    fn();
    return `ok${warnings.length ? ` warn ${JSON.stringify(warnings)}` : ''}`;
  } catch (e) {
    const mask = (m) => String(m).replace(/[0-9A-F]{8,}:error:/g, 'TID:error:').replace(/:[^:\n]+\.c:\d+:/g, ':FILE:LINE:');
    const head = String(e.stack).split('\n')[0];
    return `THROW ${e.name} ${e.code} ${JSON.stringify(mask(e.message))} | ${JSON.stringify(mask(head))} | ${e.library} ${e.reason}`;
  }
};

const tests = {
  one: () => { const k = pick(names); const o = { [k]: opt[k]() }; return [desc(o), () => tls.createSecureContext(o)]; },
  mix: () => {
    const o = {};
    for (const k of names) if (rnd() < 0.2) o[k] = opt[k]();
    return [desc(o), () => tls.createSecureContext(o)];
  },
  server: () => {
    const o = { key: fx.serverKey, cert: fx.serverCert };
    const k = pick(names);
    o[k] = opt[k]();
    return [desc({ [k]: o[k] }), () => tls.createSecureContext(o)];
  },
};
const kinds = only ? only.split(',') : Object.keys(tests);
for (let i = 0; i < N; i++) {
  const n = pick(kinds);
  const t = tests[n]();
  const fn = t.pop();
  console.log(`${n} ${JSON.stringify(t)} => ${show(fn)}`);
}
process.emitWarning = emitWarning;
