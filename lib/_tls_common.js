'use strict';
// createSecureContext and the SecureContext wrapper over internalBinding('tls_wrap').

const binding = internalBinding('tls_wrap');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_TLS_INVALID_PROTOCOL_VERSION,
    ERR_TLS_PROTOCOL_VERSION_CONFLICT,
  },
} = require('internal/errors');
const { validateInt32, validateString } = require('internal/validators');

const SSL_OP_CIPHER_SERVER_PREFERENCE = 0x400000;

const DEFAULT_CIPHERS = 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:' +
  'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:' +
  'ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:' +
  'DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:' +
  'DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA';

const defaults = {
  DEFAULT_CIPHERS,
  DEFAULT_ECDH_CURVE: 'auto',
  DEFAULT_MIN_VERSION: 'TLSv1.2',
  DEFAULT_MAX_VERSION: 'TLSv1.3',
};

const versions = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

function validateVersion(v, name) {
  if (!versions.includes(v)) throw new ERR_TLS_INVALID_PROTOCOL_VERSION(v, name);
}

function toList(value) {
  return Array.isArray(value) ? value : [value];
}

function validateKeyOrCert(name, value) {
  if (typeof value !== 'string' && !ArrayBuffer.isView(value)) {
    throw new ERR_INVALID_ARG_TYPE(`options.${name}`,
      ['string', 'Buffer', 'TypedArray', 'DataView'], value);
  }
}

class SecureContext {
  constructor(secureProtocol, secureOptions, minVersion, maxVersion) {
    this.context = new binding.SecureContext();
    this.context.init(minVersion, maxVersion);
    if (secureOptions) this.context.setOptions(secureOptions);
  }
}

function splitCiphers(list) {
  const parts = `${list}`.split(':').filter(Boolean);
  const tls13 = parts.filter((c) => c.startsWith('TLS_'));
  const tls12 = parts.filter((c) => !c.startsWith('TLS_'));
  return [tls12.join(':'), tls13.join(':')];
}

