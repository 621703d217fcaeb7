'use strict';
// X509Certificate over the binding's X509Handle.

const { Buffer } = require('buffer');
const {
  binding,
  isAnyArrayBuffer,
  isArrayBufferView,
  toBuffer,
} = require('internal/crypto/util');
const { PublicKeyObject, isKeyObject, kHandle } = require('internal/crypto/keys');
const { JSTransferable, kClone, registerCloneFactory } = require('internal/worker/js_transferable');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const {
  validateBoolean,
  validateObject,
  validateString,
} = require('internal/validators');

const kX509 = Symbol('kX509');
const kCache = Symbol('kCache');

function isX509Certificate(value) {
  return value != null && value[kX509] !== undefined;
}

function getFlags(options = {}) {
  validateObject(options, 'options');
  const {
    subject = 'default',
    wildcards = true,
    partialWildcards = true,
    multiLabelWildcards = false,
    singleLabelSubdomains = false,
  } = options;
  let flags = 0;
  validateString(subject, 'options.subject');
  validateBoolean(wildcards, 'options.wildcards');
  validateBoolean(partialWildcards, 'options.partialWildcards');
  validateBoolean(multiLabelWildcards, 'options.multiLabelWildcards');
  validateBoolean(singleLabelSubdomains, 'options.singleLabelSubdomains');
  switch (subject) {
    case 'default': break;
    case 'always': flags |= 0x1; break;
    case 'never': flags |= 0x20; break;
    default:
      throw new ERR_INVALID_ARG_VALUE('options.subject', subject);
  }
  if (!wildcards) flags |= 0x2;
  if (!partialWildcards) flags |= 0x4;
  if (multiLabelWildcards) flags |= 0x8;
  if (singleLabelSubdomains) flags |= 0x10;
  return flags;
}

class X509Certificate extends JSTransferable {
  constructor(buffer) {
    super();
    if (typeof buffer === 'string') buffer = Buffer.from(buffer);
    if (!isArrayBufferView(buffer) && !isAnyArrayBuffer(buffer)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
    }
    const handle = new binding.X509Handle();
    handle.parse(buffer);
    this[kX509] = handle;
    this[kCache] = new Map();
  }

  #cached(key, fn) {
    const cache = this[kCache];
    if (!cache.has(key)) cache.set(key, fn());
    return cache.get(key);
  }

  get subject() { return this.#cached('subject', () => this[kX509].subject()); }
  get subjectAltName() { return this.#cached('subjectAltName', () => this[kX509].subjectAltName()); }
  get issuer() { return this.#cached('issuer', () => this[kX509].issuer()); }
  get issuerCertificate() { return undefined; }
  get infoAccess() {
    return this.#cached('infoAccess', () => {
      const v = this[kX509].infoAccess();
      return v === undefined ? undefined : `${v}\n`;
    });
  }
  get validFrom() { return this.#cached('validFrom', () => this[kX509].validFrom()); }
  get validTo() { return this.#cached('validTo', () => this[kX509].validTo()); }
  get validFromDate() { return new Date(this.validFrom); }
  get validToDate() { return new Date(this.validTo); }
  get fingerprint() { return this.#cached('fingerprint', () => this[kX509].fingerprint('sha1')); }
  get fingerprint256() { return this.#cached('fingerprint256', () => this[kX509].fingerprint('sha256')); }
  get fingerprint512() { return this.#cached('fingerprint512', () => this[kX509].fingerprint('sha512')); }
  get keyUsage() { return this.#cached('keyUsage', () => this[kX509].keyUsage()); }
  get serialNumber() { return this.#cached('serialNumber', () => this[kX509].serialNumber()); }
  [kClone]() {
    return { data: this.raw, deserializeInfo: 'internal/crypto/x509:X509Certificate' };
  }

  get raw() { return this.#cached('raw', () => toBuffer(this[kX509].raw())); }
  get publicKey() { return this.#cached('publicKey', () => new PublicKeyObject(this[kX509].publicKey())); }
  get ca() { return this.#cached('ca', () => this[kX509].isCA()); }

  toLegacyObject() {
    const o = this[kX509].toLegacy();
    for (const key of ['raw', 'pubkey']) {
      const v = o[key];
      if (v !== undefined) o[key] = Buffer.from(v.buffer, v.byteOffset, v.byteLength);
    }
    return o;
  }

  toString() { return this.#cached('pem', () => this[kX509].pem()); }
  toJSON() { return this.toString(); }

  checkHost(name, options) {
    validateString(name, 'name');
    return this[kX509].checkHost(name, getFlags(options));
  }

  checkEmail(email, options) {
    validateString(email, 'email');
    return this[kX509].checkEmail(email, getFlags(options));
  }

  checkIP(ip, options) {
    validateString(ip, 'ip');
    // The options are accepted and ignored, as in Node.
    if (options !== undefined) getFlags(options);
    return this[kX509].checkIP(ip);
  }

  checkIssued(otherCert) {
    if (!isX509Certificate(otherCert)) {
      throw new ERR_INVALID_ARG_TYPE('otherCert', 'X509Certificate', otherCert);
    }
    return this[kX509].checkIssued(otherCert[kX509]);
  }

  checkPrivateKey(pkey) {
    if (!isKeyObject(pkey)) throw new ERR_INVALID_ARG_TYPE('pkey', 'KeyObject', pkey);
    if (pkey.type !== 'private') throw new ERR_INVALID_ARG_VALUE('pkey', pkey);
    return this[kX509].checkPrivateKey(pkey[kHandle]);
  }

  verify(pkey) {
    if (!isKeyObject(pkey)) throw new ERR_INVALID_ARG_TYPE('pkey', 'KeyObject', pkey);
    if (pkey.type !== 'public') throw new ERR_INVALID_ARG_VALUE('pkey', pkey);
    return this[kX509].verify(pkey[kHandle]);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    if (depth < 0) return this;
    const { inspect } = require('util');
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `X509Certificate ${inspect({
      subject: this.subject,
      subjectAltName: this.subjectAltName,
      issuer: this.issuer,
      infoAccess: this.infoAccess,
      validFrom: this.validFrom,
      validTo: this.validTo,
      validFromDate: this.validFromDate,
      validToDate: this.validToDate,
      fingerprint: this.fingerprint,
      fingerprint256: this.fingerprint256,
      fingerprint512: this.fingerprint512,
      keyUsage: this.keyUsage,
      serialNumber: this.serialNumber,
    }, opts)}`;
  }
}

registerCloneFactory('X509Certificate', (raw) => new X509Certificate(raw));

module.exports = {
  X509Certificate,
  isX509Certificate,
  ERR_INVALID_THIS,
};
