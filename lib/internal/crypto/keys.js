'use strict';
// KeyObject (secret, public, private) and the key preparation every keyed API shares.

const { Buffer } = require('buffer');
const {
  binding,
  getArrayBufferOrView,
  isAnyArrayBuffer,
  isArrayBufferView,
  toBuffer,
} = require('internal/crypto/util');
const {
  codes: {
    ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateObject,
  validateOneOf,
  validateString,
} = require('internal/validators');

const kKeyType = Symbol('kKeyType');
const kHandle = Symbol('kHandle');
const kKeyObject = Symbol('kKeyObject');

class KeyObject {
  constructor(type, handle) {
    if (type !== 'secret' && type !== 'public' && type !== 'private') {
      throw new ERR_INVALID_ARG_VALUE('type', type);
    }
    if (typeof handle !== 'object' || handle === null) {
      throw new ERR_INVALID_ARG_TYPE('handle', 'object', handle);
    }
    this[kKeyType] = type;
    Object.defineProperty(this, kHandle, {
      value: handle, enumerable: false, configurable: false, writable: false,
    });
  }

  get type() { return this[kKeyType]; }

  static from(key) {
    if (!isCryptoKey(key)) {
      throw new ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
    }
    return key[kKeyObject];
  }

  equals(otherKeyObject) {
    if (!isKeyObject(otherKeyObject)) {
      throw new ERR_INVALID_ARG_TYPE('otherKeyObject', 'KeyObject', otherKeyObject);
    }
    if (otherKeyObject.type !== this.type) return false;
    if (this.type === 'secret') {
      const a = this[kHandle];
      const b = otherKeyObject[kHandle];
      return a.length === b.length && binding.timingSafeEqual(a, b);
    }
    return this[kHandle].equals(otherKeyObject[kHandle]);
  }
}

Object.defineProperty(KeyObject.prototype, Symbol.toStringTag, {
  value: 'KeyObject', configurable: true,
});

class SecretKeyObject extends KeyObject {
  constructor(handle) {
    super('secret', handle);
  }

  get symmetricKeySize() {
    return this[kHandle].length;
  }

  export(options) {
    if (options !== undefined) {
      validateObject(options, 'options');
      validateOneOf(options.format, 'options.format', [undefined, 'buffer', 'jwk']);
      if (options.format === 'jwk') {
        return { kty: 'oct', k: Buffer.from(this[kHandle]).toString('base64url') };
      }
    }
    return Buffer.from(this[kHandle]);
  }
}

function isKeyObject(obj) {
  return obj != null && obj[kKeyType] !== undefined && obj instanceof KeyObject;
}

function isCryptoKey(obj) {
  return obj != null && obj[kKeyObject] !== undefined;
}

function secretKeyBytes(key) {
  return key[kHandle];
}

// Bytes of a secret key given as KeyObject, CryptoKey, string (with encoding) or buffer.
function prepareSecretKey(key, encoding, bufferOnly = false) {
  if (!bufferOnly) {
    if (isKeyObject(key)) {
      if (key.type !== 'secret') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'secret');
      return key[kHandle];
    } else if (isCryptoKey(key)) {
      if (key.type !== 'secret') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'secret');
      return key[kKeyObject][kHandle];
    }
  }
  if (typeof key !== 'string' && !isArrayBufferView(key) && !isAnyArrayBuffer(key)) {
    throw new ERR_INVALID_ARG_TYPE(
      'key',
      ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView',
        ...(bufferOnly ? [] : ['KeyObject', 'CryptoKey'])],
      key);
  }
  return getArrayBufferOrView(key, 'key', encoding);
}

function copyBytes(src) {
  if (isAnyArrayBuffer(src)) return Buffer.from(new Uint8Array(src.slice(0)));
  return Buffer.from(new Uint8Array(src.buffer, src.byteOffset, src.byteLength));
}

function createSecretKey(key, encoding) {
  key = prepareSecretKey(key, encoding, true);
  return new SecretKeyObject(copyBytes(key));
}

module.exports = {
  KeyObject,
  SecretKeyObject,
  createSecretKey,
  prepareSecretKey,
  secretKeyBytes,
  isKeyObject,
  isCryptoKey,
  kHandle,
  kKeyObject,
  kKeyType,
  copyBytes,
  toBuffer,
  validateString,
  ERR_OUT_OF_RANGE,
};
