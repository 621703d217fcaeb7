'use strict';
// createCipheriv / createDecipheriv over the binding's CipherBase, getCipherInfo.

const { Buffer } = require('buffer');
const { StringDecoder } = require('string_decoder');
const {
  binding,
  codedError,
  getArrayBufferOrView,
  isArrayBufferView,
  toBuffer,
} = require('internal/crypto/util');
const LazyTransform = require('internal/crypto/lazy_transform');
const { prepareSecretKey } = require('internal/crypto/keys');
const {
  codes: {
    ERR_CRYPTO_INVALID_STATE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const {
  validateEncoding,
  validateInt32,
  validateObject,
  validateString,
} = require('internal/validators');

const kHandle = Symbol('kHandle');

function getStringOption(options, key) {
  let value;
  if (options && (value = options[key]) != null) validateString(value, `options.${key}`);
  return value;
}

function getUIntOption(options, key) {
  let value;
  if (options && (value = options[key]) != null) {
    if (value >>> 0 !== value) throw new ERR_INVALID_ARG_VALUE(`options.${key}`, value);
    return value;
  }
  return -1;
}

function getDecoder(decoder, encoding) {
  const normalized = Buffer.isEncoding(encoding) ? String(encoding).toLowerCase() : encoding;
  decoder ||= new StringDecoder(encoding);
  if (decoder.encoding !== new StringDecoder(normalized).encoding) {
    const { codes: { ERR_INTERNAL_ASSERTION } } = require('internal/errors');
    throw new ERR_INTERNAL_ASSERTION('Cannot change encoding');
  }
  return decoder;
}

function createCipherWithIV(cipher, key, options, encrypt, iv) {
  validateString(cipher, 'cipher');
  const encoding = getStringOption(options, 'encoding');
  key = prepareSecretKey(key, encoding);
  iv = iv === null ? null : getArrayBufferOrView(iv, 'iv');
  const authTagLength = getUIntOption(options, 'authTagLength');
  this[kHandle] = new binding.CipherBase(encrypt);
  const r = this[kHandle].init(cipher, key, iv, authTagLength);
  if (r !== undefined) {
    switch (r) {
      case 'cipher': throw codedError(Error, 'ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher');
      case 'key': throw codedError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length');
      case 'iv': throw codedError(TypeError, 'ERR_CRYPTO_INVALID_IV', 'Invalid initialization vector');
      case 'tagrequired':
        throw codedError(TypeError, 'ERR_CRYPTO_INVALID_AUTH_TAG',
                         `authTagLength required for ${cipher}`);
      default:
        throw codedError(TypeError, 'ERR_CRYPTO_INVALID_AUTH_TAG',
                         `Invalid authentication tag length: ${authTagLength}`);
    }
  }
  this._decoder = null;
  LazyTransform.call(this, options);
}

function update(data, inputEncoding, outputEncoding) {
  if (typeof data === 'string') {
    validateEncoding(data, inputEncoding);
    const enc = inputEncoding && inputEncoding !== 'buffer' && Buffer.isEncoding(inputEncoding) ?
      inputEncoding : 'utf8';
    data = Buffer.from(data, enc);
  } else if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  const ret = this[kHandle].update(data);
  if (ret === undefined) throw new Error('Trying to add data in unsupported state');
  const buf = toBuffer(ret);
  if (outputEncoding && outputEncoding !== 'buffer') {
    this._decoder = getDecoder(this._decoder, outputEncoding);
    return this._decoder.write(buf);
  }
  return buf;
}

function final(outputEncoding) {
  const ret = this[kHandle].final();
  if (ret === undefined) throw codedError(Error, 'ERR_CRYPTO_INVALID_STATE', 'Invalid state');
  const buf = toBuffer(ret);
  if (outputEncoding && outputEncoding !== 'buffer') {
    this._decoder = getDecoder(this._decoder, outputEncoding);
    return this._decoder.end(buf);
  }
  return buf;
}

function setAutoPadding(ap) {
  if (!this[kHandle].setAutoPadding(!!ap)) throw new ERR_CRYPTO_INVALID_STATE('setAutoPadding');
  return this;
}

function getAuthTag() {
  const ret = this[kHandle].getAuthTag();
  if (ret === undefined) throw new ERR_CRYPTO_INVALID_STATE('getAuthTag');
  return toBuffer(ret);
}

function setAuthTag(tagbuf, encoding) {
  tagbuf = getArrayBufferOrView(tagbuf, 'buffer', encoding);
  const r = this[kHandle].setAuthTag(tagbuf);
  if (r === 'length') {
    throw codedError(TypeError, 'ERR_CRYPTO_INVALID_AUTH_TAG',
                     `Invalid authentication tag length: ${tagbuf.byteLength}`);
  }
  if (r !== undefined) throw new ERR_CRYPTO_INVALID_STATE('setAuthTag');
  return this;
}

function setAAD(aadbuf, options) {
  const encoding = getStringOption(options, 'encoding');
  const plaintextLength = getUIntOption(options, 'plaintextLength');
  aadbuf = getArrayBufferOrView(aadbuf, 'aadbuf', encoding);
  const r = this[kHandle].setAAD(aadbuf, plaintextLength);
  if (r === 'plaintextLength') {
    throw codedError(TypeError, 'ERR_MISSING_ARGS',
                     'options.plaintextLength required for CCM mode with AAD');
  }
  if (!r) throw new ERR_CRYPTO_INVALID_STATE('setAAD');
  return this;
}

function _transform(chunk, encoding, callback) {
  this.push(this.update(chunk, encoding));
  callback();
}

function _flush(callback) {
  try {
    this.push(this.final());
  } catch (e) {
    callback(e);
    return;
  }
  callback();
}

function Cipheriv(cipher, key, iv, options) {
  if (!(this instanceof Cipheriv)) return new Cipheriv(cipher, key, iv, options);
  createCipherWithIV.call(this, cipher, key, options, true, iv);
}
Object.setPrototypeOf(Cipheriv.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Cipheriv, LazyTransform);
Object.assign(Cipheriv.prototype, { _transform, _flush, update, final, setAutoPadding, getAuthTag, setAAD });

function Decipheriv(cipher, key, iv, options) {
  if (!(this instanceof Decipheriv)) return new Decipheriv(cipher, key, iv, options);
  createCipherWithIV.call(this, cipher, key, options, false, iv);
}
Object.setPrototypeOf(Decipheriv.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Decipheriv, LazyTransform);
Object.assign(Decipheriv.prototype, { _transform, _flush, update, final, setAutoPadding, setAuthTag, setAAD });

function createCipheriv(cipher, key, iv, options) {
  return new Cipheriv(cipher, key, iv, options);
}

function createDecipheriv(cipher, key, iv, options) {
  return new Decipheriv(cipher, key, iv, options);
}

function getCipherInfo(nameOrNid, options) {
  if (typeof nameOrNid !== 'string' && typeof nameOrNid !== 'number') {
    throw new ERR_INVALID_ARG_TYPE('nameOrNid', ['string', 'number'], nameOrNid);
  }
  if (typeof nameOrNid === 'number') validateInt32(nameOrNid, 'nameOrNid');
  let keyLength, ivLength;
  if (options !== undefined) {
    validateObject(options, 'options');
    ({ keyLength, ivLength } = options);
    if (keyLength !== undefined) validateInt32(keyLength, 'options.keyLength');
    if (ivLength !== undefined) validateInt32(ivLength, 'options.ivLength');
  }
  return binding.cipherInfo(nameOrNid, keyLength, ivLength);
}

module.exports = {
  Cipheriv,
  Decipheriv,
  createCipheriv,
  createDecipheriv,
  getCipherInfo,
  ERR_UNKNOWN_ENCODING,
};
