'use strict';
// createDiffieHellman / getDiffieHellman: DiffieHellman and DiffieHellmanGroup objects.

const { Buffer } = require('buffer');
const {
  binding,
  codedError,
  getArrayBufferOrView,
  isAnyArrayBuffer,
  isArrayBufferView,
  toBuffer,
} = require('internal/crypto/util');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
  },
} = require('internal/errors');
const { validateInt32 } = require('internal/validators');

const kHandle = Symbol('kHandle');

function encode(ab, encoding) {
  const buf = toBuffer(ab);
  return encoding && encoding !== 'buffer' ? buf.toString(encoding) : buf;
}

function DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  if (!(this instanceof DiffieHellman)) {
    return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
  }
  if (typeof sizeOrKey !== 'number' && typeof sizeOrKey !== 'string' &&
      !isArrayBufferView(sizeOrKey) && !isAnyArrayBuffer(sizeOrKey)) {
    throw new ERR_INVALID_ARG_TYPE('sizeOrKey',
      ['number', 'string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], sizeOrKey);
  }
  if (typeof sizeOrKey === 'number') validateInt32(sizeOrKey, 'sizeOrKey');
  if (keyEncoding && !Buffer.isEncoding(keyEncoding) && keyEncoding !== 'buffer') {
    genEncoding = generator;
    generator = keyEncoding;
    keyEncoding = false;
  }
  const encoding = keyEncoding || 'buffer';
  if (typeof sizeOrKey !== 'number') sizeOrKey = toBuf(sizeOrKey, encoding);
  if (!generator) {
    generator = 2;
  } else if (typeof generator === 'number') {
    validateInt32(generator, 'generator');
  } else if (typeof generator === 'string') {
    generator = toBuf(generator, genEncoding);
  } else if (!isArrayBufferView(generator) && !isAnyArrayBuffer(generator)) {
    throw new ERR_INVALID_ARG_TYPE('generator',
      ['number', 'string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], generator);
  }
  const h = new binding.DiffieHellmanHandle();
  if (typeof sizeOrKey === 'number') {
    // node refuses a prime length below 2 first (OpenSSL's "modulus too small")
    if (typeof generator !== 'number' && sizeOrKey >= 2) {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'Second argument must be an int32');
    }
    if (!h.initGenerate(sizeOrKey, generator)) {
      throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', 'Invalid DH parameters');
    }
  } else {
    let g = generator;
    if (typeof g === 'number') {
      let hex = g.toString(16);
      if (hex.length % 2) hex = '0' + hex;
      g = Buffer.from(hex, 'hex');
    }
    h.initPrime(sizeOrKey, g);
  }
  this[kHandle] = h;
  Object.defineProperty(this, 'verifyError', {
    enumerable: true, configurable: true, writable: false, value: h.verifyError(),
  });
}

function toBuf(v, enc) {
  if (typeof v === 'string') return Buffer.from(v, enc && enc !== 'buffer' ? enc : 'utf8');
  return v;
}

function DiffieHellmanGroup(name) {
  if (!(this instanceof DiffieHellmanGroup)) return new DiffieHellmanGroup(name);
  if (typeof name !== 'string') throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'Group name must be a string');
  const h = new binding.DiffieHellmanHandle();
  if (!h.initGroup(name)) throw codedError(Error, 'ERR_CRYPTO_UNKNOWN_DH_GROUP', 'Unknown DH group');
  this[kHandle] = h;
  Object.defineProperty(this, 'verifyError', {
    enumerable: true, configurable: true, writable: false, value: h.verifyError(),
  });
}

const proto = {
  generateKeys(encoding) {
    return encode(this[kHandle].generateKeys(), encoding);
  },
  computeSecret(key, inEnc, outEnc) {
    key = getArrayBufferOrView(key, 'key', inEnc);
    const r = this[kHandle].computeSecret(key);
    if (r === 'small') throw codedError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Supplied key is too small');
    if (r === 'large' || r === 'invalid') {
      throw codedError(RangeError, 'ERR_CRYPTO_INVALID_KEYTYPE', 'Unspecified validation error');
    }
    return encode(r, outEnc);
  },
  getPrime(encoding) {
    const r = this[kHandle].getField(0);
    if (r === undefined) throw codedError(Error, 'ERR_CRYPTO_INVALID_STATE', 'p is null');
    return encode(r, encoding);
  },
  getGenerator(encoding) { return encode(this[kHandle].getField(1), encoding); },
  getPublicKey(encoding) {
    const r = this[kHandle].getField(2);
    if (r === undefined) throw codedError(Error, 'ERR_CRYPTO_INVALID_STATE', 'No public key - did you forget to generate one?');
    return encode(r, encoding);
  },
  getPrivateKey(encoding) {
    const r = this[kHandle].getField(3);
    if (r === undefined) throw codedError(Error, 'ERR_CRYPTO_INVALID_STATE', 'No private key - did you forget to generate one?');
    return encode(r, encoding);
  },
};

Object.assign(DiffieHellman.prototype, proto, {
  setPublicKey(key, encoding) {
    this[kHandle].setKey(0, getArrayBufferOrView(key, 'key', encoding));
    return this;
  },
  setPrivateKey(key, encoding) {
    this[kHandle].setKey(1, getArrayBufferOrView(key, 'key', encoding));
    return this;
  },
});
Object.assign(DiffieHellmanGroup.prototype, proto);

function createDiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
}

function getDiffieHellman(groupName) {
  return new DiffieHellmanGroup(groupName);
}

module.exports = {
  DiffieHellman,
  DiffieHellmanGroup,
  createDiffieHellman,
  getDiffieHellman,
};
