'use strict';
// pbkdf2 / scrypt / hkdf, sync or on the threadpool.

const { Buffer } = require('buffer');
const {
  binding,
  getArrayBufferOrView,
  invalidDigest,
  isAnyArrayBuffer,
  isArrayBufferView,
  toBuffer,
  codedError,
} = require('internal/crypto/util');
const {
  codes: {
    ERR_CRYPTO_SCRYPT_INVALID_PARAMETER,
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateFunction,
  validateInt32,
  validateInteger,
  validateString,
  validateUint32,
} = require('internal/validators');


// ---- pbkdf2 ----
function pbkdf2Check(password, salt, iterations, keylen, digest) {
  validateString(digest, 'digest');
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  return { password, salt, iterations, keylen, digest };
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  ({ password, salt, iterations, keylen, digest } =
    pbkdf2Check(password, salt, iterations, keylen, digest));
  validateFunction(callback, 'callback');
  if (!hasDigest(digest)) throw invalidDigest(digest);
  binding.pbkdf2((err, result) => {
    if (err) return callback(err);
    callback(null, toBuffer(result));
  }, password, salt, iterations, keylen, digest);
}

// The binding returns undefined (and schedules nothing) for an unknown digest.
function hasDigest(digest) {
  try {
    return binding.oneShotDigest(digest, '') !== undefined;
  } catch {
    return true;
  }
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  ({ password, salt, iterations, keylen, digest } =
    pbkdf2Check(password, salt, iterations, keylen, digest));
  if (!hasDigest(digest)) throw invalidDigest(digest);
  return toBuffer(binding.pbkdf2(undefined, password, salt, iterations, keylen, digest));
}

// ---- scrypt ----
const scryptDefaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

function scryptCheck(password, salt, keylen, options) {
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  validateInt32(keylen, 'keylen', 0);
  let { N, r, p, maxmem } = scryptDefaults;
  if (options && options !== scryptDefaults) {
    const hasN = options.N !== undefined;
    if (hasN) {
      N = options.N;
      validateUint32(N, 'N');
    }
    if (options.cost !== undefined) {
      if (hasN) throw new ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
      N = options.cost;
      validateUint32(N, 'cost');
    }
    const hasR = options.r !== undefined;
    if (hasR) {
      r = options.r;
      validateUint32(r, 'r');
    }
    if (options.blockSize !== undefined) {
      if (hasR) throw new ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
      r = options.blockSize;
      validateUint32(r, 'blockSize');
    }
    const hasP = options.p !== undefined;
    if (hasP) {
      p = options.p;
      validateUint32(p, 'p');
    }
    if (options.parallelization !== undefined) {
      if (hasP) throw new ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
      p = options.parallelization;
      validateUint32(p, 'parallelization');
    }
    if (options.maxmem !== undefined) {
      maxmem = options.maxmem;
      validateInteger(maxmem, 'maxmem', 0);
    }
    if (N === 0) N = scryptDefaults.N;
    if (r === 0) r = scryptDefaults.r;
    if (p === 0) p = scryptDefaults.p;
    if (maxmem === 0) maxmem = scryptDefaults.maxmem;
  }
  const err = binding.scryptCheck(N, r, p, maxmem);
  if (err !== undefined) {
    if (err === null) throw codedError(RangeError, 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS', 'Invalid scrypt params');
    throw codedError(RangeError, 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS',
                     `Invalid scrypt params: ${err.message}`);
  }
  return { password, salt, keylen, N, r, p, maxmem };
}

function scrypt(password, salt, keylen, options, callback = scryptDefaults) {
  if (callback === scryptDefaults) {
    callback = options;
    options = scryptDefaults;
  }
  const o = scryptCheck(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  binding.scrypt((err, result) => {
    if (err) return callback(err);
    callback(null, toBuffer(result));
  }, o.password, o.salt, o.keylen, o.N, o.r, o.p, o.maxmem);
}

function scryptSync(password, salt, keylen, options = scryptDefaults) {
  const o = scryptCheck(password, salt, keylen, options);
  return toBuffer(binding.scrypt(undefined, o.password, o.salt, o.keylen, o.N, o.r, o.p, o.maxmem));
}

// ---- hkdf ----
function validateByteSource(val, name) {
  val = typeof val === 'string' ? Buffer.from(val, 'utf8') : val;
  if (isAnyArrayBuffer(val) || isArrayBufferView(val)) return val;
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'], val);
}

function hkdfKey(key) {
  const keys = require('internal/crypto/keys');
  if (keys.isKeyObject(key)) {
    if (key.type !== 'secret') {
      const { codes: { ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE } } = require('internal/errors');
      throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'secret');
    }
    return keys.secretKeyBytes(key);
  }
  if (isAnyArrayBuffer(key)) return key;
  if (typeof key === 'string') key = Buffer.from(key, 'utf8');
  if (!isArrayBufferView(key)) {
    throw new ERR_INVALID_ARG_TYPE('ikm',
      ['string', 'SecretKeyObject', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'], key);
  }
  return key;
}

function hkdfCheck(hash, key, salt, info, length) {
  validateString(hash, 'digest');
  key = hkdfKey(key);
  salt = validateByteSource(salt, 'salt');
  info = validateByteSource(info, 'info');
  // node's bound (any length past 255 digests is refused below anyway)
  validateInteger(length, 'length', 0, Number.MAX_SAFE_INTEGER);
  if (info.byteLength > 1024) {
    throw new ERR_OUT_OF_RANGE('info', 'must not contain more than 1024 bytes', info.byteLength);
  }
  if (!hasDigest(hash)) throw invalidDigest(hash);
  const size = binding.oneShotDigest(hash, '').byteLength;
  if (length > 255 * size) throw codedError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length');
  return { hash, key, salt, info, length };
}

function hkdf(hash, key, salt, info, length, callback) {
  ({ hash, key, salt, info, length } = hkdfCheck(hash, key, salt, info, length));
  validateFunction(callback, 'callback');
  binding.hkdf((err, bits) => {
    if (err) return callback(err);
    callback(null, bits);
  }, hash, key, salt, info, length);
}

function hkdfSync(hash, key, salt, info, length) {
  ({ hash, key, salt, info, length } = hkdfCheck(hash, key, salt, info, length));
  return binding.hkdf(undefined, hash, key, salt, info, length);
}

module.exports = {
  pbkdf2,
  pbkdf2Sync,
  scrypt,
  scryptSync,
  hkdf,
  hkdfSync,
  hasDigest,
};
