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

const { JSTransferable, kClone, registerCloneFactory } = require('internal/worker/js_transferable');

const kKeyType = Symbol('kKeyType');
const kHandle = Symbol('kHandle');
const kKeyObject = Symbol('kKeyObject');

class KeyObject extends JSTransferable {
  constructor(type, handle) {
    super();
    if (type !== 'secret' && type !== 'public' && type !== 'private') {
      throw new ERR_INVALID_ARG_VALUE('type', type);
    }
    // Node accepts only its internal handles (a KeyObjectHandle; nodus keeps secret bytes in a
    // Buffer).
    if (typeof handle !== 'object' || handle === null ||
        !(handle instanceof binding.KeyObjectHandle || Buffer.isBuffer(handle))) {
      throw new ERR_INVALID_ARG_TYPE('handle', 'object', handle);
    }
    this[kKeyType] = type;
    Object.defineProperty(this, kHandle, {
      value: handle, enumerable: false, configurable: false, writable: false,
    });
  }

  get type() { return this[kKeyType]; }

  // A clone (structuredClone, postMessage) carries the key material: the secret bytes, or the
  // key as SPKI/PKCS#8 DER.
  [kClone]() {
    const type = this[kKeyType];
    const handle = this[kHandle];
    const bytes = type === 'secret' ? new Uint8Array(handle) :
      new Uint8Array(handle.export(type === 'private', 'der', type === 'private' ? 'pkcs8' : 'spki'));
    return { data: { type, bytes }, deserializeInfo: 'internal/crypto/keys:KeyObject' };
  }

  toCryptoKey(algorithm, extractable, keyUsages) {
    return require('internal/crypto/webcrypto').keyObjectToCryptoKey(this, algorithm, extractable, keyUsages);
  }

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


const kAsymmetricKeyType = Symbol('kAsymmetricKeyType');
const kAsymmetricKeyDetails = Symbol('kAsymmetricKeyDetails');

function toBase64url(ab) {
  return Buffer.from(ab).toString('base64url');
}

function normalizeDetails(handle) {
  const d = handle.details();
  if (d.publicExponent !== undefined) {
    const hex = Buffer.from(d.publicExponent).toString('hex');
    d.publicExponent = hex.length ? BigInt('0x' + hex) : 0n;
  }
  return d;
}

class AsymmetricKeyObject extends KeyObject {
  get asymmetricKeyType() {
    return this[kAsymmetricKeyType] ??= this[kHandle].keyType();
  }

  get asymmetricKeyDetails() {
    switch (this.asymmetricKeyType) {
      case 'rsa': case 'rsa-pss': case 'dsa': case 'ec':
        return this[kAsymmetricKeyDetails] ??= normalizeDetails(this[kHandle]);
      default:
        return {};
    }
  }
}

function exportJwk(handle, isPrivate) {
  const raw = handle.exportJwk(isPrivate);
  const out = {};
  // Node's member order per key type.
  const order = raw.kty === 'RSA' ? ['kty', 'n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi'] :
    raw.kty === 'EC' ? ['kty', 'x', 'y', 'crv', 'd'] : ['crv', 'd', 'x', 'kty'];
  for (const k of order) {
    if (raw[k] === undefined) continue;
    out[k] = typeof raw[k] === 'string' ? raw[k] : toBase64url(raw[k]);
  }
  return out;
}

class PublicKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('public', handle);
  }

  export(options) {
    if (options && options.format === 'jwk') return exportJwk(this[kHandle], false);
    const { format, type } = parsePublicKeyEncoding(options, this.asymmetricKeyType);
    const out = this[kHandle].export(false, format, type);
    return typeof out === 'string' ? out : Buffer.from(out);
  }
}

class PrivateKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('private', handle);
  }

  export(options) {
    if (options && options.format === 'jwk') {
      if (options.passphrase !== undefined) {
        const { codes: { ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS } } = require('internal/errors');
        throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS('jwk', 'does not support encryption');
      }
      return exportJwk(this[kHandle], true);
    }
    const { format, type, cipher, passphrase } =
      parsePrivateKeyEncoding(options, this.asymmetricKeyType);
    const out = this[kHandle].export(true, format, type, cipher, passphrase);
    return typeof out === 'string' ? out : Buffer.from(out);
  }
}

// ---- key encodings ----
function option(name, objName) {
  return objName === undefined ? `options.${name}` : `options.${objName}.${name}`;
}

function parseKeyFormat(formatStr, defaultFormat, optionName) {
  if (formatStr === undefined && defaultFormat !== undefined) return defaultFormat;
  if (formatStr === 'pem' || formatStr === 'der' || formatStr === 'jwk') return formatStr;
  throw new ERR_INVALID_ARG_VALUE(optionName, formatStr);
}

function parseKeyType(typeStr, required, keyType, isPublic, optionName) {
  if (typeStr === undefined && !required) return undefined;
  if (typeStr === 'pkcs1') {
    if (keyType !== undefined && keyType !== 'rsa') {
      const { codes: { ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS } } = require('internal/errors');
      throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(typeStr, 'can only be used for RSA keys');
    }
    return 'pkcs1';
  } else if (typeStr === 'spki' && isPublic !== false) {
    return 'spki';
  } else if (typeStr === 'pkcs8' && isPublic !== true) {
    return 'pkcs8';
  } else if (typeStr === 'sec1' && isPublic !== true) {
    if (keyType !== undefined && keyType !== 'ec') {
      const { codes: { ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS } } = require('internal/errors');
      throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(typeStr, 'can only be used for EC keys');
    }
    return 'sec1';
  }
  throw new ERR_INVALID_ARG_VALUE(optionName, typeStr);
}

function parseKeyFormatAndType(enc, keyType, isPublic, objName) {
  const { format: formatStr, type: typeStr } = enc;
  const isInput = keyType === undefined;
  const format = parseKeyFormat(formatStr, isInput ? 'pem' : undefined, option('format', objName));
  const isRequired = (!isInput || format === 'der') && format !== 'jwk';
  const type = parseKeyType(typeStr, isRequired, keyType, isPublic, option('type', objName));
  return { format, type };
}

function parseKeyEncoding(enc, keyType, isPublic, objName) {
  validateObject(enc, 'options');
  const isInput = keyType === undefined;
  const { format, type } = parseKeyFormatAndType(enc, keyType, isPublic, objName);
  let cipher, passphrase, encoding;
  if (isPublic !== true) {
    ({ cipher, passphrase, encoding } = enc);
    if (!isInput) {
      if (cipher != null) {
        if (typeof cipher !== 'string') {
          throw new ERR_INVALID_ARG_VALUE(option('cipher', objName), cipher);
        }
        if (format === 'der' && (type === 'pkcs1' || type === 'sec1')) {
          const { codes: { ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS } } = require('internal/errors');
          throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(type, 'does not support encryption');
        }
      } else if (passphrase !== undefined) {
        throw new ERR_INVALID_ARG_VALUE(option('cipher', objName), cipher);
      }
    }
    if ((isInput && passphrase !== undefined && !isStringOrBuffer(passphrase)) ||
        (!isInput && cipher != null && !isStringOrBuffer(passphrase))) {
      throw new ERR_INVALID_ARG_VALUE(option('passphrase', objName), passphrase);
    }
  }
  if (passphrase !== undefined) passphrase = getArrayBufferOrView(passphrase, 'key.passphrase', encoding);
  return { format, type, cipher, passphrase };
}

function isStringOrBuffer(v) {
  return typeof v === 'string' || isArrayBufferView(v) || isAnyArrayBuffer(v);
}

function parsePublicKeyEncoding(enc, keyType, objName) {
  return parseKeyEncoding(enc, keyType, keyType ? true : undefined, objName);
}

function parsePrivateKeyEncoding(enc, keyType, objName) {
  return parseKeyEncoding(enc, keyType, false, objName);
}

