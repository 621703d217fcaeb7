'use strict';
// globalThis.crypto: Crypto (getRandomValues, randomUUID, subtle), SubtleCrypto, CryptoKey.

const {
  codes: {
    ERR_INVALID_THIS,
    ERR_ILLEGAL_CONSTRUCTOR,
  },
} = require('internal/errors');
const { lazyDOMException } = require('internal/crypto/webidl');
const { binding, isAnyArrayBuffer, isArrayBufferView } = require('internal/crypto/util');

const kConstruct = Symbol('kConstruct');

function illegal() {
  const err = new TypeError('Illegal constructor');
  err.code = 'ERR_ILLEGAL_CONSTRUCTOR';
  return err;
}

class Crypto {
  constructor(key) {
    if (key !== kConstruct) throw (ERR_ILLEGAL_CONSTRUCTOR ? new ERR_ILLEGAL_CONSTRUCTOR() : illegal());
  }

  get subtle() {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    return subtle;
  }

  getRandomValues(array) {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    if (arguments.length < 1) {
      const e = new TypeError('The "typedArray" argument must be specified');
      e.code = 'ERR_MISSING_ARGS';
      throw e;
    }
    return require('internal/crypto/random').getRandomValues(array);
  }

  randomUUID() {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    return require('internal/crypto/random').randomUUID();
  }
}
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, {
  value: 'Crypto', configurable: true,
});

const kDigestNames = {
  'sha-1': 'sha1', 'sha-256': 'sha256', 'sha-384': 'sha384', 'sha-512': 'sha512',
};

function normalizeDigest(algorithm) {
  const name = typeof algorithm === 'string' ? algorithm : algorithm?.name;
  const n = kDigestNames[String(name).toLowerCase()];
  if (n === undefined) throw lazyDOMException('Unrecognized algorithm name', 'NotSupportedError');
  return n;
}

function bufferSource(data, name) {
  if (isAnyArrayBuffer(data) || isArrayBufferView(data)) return data;
  const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
  throw new ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], data);
}

class SubtleCrypto {
  constructor(key) {
    if (key !== kConstruct) throw (ERR_ILLEGAL_CONSTRUCTOR ? new ERR_ILLEGAL_CONSTRUCTOR() : illegal());
  }

  async digest(algorithm, data) {
    if (!(this instanceof SubtleCrypto)) throw new ERR_INVALID_THIS('SubtleCrypto');
    const alg = normalizeDigest(algorithm);
    data = bufferSource(data, 'data');
    // Copy now: the caller may change the buffer after the call returns.
    const copy = new Uint8Array(isAnyArrayBuffer(data) ? data.slice(0) :
      data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength));
    return binding.oneShotDigest(alg, copy);
  }
}
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, {
  value: 'SubtleCrypto', configurable: true,
});

const subtle = new SubtleCrypto(kConstruct);
const crypto = new Crypto(kConstruct);

module.exports = {
  Crypto,
  SubtleCrypto,
  crypto,
  subtle,
};
