'use strict';

const tlsCommon = require('_tls_common');
const tlsWrap = require('_tls_wrap');
const { defaults } = tlsCommon;

let rootCerts;
function readRootCertificates() {
  if (rootCerts !== undefined) return rootCerts;
  const file = internalBinding('tls_wrap').defaultCAFile;
  let text = '';
  try {
    text = require('fs').readFileSync(file, 'latin1');
  } catch {
    text = '';
  }
  rootCerts = Object.freeze(text.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? []);
  return rootCerts;
}

let ciphers;
// OpenSSL's default cipher names, lower case, sorted, without duplicates (node's list).
function getCiphers() {
  ciphers ??= [...new Set(internalBinding('tls_wrap').getSSLCiphers().map((c) => c.toLowerCase()))].sort();
  return [...ciphers];
}

module.exports = {
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_CIPHERS: defaults.DEFAULT_CIPHERS,
  DEFAULT_ECDH_CURVE: defaults.DEFAULT_ECDH_CURVE,
  DEFAULT_MIN_VERSION: defaults.DEFAULT_MIN_VERSION,
  DEFAULT_MAX_VERSION: defaults.DEFAULT_MAX_VERSION,
  getCiphers,
  rootCertificates: undefined,
  getCACertificates(type = 'default') {
    return type === 'default' || type === 'system' || type === 'bundled' ? [...readRootCertificates()] : [];
  },
  setDefaultCACertificates() {},
  convertALPNProtocols: tlsWrap.convertALPNProtocols,
  checkServerIdentity: tlsWrap.checkServerIdentity,
  createSecureContext: tlsCommon.createSecureContext,
  SecureContext: tlsCommon.SecureContext,
  TLSSocket: tlsWrap.TLSSocket,
  Server: tlsWrap.Server,
  createServer: tlsWrap.createServer,
  connect: tlsWrap.connect,
  createSecurePair() {
    throw new (require('internal/errors').codes.ERR_METHOD_NOT_IMPLEMENTED)('tls.createSecurePair()');
  },
};
Object.defineProperty(module.exports, 'rootCertificates', {
  get: readRootCertificates, enumerable: true, configurable: true,
});
// The DEFAULT_* settings are writable and read at use.
for (const key of ['DEFAULT_CIPHERS', 'DEFAULT_ECDH_CURVE', 'DEFAULT_MIN_VERSION', 'DEFAULT_MAX_VERSION']) {
  Object.defineProperty(module.exports, key, {
    get() { return defaults[key]; },
    set(v) { defaults[key] = v; },
    enumerable: true, configurable: true,
  });
}