// ---- key input ----
const kConsumePublic = 0;
const kConsumePrivate = 1;
const kCreatePublic = 2;
const kCreatePrivate = 3;

function getKeyObjectHandle(key, ctx) {
  if (ctx === kCreatePrivate) {
    throw new ERR_INVALID_ARG_TYPE('key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], key);
  }
  if (key.type !== 'private') {
    if (ctx === kConsumePrivate || ctx === kCreatePublic) {
      throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'private');
    }
    if (key.type !== 'public') {
      throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'private or public');
    }
  }
  return key[kHandle];
}

function importJwkKey(jwk, isPublic) {
  const { validateObject: vo } = require('internal/validators');
  vo(jwk, 'key.key');
  const { kty } = jwk;
  const { codes: { ERR_CRYPTO_INVALID_JWK } } = require('internal/errors');
  const b = (v, name) => {
    if (typeof v !== 'string') throw new ERR_CRYPTO_INVALID_JWK();
    return Buffer.from(v, 'base64');
  };
  let handle;
  if (kty === 'OKP') {
    const { validateString: vs, validateOneOf: v1 } = require('internal/validators');
    vs(jwk.crv, 'key.crv');
    v1(jwk.crv, 'key.crv', ['Ed25519', 'Ed448', 'X25519', 'X448']);
    vs(jwk.x, 'key.x');
    if (!isPublic) vs(jwk.d, 'key.d');
    const fields = isPublic ? { x: b(jwk.x) } : { d: b(jwk.d), x: b(jwk.x) };
    const size = jwk.crv === 'Ed448' ? 57 : jwk.crv === 'X448' ? 56 : 32;
    if ((isPublic ? fields.x : fields.d).length !== size) throw new ERR_CRYPTO_INVALID_JWK();
    handle = binding.importJwk('OKP', jwk.crv, fields, !isPublic);
  } else if (kty === 'EC') {
    const { validateString: vs, validateOneOf: v1 } = require('internal/validators');
    vs(jwk.crv, 'key.crv');
    v1(jwk.crv, 'key.crv', ['P-256', 'secp256k1', 'P-384', 'P-521']);
    vs(jwk.x, 'key.x');
    vs(jwk.y, 'key.y');
    const fields = { x: b(jwk.x), y: b(jwk.y) };
    if (!isPublic) {
      vs(jwk.d, 'key.d');
      fields.d = b(jwk.d);
    }
    handle = binding.importJwk('EC', jwk.crv, fields, !isPublic);
  } else if (kty === 'RSA') {
    const { validateString: vs } = require('internal/validators');
    vs(jwk.n, 'key.n');
    vs(jwk.e, 'key.e');
    const fields = { n: b(jwk.n), e: b(jwk.e) };
    if (!isPublic) {
      vs(jwk.d, 'key.d');
      fields.d = b(jwk.d);
      for (const k of ['p', 'q', 'dp', 'dq', 'qi']) {
        vs(jwk[k], `key.${k}`);
        fields[k] = b(jwk[k]);
      }
    }
    handle = binding.importJwk('RSA', undefined, fields, !isPublic);
  } else {
    const { validateOneOf: v1 } = require('internal/validators');
    v1(kty, 'key.kty', ['RSA', 'EC', 'OKP']);
  }
  if (handle === undefined) {
    const { codedError } = require('internal/crypto/util');
    throw codedError(TypeError, 'ERR_CRYPTO_INVALID_JWK', `Invalid JWK ${kty} key`);
  }
  return handle;
}

function parseKeyData(data, format, type, passphrase, isPrivate) {
  const r = binding.parseKey(data, format, type, passphrase, isPrivate);
  if (typeof r === 'string') {
    const { codedError } = require('internal/crypto/util');
    throw codedError(TypeError, 'ERR_MISSING_PASSPHRASE', 'Passphrase required for encrypted key');
  }
  return r;
}

