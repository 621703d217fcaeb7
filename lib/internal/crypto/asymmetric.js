'use strict';
// Key generation, sign/verify (one-shot, createSign/createVerify), RSA publicEncrypt & co.,
// ECDH and diffieHellman().

const { Buffer } = require('buffer');
const { Writable } = require('stream');
const {
  binding,
  codedError,
  invalidDigest,
  invalidCurve,
  getArrayBufferOrView,
  isAnyArrayBuffer,
  isArrayBufferView,
  toBuffer,
} = require('internal/crypto/util');
const {
  KeyObject,
  PublicKeyObject,
  PrivateKeyObject,
  SecretKeyObject,
  isKeyObject,
  kHandle,
  parsePublicKeyEncoding,
  parsePrivateKeyEncoding,
  preparePrivateKey,
  preparePublicOrPrivateKey,
} = require('internal/crypto/keys');
const {
  codes: {
    ERR_CRYPTO_ECDH_INVALID_FORMAT,
    ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY,
    ERR_CRYPTO_INCOMPATIBLE_KEY,
    ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
    ERR_CRYPTO_INVALID_KEYPAIR,
    ERR_CRYPTO_SIGN_KEY_REQUIRED,
    ERR_INCOMPATIBLE_OPTION_PAIR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_MISSING_OPTION,
  },
} = require('internal/errors');
const {
  validateBuffer,
  validateFunction,
  validateInt32,
  validateObject,
  validateOneOf,
  validateString,
  validateUint32,
} = require('internal/validators');

const RSA_PKCS1_PADDING = 1;
const RSA_PKCS1_OAEP_PADDING = 4;

function encodeResult(ab, encoding) {
  const buf = toBuffer(ab);
  return encoding && encoding !== 'buffer' ? buf.toString(encoding) : buf;
}

// ---- key generation ----
const kKeyTypes = ['rsa', 'rsa-pss', 'dsa', 'ec', 'ed25519', 'ed448', 'x25519', 'x448', 'dh'];

function parseKeyGenEncoding(keyType, options) {
  let publicFormat, privateFormat;
  const { publicKeyEncoding, privateKeyEncoding } = options;
  if (publicKeyEncoding == null) {
    publicFormat = undefined;
  } else if (typeof publicKeyEncoding === 'object') {
    publicFormat = publicKeyEncoding.format === 'jwk' ? { format: 'jwk' } :
      parsePublicKeyEncoding(publicKeyEncoding, keyType, 'publicKeyEncoding');
  } else {
    throw new ERR_INVALID_ARG_VALUE('options.publicKeyEncoding', publicKeyEncoding);
  }
  if (privateKeyEncoding == null) {
    privateFormat = undefined;
  } else if (typeof privateKeyEncoding === 'object') {
    privateFormat = privateKeyEncoding.format === 'jwk' ? { format: 'jwk' } :
      parsePrivateKeyEncoding(privateKeyEncoding, keyType, 'privateKeyEncoding');
  } else {
    throw new ERR_INVALID_ARG_VALUE('options.privateKeyEncoding', privateKeyEncoding);
  }
  return { publicFormat, privateFormat };
}

