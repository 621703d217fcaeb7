'use strict';
// createSecureContext and the SecureContext wrapper over internalBinding('tls_wrap').

const binding = internalBinding('tls_wrap');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_TLS_INVALID_PROTOCOL_VERSION,
    ERR_TLS_PROTOCOL_VERSION_CONFLICT,
  },
} = require('internal/errors');
const { validateInt32, validateInteger, validateObject, validateString } = require('internal/validators');

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

function validateVersion(v, which) {
  if (!versions.includes(v)) throw new ERR_TLS_INVALID_PROTOCOL_VERSION(v, which);
}

function validateKeyOrCert(name, value) {
  if (typeof value !== 'string' && !ArrayBuffer.isView(value)) {
    throw new ERR_INVALID_ARG_TYPE(`options.${name}`,
      ['string', 'Buffer', 'TypedArray', 'DataView'], value);
  }
}

function validateStringOrNullish(value, name) {
  if (value !== undefined && value !== null && typeof value !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'null', 'undefined'], value);
  }
}

class SecureContext {
  constructor(secureProtocol, secureOptions, minVersion, maxVersion) {
    this.context = new binding.SecureContext();
    this.context.init(secureProtocol, minVersion, maxVersion);
    if (secureOptions) {
      validateInteger(secureOptions, 'secureOptions');
      this.context.setOptions(secureOptions);
    }
  }
}

// 'a:TLS_b:c' -> the TLS 1.2 cipher list and the TLS 1.3 suites; both empty is an error.
function splitCiphers(ciphers) {
  const parts = ciphers.split(':');
  const tls13 = parts.filter((c) => c.startsWith('TLS_')).join(':');
  const tls12 = parts.filter((c) => c !== '' && !c.startsWith('TLS_')).join(':');
  if (tls12 === '' && tls13 === '') throw new ERR_INVALID_ARG_VALUE('options.ciphers', parts);
  return [tls12, tls13];
}

// Each of ca/cert/key/crl/pfx is one value or an array of them; falsy values of the first three
// are ignored as node does.
function eachOf(value, fn) {
  if (Array.isArray(value)) {
    for (const v of value) fn(v);
  } else {
    fn(value);
  }
}

function setKey(ctx, key, passphrase) {
  validateKeyOrCert('key', key);
  if (passphrase !== undefined && passphrase !== null) validateString(passphrase, 'options.passphrase');
  ctx.setKey(key, passphrase);
}

