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

function getCiphers() {
  return require('crypto').getCiphers ? tlsCiphers() : [];
}

function tlsCiphers() {
  return ['aes128-gcm-sha256', 'aes128-sha', 'aes128-sha256', 'aes256-gcm-sha384', 'aes256-sha',
    'aes256-sha256', 'dhe-rsa-aes128-gcm-sha256', 'dhe-rsa-aes128-sha256',
    'dhe-rsa-aes256-gcm-sha384', 'dhe-rsa-aes256-sha256', 'dhe-rsa-chacha20-poly1305',
    'ecdhe-ecdsa-aes128-gcm-sha256', 'ecdhe-ecdsa-aes128-sha256', 'ecdhe-ecdsa-aes256-gcm-sha384',
    'ecdhe-ecdsa-aes256-sha384', 'ecdhe-ecdsa-chacha20-poly1305', 'ecdhe-rsa-aes128-gcm-sha256',
    'ecdhe-rsa-aes128-sha256', 'ecdhe-rsa-aes256-gcm-sha384', 'ecdhe-rsa-aes256-sha384',
    'ecdhe-rsa-chacha20-poly1305', 'tls_aes_128_gcm_sha256', 'tls_aes_256_gcm_sha384',
    'tls_chacha20_poly1305_sha256'];
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