function createSecureContext(options = {}) {
  if (options === null || typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  let minVersion = options.minVersion;
  let maxVersion = options.maxVersion;
  if (options.secureProtocol !== undefined && (minVersion !== undefined || maxVersion !== undefined)) {
    throw new ERR_TLS_PROTOCOL_VERSION_CONFLICT(minVersion ?? maxVersion, options.secureProtocol);
  }
  if (minVersion === undefined) minVersion = module.exports.defaults.DEFAULT_MIN_VERSION;
  if (maxVersion === undefined) maxVersion = module.exports.defaults.DEFAULT_MAX_VERSION;
  validateVersion(minVersion, 'minVersion');
  validateVersion(maxVersion, 'maxVersion');
  let secureOptions = options.secureOptions;
  if (secureOptions !== undefined) validateInt32(secureOptions, 'secureOptions');
  if (options.honorCipherOrder) secureOptions = (secureOptions ?? 0) | SSL_OP_CIPHER_SERVER_PREFERENCE;
  const sc = new SecureContext(options.secureProtocol, secureOptions, minVersion, maxVersion);
  const ctx = sc.context;

  if (options.ca !== undefined && options.ca !== null) {
    for (const ca of toList(options.ca)) {
      validateKeyOrCert('ca', ca);
      ctx.addCACert(ca);
    }
  } else {
    ctx.addRootCerts();
  }
  if (options.cert !== undefined && options.cert !== null) {
    for (const cert of toList(options.cert)) {
      validateKeyOrCert('cert', cert);
      ctx.setCert(cert);
    }
  }
  if (options.key !== undefined && options.key !== null) {
    for (const key of toList(options.key)) {
      if (key !== null && typeof key === 'object' && !ArrayBuffer.isView(key)) {
        validateKeyOrCert('key.pem', key.pem);
        ctx.setKey(key.pem, key.passphrase ?? options.passphrase);
      } else {
        validateKeyOrCert('key', key);
        ctx.setKey(key, options.passphrase);
      }
    }
  }
  if (options.pfx !== undefined && options.pfx !== null) {
    for (const pfx of toList(options.pfx)) {
      if (pfx !== null && typeof pfx === 'object' && !ArrayBuffer.isView(pfx)) {
        ctx.loadPKCS12(pfx.buf, pfx.passphrase ?? options.passphrase);
      } else {
        ctx.loadPKCS12(pfx, options.passphrase);
      }
    }
  }
  const ciphers = options.ciphers ?? module.exports.defaults.DEFAULT_CIPHERS;
  if (typeof ciphers !== 'string') throw new ERR_INVALID_ARG_TYPE('options.ciphers', 'string', ciphers);
  const [tls12, tls13] = splitCiphers(ciphers);
  ctx.setCiphers(tls12, tls13 === '' && ciphers !== module.exports.defaults.DEFAULT_CIPHERS ? undefined : tls13);
  const curve = options.ecdhCurve ?? module.exports.defaults.DEFAULT_ECDH_CURVE;
  if (typeof curve !== 'string') throw new ERR_INVALID_ARG_TYPE('options.ecdhCurve', 'string', curve);
  ctx.setECDHCurve(curve);
  const { sigalgs, dhparam, privateKeyIdentifier, privateKeyEngine, ticketKeys, sessionIdContext } = options;
  if (sigalgs !== undefined && sigalgs !== null) {
    validateString(sigalgs, 'options.sigalgs');
    if (sigalgs === '') throw new ERR_INVALID_ARG_VALUE('options.sigalgs', sigalgs);
    ctx.setSigalgs(sigalgs);
  }
  if (dhparam !== undefined && dhparam !== null) {
    if (dhparam !== 'auto') validateKeyOrCert('dhparam', dhparam);
    const bits = ctx.setDHParam(dhparam === 'auto' || dhparam);
    if (bits > 0 && bits < 1024) {
      throw new ERR_INVALID_ARG_VALUE('options.dhparam', dhparam, 'DH parameter is less than 1024 bits');
    }
    if (bits > 0 && bits < 2048) process.emitWarning('DH parameter is less than 2048 bits', 'SecurityWarning');
  }
  if (privateKeyIdentifier !== undefined && privateKeyIdentifier !== null) {
    if (privateKeyEngine === undefined || privateKeyEngine === null) {
      throw new ERR_INVALID_ARG_VALUE('options.privateKeyEngine', privateKeyEngine);
    }
    // OpenSSL engines are not supported (as in node builds without them).
    throw new ERR_INVALID_ARG_VALUE('options.privateKeyIdentifier', privateKeyIdentifier);
  }
  if (ticketKeys !== undefined && ticketKeys !== null) {
    if (!ArrayBuffer.isView(ticketKeys)) {
      throw new ERR_INVALID_ARG_TYPE('options.ticketKeys', ['Buffer', 'TypedArray', 'DataView'], ticketKeys);
    }
    if (ticketKeys.byteLength !== 48) {
      throw new ERR_INVALID_ARG_VALUE('options.ticketKeys', ticketKeys.byteLength, 'must be exactly 48 bytes');
    }
    ctx.setTicketKeys(ticketKeys);
  }
  if (sessionIdContext !== undefined && sessionIdContext !== null) {
    validateString(sessionIdContext, 'options.sessionIdContext');
    ctx.setSessionIdContext(sessionIdContext);
  }
  if (options.sessionTimeout !== undefined && options.sessionTimeout !== null) {
    validateInt32(options.sessionTimeout, 'options.sessionTimeout', 0);
    ctx.setSessionTimeout(options.sessionTimeout);
  }
  return sc;
}

function translatePeerCertificate(c) {
  if (!c) return null;
  const { FastBuffer } = require('internal/buffer');
  for (const key of ['raw', 'pubkey']) {
    const v = c[key];
    if (v && !(v instanceof FastBuffer)) c[key] = new FastBuffer(v.buffer, v.byteOffset, v.byteLength);
  }
  if (c.issuerCertificate !== undefined && c.issuerCertificate !== c) {
    c.issuerCertificate = translatePeerCertificate(c.issuerCertificate);
  }
  if (c.infoAccess !== undefined) {
    const info = c.infoAccess;
    c.infoAccess = Object.create(null);
    for (const key of Object.keys(info)) c.infoAccess[key] = info[key];
  }
  return c;
}

module.exports = {
  SecureContext,
  createSecureContext,
  defaults,
  translatePeerCertificate,
};