function createSecureContext(options) {
  if (options === undefined || options === null) options = {};
  validateObject(options, 'options');
  const { secureProtocol, honorCipherOrder } = options;
  let { minVersion, maxVersion, secureOptions } = options;
  if (honorCipherOrder) secureOptions |= SSL_OP_CIPHER_SERVER_PREFERENCE;
  if (secureProtocol) {
    if (minVersion !== undefined && minVersion !== null) {
      throw new ERR_TLS_PROTOCOL_VERSION_CONFLICT(minVersion, secureProtocol);
    }
    if (maxVersion !== undefined && maxVersion !== null) {
      throw new ERR_TLS_PROTOCOL_VERSION_CONFLICT(maxVersion, secureProtocol);
    }
  }
  minVersion ??= module.exports.defaults.DEFAULT_MIN_VERSION;
  maxVersion ??= module.exports.defaults.DEFAULT_MAX_VERSION;
  validateVersion(minVersion, 'minimum');
  validateVersion(maxVersion, 'maximum');
  const sc = new SecureContext(typeof secureProtocol === 'string' ? secureProtocol : undefined,
                              secureOptions, minVersion, maxVersion);
  const ctx = sc.context;
  const {
    ca, cert, key, passphrase, sigalgs, privateKeyIdentifier, privateKeyEngine, ciphers, ecdhCurve,
    dhparam, crl, sessionIdContext, pfx, clientCertEngine, ticketKeys, sessionTimeout,
  } = options;

  if (ciphers !== undefined && ciphers !== null) validateString(ciphers, 'options.ciphers');
  const cipherString = ciphers || module.exports.defaults.DEFAULT_CIPHERS;
  const [tls12, tls13] = splitCiphers(cipherString);
  // Only TLS 1.2 ciphers named: the TLS 1.3 suites stay OpenSSL's defaults.
  ctx.setCiphers(tls12, tls13 === '' && cipherString !== module.exports.defaults.DEFAULT_CIPHERS ?
    undefined : tls13);
  if (ca) {
    eachOf(ca, (c) => {
      validateKeyOrCert('ca', c);
      ctx.addCACert(c);
    });
  } else {
    ctx.addRootCerts();
  }
  if (cert) {
    eachOf(cert, (c) => {
      validateKeyOrCert('cert', c);
      ctx.setCert(c);
    });
  }
  if (key) {
    if (Array.isArray(key)) {
      for (const k of key) {
        const pem = k?.pem !== undefined ? k.pem : k;
        setKey(ctx, pem, k?.passphrase || passphrase);
      }
    } else {
      setKey(ctx, key, passphrase);
    }
  }
  if (sigalgs !== undefined && sigalgs !== null) {
    validateString(sigalgs, 'options.sigalgs');
    if (sigalgs === '') throw new ERR_INVALID_ARG_VALUE('options.sigalgs', sigalgs);
    ctx.setSigalgs(sigalgs);
  }
  if (privateKeyIdentifier !== undefined && privateKeyIdentifier !== null) {
    if (privateKeyEngine === undefined || privateKeyEngine === null) {
      throw new ERR_INVALID_ARG_VALUE('options.privateKeyEngine', privateKeyEngine);
    }
    // Two ways to give one key: refused, as node does.
    if (key) throw new ERR_INVALID_ARG_VALUE('options.privateKeyIdentifier', privateKeyIdentifier);
    validateStringOrNullish(privateKeyIdentifier, 'options.privateKeyIdentifier');
    validateStringOrNullish(privateKeyEngine, 'options.privateKeyEngine');
    ctx.setEngineKey(privateKeyIdentifier, privateKeyEngine);
  }
  const curve = ecdhCurve === undefined ? module.exports.defaults.DEFAULT_ECDH_CURVE : ecdhCurve;
  validateString(curve, 'options.ecdhCurve');
  if (curve) ctx.setECDHCurve(curve);
  if (dhparam !== undefined && dhparam !== null) {
    if (dhparam !== 'auto') validateKeyOrCert('dhparam', dhparam);
    const bits = ctx.setDHParam(dhparam === 'auto' || dhparam);
    if (bits > 0 && bits < 2048) process.emitWarning('DH parameter is less than 2048 bits', 'SecurityWarning');
  }
  if (crl !== undefined && crl !== null) {
    eachOf(crl, (c) => {
      validateKeyOrCert('crl', c);
      ctx.addCRL(c);
    });
  }
  if (sessionIdContext !== undefined && sessionIdContext !== null) {
    validateString(sessionIdContext, 'options.sessionIdContext');
    ctx.setSessionIdContext(sessionIdContext);
  }
  if (pfx !== undefined && pfx !== null) {
    // Objects ({ buf, passphrase }) are unwrapped inside an array only, as node does.
    // An empty passphrase is none.
    if (Array.isArray(pfx)) {
      for (const p of pfx) {
        if (p.buf) ctx.loadPKCS12(p.buf, p.passphrase || passphrase || undefined);
        else ctx.loadPKCS12(p, passphrase || undefined);
      }
    } else {
      ctx.loadPKCS12(pfx, passphrase || undefined);
    }
  }
  validateStringOrNullish(clientCertEngine, 'options.clientCertEngine');
  if (typeof clientCertEngine === 'string') ctx.setClientCertEngine(clientCertEngine);
  if (ticketKeys !== undefined && ticketKeys !== null) {
    if (!ArrayBuffer.isView(ticketKeys)) {
      throw new ERR_INVALID_ARG_TYPE('options.ticketKeys', ['Buffer', 'TypedArray', 'DataView'], ticketKeys);
    }
    if (ticketKeys.byteLength !== 48) {
      throw new ERR_INVALID_ARG_VALUE('options.ticketKeys', ticketKeys.byteLength, 'must be exactly 48 bytes');
    }
    ctx.setTicketKeys(ticketKeys);
  }
  if (sessionTimeout !== undefined && sessionTimeout !== null) {
    validateInt32(sessionTimeout, 'options.sessionTimeout', 0);
    ctx.setSessionTimeout(sessionTimeout);
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
