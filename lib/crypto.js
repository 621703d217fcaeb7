'use strict';
// node:crypto on OpenSSL 3 (internalBinding('crypto')); the pieces live in lib/internal/crypto/.

const {
  binding,
  codedError,
  getCiphers,
  getCurves,
  getHashes,
  isAnyArrayBuffer,
  isArrayBufferView,
} = require('internal/crypto/util');
const { Hash, Hmac, hash } = require('internal/crypto/hash');
const random = require('internal/crypto/random');
const kdf = require('internal/crypto/kdf');
const cipher = require('internal/crypto/cipher');
const keys = require('internal/crypto/keys');
const asym = require('internal/crypto/asymmetric');
const dh = require('internal/crypto/diffiehellman');
const {
  codes: {
    ERR_CRYPTO_FIPS_FORCED,
    ERR_INVALID_ARG_TYPE,
  },
} = require('internal/errors');

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

// node checks these natively: a plain TypeError with a code and no "Received ..." part.
function notABuffer(name) {
  return codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "${name}" argument must be an instance of ` +
                    'ArrayBuffer, Buffer, TypedArray, or DataView.', notABuffer);
}

function timingSafeEqual(buf1, buf2) {
  if (!isAnyArrayBuffer(buf1) && !isArrayBufferView(buf1)) throw notABuffer('buf1');
  if (!isAnyArrayBuffer(buf2) && !isArrayBufferView(buf2)) throw notABuffer('buf2');
  if (buf1.byteLength !== buf2.byteLength) {
    throw codedError(RangeError, 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length');
  }
  return binding.timingSafeEqual(buf1, buf2);
}

function getFips() {
  return binding.getFipsCrypto();
}

function setFips(val) {
  if (val) {
    const { codes: { ERR_CRYPTO_FIPS_UNAVAILABLE } } = require('internal/errors');
    if (!binding.testFipsCrypto()) throw new ERR_CRYPTO_FIPS_UNAVAILABLE();
    throw new ERR_CRYPTO_FIPS_FORCED();
  }
}

function secureHeapUsed() {
  // nodus runs without a secure heap (--secure-heap is not supported): Node's shape, all zero.
  return { total: 0, used: 0, utilization: 0, min: 0 };
}

// crypto.Certificate: SPKAC (Netscape signed public key and challenge) helpers.
function spkacFunction(fn) {
  return function(spkac, encoding) {
    const { getArrayBufferOrView, toBuffer: tb } = require('internal/crypto/util');
    const r = fn(getArrayBufferOrView(spkac, 'spkac', encoding));
    return typeof r === 'object' ? tb(r) : r;
  };
}
const verifySpkac = spkacFunction(binding.certVerifySpkac);
const exportPublicKey = spkacFunction(binding.certExportPublicKey);
const exportChallenge = spkacFunction(binding.certExportChallenge);

function Certificate() {
  if (!(this instanceof Certificate)) return new Certificate();
}
Certificate.prototype.verifySpkac = verifySpkac;
Certificate.prototype.exportPublicKey = exportPublicKey;
Certificate.prototype.exportChallenge = exportChallenge;
Certificate.exportChallenge = exportChallenge;
Certificate.exportPublicKey = exportPublicKey;
Certificate.verifySpkac = verifySpkac;

function getRandomValues(array) {
  const { crypto } = require('internal/crypto/webcrypto');
  return crypto.getRandomValues(array);
}

function setEngine(id, flags) {
  const { validateString, validateNumber } = require('internal/validators');
  validateString(id, 'id');
  if (flags !== undefined) validateNumber(flags, 'flags');
  const { codes: { ERR_CRYPTO_CUSTOM_ENGINE_NOT_SUPPORTED } } = require('internal/errors');
  throw new ERR_CRYPTO_CUSTOM_ENGINE_NOT_SUPPORTED();
}

module.exports = {
  checkPrime: random.checkPrime,
  checkPrimeSync: random.checkPrimeSync,
  createCipheriv: cipher.createCipheriv,
  createDecipheriv: cipher.createDecipheriv,
  createDiffieHellman: dh.createDiffieHellman,
  createDiffieHellmanGroup: dh.getDiffieHellman,
  createECDH: asym.createECDH,
  createHash,
  createHmac,
  createPrivateKey: keys.createPrivateKey,
  createPublicKey: keys.createPublicKey,
  createSecretKey: keys.createSecretKey,
  createSign: asym.createSign,
  createVerify: asym.createVerify,
  diffieHellman: asym.diffieHellman,
  generatePrime: random.generatePrime,
  generatePrimeSync: random.generatePrimeSync,
  getCiphers,
  getCipherInfo: cipher.getCipherInfo,
  getCurves,
  getDiffieHellman: dh.getDiffieHellman,
  getHashes,
  hkdf: kdf.hkdf,
  hkdfSync: kdf.hkdfSync,
  pbkdf2: kdf.pbkdf2,
  pbkdf2Sync: kdf.pbkdf2Sync,
  generateKeyPair: asym.generateKeyPair,
  generateKeyPairSync: asym.generateKeyPairSync,
  generateKey: asym.generateKey,
  generateKeySync: asym.generateKeySync,
  privateDecrypt: asym.privateDecrypt,
  privateEncrypt: asym.privateEncrypt,
  publicDecrypt: asym.publicDecrypt,
  publicEncrypt: asym.publicEncrypt,
  randomBytes: random.randomBytes,
  randomFill: random.randomFill,
  randomFillSync: random.randomFillSync,
  randomInt: random.randomInt,
  randomUUID: random.randomUUID,
  scrypt: kdf.scrypt,
  scryptSync: kdf.scryptSync,
  sign: asym.sign,
  setEngine,
  timingSafeEqual,
  getFips,
  setFips,
  verify: asym.verify,
  hash,
  Certificate,
  // Node 22 removed createCipher/createDecipher but keeps these keys, undefined.
  Cipher: undefined,
  Cipheriv: cipher.Cipheriv,
  Decipher: undefined,
  Decipheriv: cipher.Decipheriv,
  DiffieHellman: dh.DiffieHellman,
  DiffieHellmanGroup: dh.DiffieHellmanGroup,
  ECDH: asym.ECDH,
  Hash: require('util').deprecate(Hash, 'crypto.Hash constructor is deprecated.', 'DEP0179'),
  Hmac: require('util').deprecate(Hmac, 'crypto.Hmac constructor is deprecated.', 'DEP0181'),
  KeyObject: keys.KeyObject,
  Sign: asym.Sign,
  Verify: asym.Verify,
  X509Certificate: require('internal/crypto/x509').X509Certificate,
  secureHeapUsed,
  constants: binding.constants,
};

// Node's aliases.
module.exports.prng = random.randomBytes;
module.exports.pseudoRandomBytes = random.randomBytes;
module.exports.rng = random.randomBytes;
Object.defineProperty(module.exports, 'prng', { enumerable: false });
Object.defineProperty(module.exports, 'pseudoRandomBytes', { enumerable: false });
Object.defineProperty(module.exports, 'rng', { enumerable: false });

Object.defineProperties(module.exports, {
  webcrypto: {
    configurable: false, enumerable: true,
    get() { return require('internal/crypto/webcrypto').crypto; },
    set: undefined,
  },
  subtle: {
    configurable: false, enumerable: true,
    get() { return require('internal/crypto/webcrypto').crypto.subtle; },
    set: undefined,
  },
  getRandomValues: {
    configurable: false, enumerable: true,
    get() { return getRandomValues; },
    set: undefined,
  },
  fips: {
    get: getFips,
    set: setFips,
    enumerable: false, configurable: true,
  },
});
