'use strict';
// createHash / createHmac / crypto.hash: Hash and Hmac objects over the binding's EVP contexts,
// Transform streams through LazyTransform.

const { Buffer } = require('buffer');
const {
  binding,
  encodeOutput,
  invalidDigest,
  isArrayBufferView,
} = require('internal/crypto/util');
const LazyTransform = require('internal/crypto/lazy_transform');
const {
  codes: {
    ERR_CRYPTO_HASH_FINALIZED,
    ERR_CRYPTO_HASH_UPDATE_FAILED,
    ERR_INVALID_ARG_TYPE,
  },
} = require('internal/errors');
const {
  validateEncoding,
  validateString,
  validateUint32,
} = require('internal/validators');

const kHandle = Symbol('kHandle');
const kState = Symbol('kState');
const kFinalized = Symbol('kFinalized');

// Strings in encodings other than utf8/latin1 become Buffers here; the binding reads the rest.
function prepareData(data, encoding, name = 'data') {
  if (typeof data === 'string') {
    if (encoding === undefined || encoding === 'utf8' || encoding === 'utf-8' ||
        encoding === 'buffer' || encoding === 'latin1' || encoding === 'binary') {
      return data;
    }
    validateEncoding(data, encoding);
    const enc = typeof encoding === 'string' && Buffer.isEncoding(encoding) ? encoding : 'utf8';
    return Buffer.from(data, enc);
  }
  if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  return data;
}

function digestEncoding(enc) {
  if (enc === undefined || enc === 'buffer') return undefined;
  if (enc === 'hex' || enc === 'latin1' || enc === 'binary') return enc;
  return typeof enc === 'string' && Buffer.isEncoding(enc) ? enc : undefined;
}

function finishDigest(result, enc) {
  return typeof result === 'string' ? result : encodeOutput(result, enc);
}

function Hash(algorithm, options) {
  if (!new.target) return new Hash(algorithm, options);
  const copyFrom = algorithm instanceof binding.Hash;
  if (!copyFrom) validateString(algorithm, 'algorithm');
  const xofLen = typeof options === 'object' && options !== null ? options.outputLength : undefined;
  if (xofLen !== undefined) validateUint32(xofLen, 'options.outputLength');
  this[kHandle] = new binding.Hash(algorithm, xofLen);
  this[kState] = { [kFinalized]: false };
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);

Hash.prototype.copy = function copy(options) {
  if (this[kState][kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  return new Hash(this[kHandle], options);
};

Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  this[kHandle].update(prepareData(chunk, encoding), encoding);
  callback();
};

Hash.prototype._flush = function _flush(callback) {
  this.push(encodeOutput(this[kHandle].digest()));
  callback();
};

Hash.prototype.update = function update(data, encoding) {
  if (this[kState][kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  data = prepareData(data, encoding);
  if (!this[kHandle].update(data, encoding)) throw new ERR_CRYPTO_HASH_UPDATE_FAILED();
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  if (this[kState][kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  this[kState][kFinalized] = true;
  const enc = digestEncoding(outputEncoding);
  return finishDigest(this[kHandle].digest(enc), enc);
};

function Hmac(hmac, key, options) {
  if (!new.target) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  const encoding = typeof options === 'object' && options !== null ? options.encoding : undefined;
  key = require('internal/crypto/keys').prepareSecretKey(key, encoding);
  this[kHandle] = new binding.Hmac();
  const ok = this[kHandle].init(hmac, key);
  // node reports an XOF digest with OpenSSL's empty error
  if (ok === 'xof') throw new Error('error:00000000:lib(0)::reason(0)');
  if (!ok) throw invalidDigest(hmac);
  this[kState] = { [kFinalized]: false };
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hmac, LazyTransform);

Hmac.prototype.update = Hash.prototype.update;
Hmac.prototype._transform = Hash.prototype._transform;
Hmac.prototype._flush = Hash.prototype._flush;

Hmac.prototype.digest = function digest(outputEncoding) {
  const enc = digestEncoding(outputEncoding);
  if (this[kState][kFinalized]) {
    const buf = Buffer.from('');
    return enc === undefined ? buf : buf.toString(enc);
  }
  this[kState][kFinalized] = true;
  return finishDigest(this[kHandle].digest(enc), enc);
};

// crypto.hash(algorithm, data[, outputEncoding = 'hex'])
function hash(algorithm, input, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !isArrayBufferView(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  let normalized = outputEncoding;
  if (outputEncoding !== 'buffer' && outputEncoding !== 'hex' && outputEncoding !== 'base64') {
    validateString(outputEncoding, 'outputEncoding');
    normalized = outputEncoding.toLowerCase();
    if (normalized === 'utf-8') normalized = 'utf8';
    if (!Buffer.isEncoding(normalized)) {
      const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_VALUE('outputEncoding', outputEncoding);
    }
  }
  const enc = normalized === 'buffer' ? undefined : normalized;
  const result = binding.oneShotDigest(algorithm, input, enc);
  if (result === undefined) throw new Error(`Digest method ${algorithm} is not supported`);
  return finishDigest(result, enc);
}

module.exports = {
  Hash,
  Hmac,
  hash,
  prepareData,
  digestEncoding,
  finishDigest,
  kHandle,
};
