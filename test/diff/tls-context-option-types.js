'use strict';
// createSecureContext with odd option values, against node 22's exact outcome for each: which
// falsy values are ignored (ca, cert, key) and which are refused (crl, dhparam, pfx), objects
// for key and pfx only inside an array, passphrase types, versions and their messages (%j),
// the secureProtocol conflicts, ciphers split into TLS 1.2 and 1.3 lists, engine options, and
// whether an error is thrown natively (no [code] in its stack).
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const dir = path.join(__dirname, '..', 'fixtures');
const F = (n) => fs.readFileSync(path.join(dir, 'tls', n));
const encKey = fs.readFileSync(path.join(dir, 'keys', 'rsa_private_encrypted.pem'));

const cases = [
  ['so_x', { secureOptions: 'x' }], ['so_frac', { secureOptions: 1.5 }], ['so_neg', { secureOptions: -1 }],
  ['so_2^40', { secureOptions: 2 ** 40 }], ['so_null_hco', { secureOptions: null, honorCipherOrder: true }],
  ['so_frac_hco', { secureOptions: 1.5, honorCipherOrder: 1 }], ['so_bigint', { secureOptions: 10n }],
  ['c_empty', { ciphers: '' }], ['c_colons', { ciphers: '::' }], ['c_tls_nope', { ciphers: 'TLS_NOPE' }],
  ['c_mix_nope', { ciphers: 'TLS_AES_128_GCM_SHA256:nope' }], ['c_null', { ciphers: null }],
  ['c_num', { ciphers: 5 }], ['c_only13', { ciphers: 'TLS_AES_128_GCM_SHA256' }], ['c_nope', { ciphers: 'nope' }],
  ['e_empty', { ecdhCurve: '' }], ['e_null', { ecdhCurve: null }], ['e_num', { ecdhCurve: 0 }],
  ['e_nope', { ecdhCurve: 'P-256:nope' }],
  ['pfx_arr_obj', { pfx: [{ buf: F('server-secret.pfx'), passphrase: 'secret' }] }],
  ['pfx_arr_obj_wrong', { pfx: [{ buf: F('server-secret.pfx'), passphrase: 'wrong' }] }],
  ['pfx_arr_obj_nobuf', { pfx: [{ passphrase: 'secret' }] }], ['pfx_bare_obj', { pfx: { buf: F('server-secret.pfx'), passphrase: 'secret' } }],
  ['pfx_pass', { pfx: F('server-secret.pfx'), passphrase: 'secret' }], ['pfx_no_pass', { pfx: F('server-secret.pfx') }],
  ['pfx_pass_num', { pfx: F('server-secret.pfx'), passphrase: 5 }], ['pfx_arr_null', { pfx: [null] }],
  ['pfx_arr_num', { pfx: [5] }], ['pfx_null', { pfx: null }], ['pfx_nan', { pfx: NaN }], ['pfx_empty', { pfx: '' }],
  ['pfx_pem', { pfx: F('ca-cert.pem') }], ['pfx_arr_pass_empty', { pfx: [{ buf: F('server-secret.pfx'), passphrase: '' }], passphrase: 'secret' }],
  ['k_arr_obj', { key: [{ pem: F('server-key.pem') }] }], ['k_arr_obj_num', { key: [{ pem: 5 }] }],
  ['k_bare_obj', { key: { pem: F('server-key.pem') } }], ['k_arr_null', { key: [null] }], ['k_arr_empty', { key: [''] }],
  ['k_zero', { key: 0 }], ['k_empty', { key: '' }], ['k_enc_no_pass', { key: encKey }],
  ['k_enc_pass_num', { key: encKey, passphrase: 5 }], ['k_arr_pass_num', { key: [{ pem: F('server-key.pem'), passphrase: 5 }] }],
  ['ca_zero', { ca: 0 }], ['ca_junk', { ca: 'nope' }], ['ca_arr_junk', { ca: [F('ca-cert.pem'), 'nope'] }],
  ['ca_arr_null', { ca: [null] }], ['ca_key', { ca: F('server-key.pem') }], ['cert_false', { cert: false }],
  ['cert_arr_null', { cert: [null] }], ['cert_junk', { cert: 'nope' }],
  ['crl_nan', { crl: NaN }], ['crl_false', { crl: false }], ['crl_junk', { crl: 'nope' }], ['crl_ok', { crl: F('ca-crl.pem') }],
  ['sp_unknown', { secureProtocol: 'nope' }], ['sp_sslv3', { secureProtocol: 'SSLv3_method' }],
  ['sp_conflict', { secureProtocol: 'TLSv1_2_method', minVersion: 'TLSv1.2' }],
  ['sp_conflict_num', { secureProtocol: 5, minVersion: 'TLSv1.2' }], ['sp_empty_min', { secureProtocol: '', minVersion: 'TLSv1.2' }],
  ['v_min_num', { minVersion: 5 }], ['v_max_arr', { maxVersion: [] }], ['v_min_buf', { minVersion: Buffer.from('ab') }],
  ['v_max_fn', { maxVersion: () => {} }], ['v_min_bigint', { minVersion: 10n }], ['v_null', { minVersion: null, maxVersion: null }],
  ['v_min_nan', { minVersion: NaN }],
  ['dh_512', { dhparam: F('dh512.pem') }], ['dh_junk', { dhparam: 'nope' }], ['dh_false', { dhparam: false }],
  ['dh_null', { dhparam: null }],
  ['pki_no_engine', { privateKeyIdentifier: 5 }], ['pki_num', { privateKeyIdentifier: 5, privateKeyEngine: 'x' }],
  ['pke_num', { privateKeyIdentifier: 'x', privateKeyEngine: 5 }], ['pke_alone_num', { privateKeyEngine: 5 }],
  ['pki_with_key', { key: F('server-key.pem'), privateKeyIdentifier: 1.5, privateKeyEngine: 'x' }],
  ['pke_empty', { privateKeyIdentifier: 'x', privateKeyEngine: '' }],
  ['cce_num', { clientCertEngine: 0 }], ['cce_null', { clientCertEngine: null }], ['cce_empty', { clientCertEngine: '' }],
  ['opts_null', null], ['opts_num', 5], ['opts_str', 'x'],
];
const warnings = [];
process.emitWarning = (w) => warnings.push(String(w.message ?? w));
for (const [name, o] of cases) {
  warnings.length = 0;
  try {
    tls.createSecureContext(o);
    console.log(name, 'ok', warnings.join('; '));
  } catch (e) {
    console.log(name, e.name, e.code, JSON.stringify(e.message), '|', String(e.stack).split('\n')[0]);
  }
}