function keyGenArgs(type, options) {
  validateString(type, 'type');
  if (options !== undefined) validateObject(options, 'options');
  const o = options || {};
  switch (type) {
    case 'rsa':
    case 'rsa-pss': {
      validateObject(options, 'options');
      const { modulusLength } = o;
      validateUint32(modulusLength, 'options.modulusLength');
      let { publicExponent } = o;
      if (publicExponent == null) publicExponent = 0x10001;
      else validateUint32(publicExponent, 'options.publicExponent');
      if (type === 'rsa') return ['RSA', modulusLength, publicExponent];
      const { hashAlgorithm, mgf1HashAlgorithm, saltLength } = o;
      if (saltLength !== undefined) validateInt32(saltLength, 'options.saltLength', 0);
      if (hashAlgorithm !== undefined) validateString(hashAlgorithm, 'options.hashAlgorithm');
      if (mgf1HashAlgorithm !== undefined) validateString(mgf1HashAlgorithm, 'options.mgf1HashAlgorithm');
      if (hashAlgorithm !== undefined && binding.oneShotDigest(hashAlgorithm, '') === undefined) {
        throw invalidDigest(hashAlgorithm);
      }
      if (mgf1HashAlgorithm !== undefined && binding.oneShotDigest(mgf1HashAlgorithm, '') === undefined) {
        throw codedError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid MGF1 digest: ${mgf1HashAlgorithm}`);
      }
      return ['RSA-PSS', modulusLength, publicExponent, hashAlgorithm, mgf1HashAlgorithm, saltLength];
    }
    case 'ec': {
      validateObject(options, 'options');
      const { namedCurve } = o;
      validateString(namedCurve, 'options.namedCurve');
      const { paramEncoding } = o;
      if (paramEncoding != null && paramEncoding !== 'named' && paramEncoding !== 'explicit') {
        throw new ERR_INVALID_ARG_VALUE('options.paramEncoding', paramEncoding);
      }
      const curve = namedCurve === 'P-256' ? 'prime256v1' : namedCurve === 'P-384' ? 'secp384r1' :
        namedCurve === 'P-521' ? 'secp521r1' : namedCurve;
      if (!binding.isValidCurve(curve)) throw invalidCurve();
      return ['EC', curve, paramEncoding === 'explicit'];
    }
    case 'dsa': {
      validateObject(options, 'options');
      const { modulusLength } = o;
      validateUint32(modulusLength, 'options.modulusLength');
      let { divisorLength } = o;
      if (divisorLength == null) divisorLength = -1;
      else validateInt32(divisorLength, 'options.divisorLength', 0);
      return ['DSA', modulusLength, divisorLength];
    }
    case 'dh': {
      validateObject(options, 'options');
      const { group, primeLength, prime, generator } = o;
      if (group != null) {
        if (prime != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('group', 'prime');
        if (primeLength != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('group', 'primeLength');
        if (generator != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('group', 'generator');
        validateString(group, 'options.group');
        return ['DH', group];
      }
      if (prime != null) {
        if (primeLength != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('prime', 'primeLength');
        validateBuffer(prime, 'options.prime');
      } else if (primeLength != null) {
        validateInt32(primeLength, 'options.primeLength', 0);
      } else {
        throw new ERR_MISSING_OPTION('At least one of the group, prime, or primeLength options');
      }
      if (generator != null) validateInt32(generator, 'options.generator', 0);
      return ['DH', prime != null ? prime : primeLength, generator == null ? 2 : generator];
    }
    case 'ed25519': return ['ED25519'];
    case 'ed448': return ['ED448'];
    case 'x25519': return ['X25519'];
    case 'x448': return ['X448'];
    default:
      throw new ERR_INVALID_ARG_VALUE('type', type, `must be a supported key type`);
  }
}

function finishKeyPair(pair, publicFormat, privateFormat) {
  const pub = new PublicKeyObject(pair[0]);
  const priv = new PrivateKeyObject(pair[1]);
  return {
    publicKey: publicFormat ? pub.export(publicFormat) : pub,
    privateKey: privateFormat ? priv.export(privateFormat) : priv,
  };
}

function generateKeyPairSync(type, options) {
  validateString(type, 'type');
  // as node, null options fail destructuring here
  const { publicFormat, privateFormat } = parseKeyGenEncoding(type, options === undefined ? {} : options);
  const args = keyGenArgs(type, options);
  return finishKeyPair(binding.generateKeyPair(undefined, ...args), publicFormat, privateFormat);
}

function generateKeyPair(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  validateString(type, 'type');
  // as node, null options fail destructuring here
  const { publicFormat, privateFormat } = parseKeyGenEncoding(type, options === undefined ? {} : options);
  const args = keyGenArgs(type, options);
  binding.generateKeyPair((err, pair) => {
    if (err) return callback(err);
    let r;
    try {
      r = finishKeyPair(pair, publicFormat, privateFormat);
    } catch (e) {
      return callback(e);
    }
    callback(null, r.publicKey, r.privateKey);
  }, ...args);
}

Object.defineProperty(generateKeyPair, require('internal/util').customPromisifyArgs, {
  __proto__: null, value: ['publicKey', 'privateKey'], enumerable: false,
});

function generateKeySync(type, options) {
  validateString(type, 'type');
  validateObject(options, 'options');
  const { length } = options;
  switch (type) {
    case 'hmac':
      validateInt32(length, 'options.length', 8, 2 ** 31 - 1);
      break;
    case 'aes':
      validateOneOf(length, 'options.length', [128, 192, 256]);
      break;
    default:
      throw new ERR_INVALID_ARG_VALUE('type', type, "must be a supported key type");
  }
  const { randomBytes } = require('internal/crypto/random');
  return new SecretKeyObject(randomBytes(Math.floor(length / 8)));
}

function generateKey(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const key = generateKeySync(type, options);
  process.nextTick(callback, null, key);
}

// ---- sign / verify ----
function getPadding(options) {
  return getIntOption('padding', options);
}

function getSaltLength(options) {
  return getIntOption('saltLength', options);
}

function getDSASignatureEncoding(options) {
  if (typeof options === 'object') {
    const { dsaEncoding = 'der' } = options;
    if (dsaEncoding === 'der') return 0;
    if (dsaEncoding === 'ieee-p1363') return 1;
    throw new ERR_INVALID_ARG_VALUE('options.dsaEncoding', dsaEncoding);
  }
  return 0;
}

function getIntOption(name, options) {
  const value = options[name];
  if (value !== undefined) {
    if (value === value >> 0) return value;
    throw new ERR_INVALID_ARG_VALUE(`options.${name}`, value);
  }
  return undefined;
}

function signResult(r, algorithm) {
  if (typeof r === 'string') throw invalidDigest(algorithm);
  return r;
}

// One-shot sign/verify: inline without a callback, else on the threadpool (the callback gets
// (err) or (null, result)).
function runSignJob(fn, args, algorithm, callback, wrap) {
  if (callback === undefined) return wrap(signResult(fn(undefined, ...args), algorithm));
  const r = fn((err, value) => {
    if (err) return callback(err);
    callback(null, wrap(value));
  }, ...args);
  signResult(r, algorithm);
}

function oneShotSign(algorithm, data, key, callback) {
  if (algorithm != null) validateString(algorithm, 'algorithm');
  if (callback !== undefined) validateFunction(callback, 'callback');
  data = getArrayBufferOrView(data, 'data');
  if (!key) throw new ERR_CRYPTO_SIGN_KEY_REQUIRED();
  const padding = getPadding(key);
  const saltLength = getSaltLength(key);
  const dsaSigEnc = getDSASignatureEncoding(key);
  const { data: handle } = preparePrivateKey(key);
  return runSignJob(binding.sign, [handle, data, algorithm, padding, saltLength, dsaSigEnc],
                    algorithm, callback, toBuffer);
}

function oneShotVerify(algorithm, data, key, signature, callback) {
  if (algorithm != null) validateString(algorithm, 'algorithm');
  if (callback !== undefined) validateFunction(callback, 'callback');
  data = getArrayBufferOrView(data, 'data');
  if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView'], data);
  }
  const padding = getPadding(key);
  const saltLength = getSaltLength(key);
  const dsaSigEnc = getDSASignatureEncoding(key);
  if (!isArrayBufferView(signature)) {
    throw new ERR_INVALID_ARG_TYPE('signature', ['Buffer', 'TypedArray', 'DataView'], signature);
  }
  const { data: handle } = preparePublicOrPrivateKey(key);
  return runSignJob(binding.verify, [handle, data, signature, algorithm, padding, saltLength, dsaSigEnc],
                    algorithm, callback, (v) => v);
}

const kAlgorithm = Symbol('kAlgorithm');
const kChunks = Symbol('kChunks');

// Sign and Verify share their set-up: a known digest, the chunks written so far, a Writable.
function initSignStream(self, algorithm, options) {
  validateString(algorithm, 'algorithm');
  if (binding.oneShotDigest(algorithm, '') === undefined) {
    throw codedError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest');
  }
  self[kAlgorithm] = algorithm;
  self[kChunks] = [];
  Writable.call(self, options);
}

function Sign(algorithm, options) {
  if (!(this instanceof Sign)) return new Sign(algorithm, options);
  initSignStream(this, algorithm, options);
}
Object.setPrototypeOf(Sign.prototype, Writable.prototype);
Object.setPrototypeOf(Sign, Writable);

Sign.prototype._write = function _write(chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
};

Sign.prototype.update = function update(data, encoding) {
  if (typeof data === 'string') {
    data = Buffer.from(data, encoding && encoding !== 'buffer' ? encoding : 'utf8');
  } else if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  this[kChunks].push(Buffer.from(data.buffer, data.byteOffset, data.byteLength).slice());
  return this;
};

// What node's streaming sign/verify refuse natively: Ed25519/Ed448 keys (one-shot only) and XOF
// digests (reported as a failure to read the key).
function checkSignStream(handle, algorithm, failure) {
  const type = handle.keyType();
  if (type === 'ed25519' || type === 'ed448') {
    throw codedError(Error, 'ERR_CRYPTO_UNSUPPORTED_OPERATION', 'Unsupported crypto operation', checkSignStream);
  }
  if (binding.isXofDigest(algorithm)) {
    throw codedError(Error, 'ERR_CRYPTO_OPERATION_FAILED', failure, checkSignStream);
  }
}

Sign.prototype.sign = function sign(options, encoding) {
  if (!options) throw new ERR_CRYPTO_SIGN_KEY_REQUIRED();
  const { data: handle } = preparePrivateKey(options);
  const padding = getPadding(options);
  const saltLength = getSaltLength(options);
  const dsaSigEnc = getDSASignatureEncoding(options);
  checkSignStream(handle, this[kAlgorithm], 'PEM_read_bio_PrivateKey failed');
  const data = Buffer.concat(this[kChunks]);
  const ret = signResult(binding.sign(undefined, handle, data, this[kAlgorithm], padding, saltLength,
                                      dsaSigEnc),
                         this[kAlgorithm]);
  return encodeResult(ret, encoding);
};

function Verify(algorithm, options) {
  if (!(this instanceof Verify)) return new Verify(algorithm, options);
  initSignStream(this, algorithm, options);
}
Object.setPrototypeOf(Verify.prototype, Writable.prototype);
Object.setPrototypeOf(Verify, Writable);
Verify.prototype._write = Sign.prototype._write;
Verify.prototype.update = Sign.prototype.update;

Verify.prototype.verify = function verify(options, signature, sigEncoding) {
  // node reads a PEM or DER key natively, after checking the signature
  const raw = typeof options === 'object' && options !== null && !isArrayBufferView(options) ?
    options.key : options;
  if (typeof raw === 'string' || isArrayBufferView(raw) || isAnyArrayBuffer(raw)) {
    signature = getArrayBufferOrView(signature, 'signature', sigEncoding);
  }
  const { data: handle } = preparePublicOrPrivateKey(options);
  const padding = getPadding(options);
  const saltLength = getSaltLength(options);
  const dsaSigEnc = getDSASignatureEncoding(options);
  signature = getArrayBufferOrView(signature, 'signature', sigEncoding);
  checkSignStream(handle, this[kAlgorithm], 'PEM_read_bio_PUBKEY failed');
  const data = Buffer.concat(this[kChunks]);
  return signResult(binding.verify(undefined, handle, data, signature, this[kAlgorithm], padding,
                                   saltLength, dsaSigEnc), this[kAlgorithm]);
};

function createSign(algorithm, options) {
  return new Sign(algorithm, options);
}

function createVerify(algorithm, options) {
  return new Verify(algorithm, options);
}

// ---- RSA encryption ----
function rsaFunction(mode, defaultPadding, keyPrep) {
  return function(options, buffer) {
    const { data: handle } = keyPrep(options);
    const padding = options.padding || defaultPadding;
    const { oaepHash, encoding } = options;
    let { oaepLabel } = options;
    if (oaepHash !== undefined) validateString(oaepHash, 'key.oaepHash');
    if (oaepLabel !== undefined) oaepLabel = getArrayBufferOrView(oaepLabel, 'key.oaepLabel', encoding);
    buffer = getArrayBufferOrView(buffer, 'buffer', encoding);
    const r = binding.rsaCipher(mode, handle, buffer, padding, oaepHash, oaepLabel);
    if (typeof r === 'string') throw codedError(Error, 'ERR_OSSL_EVP_INVALID_DIGEST', 'Invalid digest used');
    return toBuffer(r);
  };
}

const publicEncrypt = rsaFunction(0, RSA_PKCS1_OAEP_PADDING, preparePublicOrPrivateKey);
const privateDecrypt = rsaFunction(1, RSA_PKCS1_OAEP_PADDING, preparePrivateKey);
const privateEncrypt = rsaFunction(2, RSA_PKCS1_PADDING, preparePrivateKey);
const publicDecrypt = rsaFunction(3, RSA_PKCS1_PADDING, preparePublicOrPrivateKey);

// ---- ECDH ----
const kFormats = { compressed: 2, uncompressed: 4, hybrid: 6 };

function getFormat(format) {
  if (format) {
    if (format === 'compressed' || format === 'uncompressed' || format === 'hybrid') {
      return kFormats[format];
    }
    throw new ERR_CRYPTO_ECDH_INVALID_FORMAT(format);
  }
  return 4;
}

const kCurve = Symbol('kCurve');
const kKey = Symbol('kKey');

function ECDH(curve) {
  if (!(this instanceof ECDH)) return new ECDH(curve);
  validateString(curve, 'curve');
  if (!binding.isValidCurve(curve)) throw invalidCurve();
  this[kCurve] = curve;
  this[kKey] = null;
}

ECDH.prototype.generateKeys = function generateKeys(encoding, format) {
  const [, priv] = binding.generateKeyPair(undefined, 'EC', this[kCurve]);
  this[kKey] = priv;
  return this.getPublicKey(encoding, format);
};

ECDH.prototype.getPublicKey = function getPublicKey(encoding, format) {
  if (this[kKey] === null) throw codedError(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to get ECDH public key');
  const f = getFormat(format);
  let pub = this[kKey].rawPublic();
  if (f !== 4) pub = binding.ecPointConvert(this[kCurve], pub, f);
  return encodeResult(pub, encoding);
};

ECDH.prototype.getPrivateKey = function getPrivateKey(encoding) {
  if (this[kKey] === null || !this[kKey].hasPrivateKey()) {
    throw codedError(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to get ECDH private key');
  }
  return encodeResult(this[kKey].rawPrivate(), encoding);
};

ECDH.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
  key = getArrayBufferOrView(key, 'key', encoding);
  const h = binding.ecFromPrivate(this[kCurve], key);
  if (h === undefined) {
    throw codedError(RangeError, 'ERR_CRYPTO_INVALID_KEYTYPE', 'Private key is not valid for specified curve.');
  }
  this[kKey] = h;
  return this;
};

ECDH.prototype.setPublicKey = function setPublicKey(key, encoding) {
  key = getArrayBufferOrView(key, 'key', encoding);
  const h = binding.fromRaw(`ec:${this[kCurve]}`, key, false);
  if (h === undefined) throw new ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY();
  this[kKey] = h;
  return this;
};

ECDH.prototype.computeSecret = function computeSecret(key, inEnc, outEnc) {
  key = getArrayBufferOrView(key, 'key', inEnc);
  const peer = binding.fromRaw(`ec:${this[kCurve]}`, key, false);
  if (peer === undefined) throw new ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY();
  if (this[kKey] === null || !this[kKey].hasPrivateKey()) {
    throw new ERR_CRYPTO_INVALID_KEYPAIR();
  }
  return encodeResult(binding.deriveSecret(this[kKey], peer), outEnc);
};

ECDH.convertKey = function convertKey(key, curve, inEnc, outEnc, format) {
  validateString(curve, 'curve');
  key = getArrayBufferOrView(key, 'key', inEnc);
  const f = getFormat(format);
  if (key.byteLength === 0) return '';  // node answers '' for no key, whatever the curve
  if (!binding.isValidCurve(curve)) throw invalidCurve();
  const r = binding.ecPointConvert(curve, key, f);
  if (r === undefined) {
    throw codedError(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to convert Buffer to EC_POINT');
  }
  return encodeResult(r, outEnc);
};

function createECDH(curve) {
  return new ECDH(curve);
}

// ---- diffieHellman({ privateKey, publicKey }) ----
function diffieHellman(options) {
  validateObject(options, 'options');
  const { privateKey, publicKey } = options;
  if (!isKeyObject(privateKey)) {
    throw new ERR_INVALID_ARG_VALUE('options.privateKey', privateKey);
  }
  if (!isKeyObject(publicKey)) {
    throw new ERR_INVALID_ARG_VALUE('options.publicKey', publicKey);
  }
  if (privateKey.type !== 'private') {
    throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(privateKey.type, 'private');
  }
  if (publicKey.type !== 'public' && publicKey.type !== 'private') {
    throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(publicKey.type, 'private or public');
  }
  const privateType = privateKey.asymmetricKeyType;
  const publicType = publicKey.asymmetricKeyType;
  if (privateType !== publicType || !['dh', 'ec', 'x448', 'x25519'].includes(privateType)) {
    throw new ERR_CRYPTO_INCOMPATIBLE_KEY('key types for Diffie-Hellman',
                                          `${privateType} and ${publicType}`);
  }
  return toBuffer(binding.deriveSecret(privateKey[kHandle], publicKey[kHandle]));
}

module.exports = {
  generateKeyPair,
  generateKeyPairSync,
  generateKey,
  generateKeySync,
  sign: oneShotSign,
  verify: oneShotVerify,
  Sign,
  Verify,
  createSign,
  createVerify,
  publicEncrypt,
  privateDecrypt,
  privateEncrypt,
  publicDecrypt,
  ECDH,
  createECDH,
  diffieHellman,
  KeyObject,
  isAnyArrayBuffer,
  ERR_MISSING_OPTION,
  kKeyTypes,
};