// Any accepted key input -> { handle } for asymmetric use, or a KeyObject's handle.
function prepareAsymmetricKey(key, ctx) {
  if (isKeyObject(key)) {
    return { data: getKeyObjectHandle(key, ctx) };
  } else if (isCryptoKey(key)) {
    return { data: getKeyObjectHandle(key[kKeyObject], ctx) };
  } else if (typeof key === 'string' || isArrayBufferView(key) || isAnyArrayBuffer(key)) {
    return { data: parseKeyData(getArrayBufferOrView(key, 'key'), 'pem', undefined, undefined,
                                ctx === kConsumePrivate || ctx === kCreatePrivate) };
  } else if (typeof key === 'object') {
    // as node: null fails this destructuring
    const { key: data, encoding, format } = key;
    if (isKeyObject(data)) return { data: getKeyObjectHandle(data, ctx) };
    if (isCryptoKey(data)) return { data: getKeyObjectHandle(data[kKeyObject], ctx) };
    if (format === 'jwk') {
      return { data: importJwkKey(data, ctx === kConsumePublic || ctx === kCreatePublic) };
    }
    if (typeof data !== 'string' && !isArrayBufferView(data) && !isAnyArrayBuffer(data)) {
      // node names KeyObject and CryptoKey too, except for createPrivateKey
      throw new ERR_INVALID_ARG_TYPE('key.key',
        ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView',
         ...(ctx === kCreatePrivate ? [] : ['KeyObject', 'CryptoKey'])], data);
    }
    const isPublic = (ctx === kConsumePrivate || ctx === kCreatePrivate) ? false : undefined;
    const { format: f, type, passphrase } = parseKeyEncoding(key, undefined, isPublic);
    return { data: parseKeyData(getArrayBufferOrView(data, 'key', encoding), f, type, passphrase,
                                ctx === kConsumePrivate || ctx === kCreatePrivate || isPrivateDer(f, type)) };
  }
  throw new ERR_INVALID_ARG_TYPE('key',
    ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView',
     ...(ctx === kCreatePrivate ? [] : ['KeyObject', 'CryptoKey'])], key);
}

function isPrivateDer(format, type) {
  return format === 'der' && (type === 'pkcs8' || type === 'sec1');
}

function preparePrivateKey(key) {
  return prepareAsymmetricKey(key, kConsumePrivate);
}

function preparePublicOrPrivateKey(key) {
  return prepareAsymmetricKey(key, kConsumePublic);
}

function createPublicKey(key) {
  const { data } = prepareAsymmetricKey(key, kCreatePublic);
  return new PublicKeyObject(data);
}

function createPrivateKey(key) {
  const { data } = prepareAsymmetricKey(key, kCreatePrivate);
  if (!data.hasPrivateKey()) {
    // A public key given where a private key is required: OpenSSL's decoder error.
    parseKeyData(Buffer.from('-'), 'pem', undefined, undefined, true);
  }
  return new PrivateKeyObject(data);
}

function keyObjectFromClone({ type, bytes }) {
  const key = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (type === 'secret') return new SecretKeyObject(key);
  if (type === 'public') return createPublicKey({ key, format: 'der', type: 'spki' });
  return createPrivateKey({ key, format: 'der', type: 'pkcs8' });
}

registerCloneFactory('KeyObject', keyObjectFromClone);

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
      [...(bufferOnly ? [] : ['string']), 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView',
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

require('internal/util/crypto_types').register({
  isKeyObject,
  isCryptoKey,
  sameKeyMaterial: (a, b) => a[kKeyObject].equals(b[kKeyObject]),
});

module.exports = {
  KeyObject,
  PublicKeyObject,
  PrivateKeyObject,
  AsymmetricKeyObject,
  createPublicKey,
  createPrivateKey,
  prepareAsymmetricKey,
  preparePrivateKey,
  preparePublicOrPrivateKey,
  parsePublicKeyEncoding,
  parsePrivateKeyEncoding,
  kConsumePublic,
  kConsumePrivate,
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
