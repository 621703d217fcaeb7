'use strict';
// randomBytes/randomFill(Sync)/randomInt/randomUUID/getRandomValues, checkPrime/generatePrime.

const { FastBuffer } = require('internal/buffer');
const {
  binding,
  isAnyArrayBuffer,
  isArrayBufferView,
  toBuffer,
} = require('internal/crypto/util');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateBoolean,
  validateFunction,
  validateInt32,
  validateNumber,
  validateObject,
  validateUint32,
} = require('internal/validators');

const kMaxInt32 = 2 ** 31 - 1;
const kMaxPossibleLength = kMaxInt32;

function assertOffset(offset, elementSize, length) {
  validateNumber(offset, 'offset');
  offset *= elementSize;
  const maxLength = Math.min(length, kMaxPossibleLength);
  if (Number.isNaN(offset) || offset > maxLength || offset < 0) {
    throw new ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${maxLength}`, offset);
  }
  return offset >>> 0;
}

function assertSize(size, elementSize, offset, length) {
  validateNumber(size, 'size');
  size *= elementSize;
  if (Number.isNaN(size) || size > kMaxPossibleLength || size < 0) {
    throw new ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxPossibleLength}`, size);
  }
  if (size + offset > length) {
    throw new ERR_OUT_OF_RANGE('size + offset', `<= ${length}`, size + offset);
  }
  return size >>> 0;
}

function validateBuf(buf) {
  if (!isAnyArrayBuffer(buf) && !isArrayBufferView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
}

function randomBytes(size, callback) {
  size = assertSize(size, 1, 0, Infinity);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const buf = new FastBuffer(size);
  if (callback === undefined) {
    if (size > 0) binding.randomFill(undefined, buf, 0, size);
    return buf;
  }
  binding.randomFill(function(err) {
    if (err) return callback.call(this, err);
    callback.call(this, null, buf);
  }, buf, 0, size);
}

function randomFillSync(buf, offset = 0, size) {
  validateBuf(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  offset = assertOffset(offset, elementSize, buf.byteLength);
  if (size === undefined) {
    size = buf.byteLength - offset;
  } else {
    size = assertSize(size, elementSize, offset, buf.byteLength);
  }
  if (size === 0) return buf;
  binding.randomFill(undefined, buf, offset, size);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  validateBuf(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = buf.byteLength;
  } else if (typeof size === 'function') {
    validateFunction(size, 'callback');
    callback = size;
    offset = assertOffset(offset, elementSize, buf.byteLength);
    size = buf.byteLength - offset;
  } else {
    validateFunction(callback, 'callback');
    offset = assertOffset(offset, elementSize, buf.byteLength);
    if (size === undefined) {
      size = buf.byteLength - offset;
    } else {
      size = assertSize(size, elementSize, offset, buf.byteLength);
    }
  }
  if (size === 0) {
    process.nextTick(callback, null, buf);
    return;
  }
  binding.randomFill(function(err) {
    if (err) return callback.call(this, err);
    callback.call(this, null, buf);
  }, buf, offset, size);
}

// randomInt: 48-bit values from a cache, rejection sampling for an unbiased range.
const RAND_MAX = 0xFFFF_FFFF_FFFF;
let randomCache = new FastBuffer(6 * 1024);
let randomCacheOffset = randomCache.length;
let asyncCacheFillInProgress = false;
const asyncCachePendingTasks = [];

function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) {
    throw new ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (!(range <= RAND_MAX)) {
    throw new ERR_OUT_OF_RANGE(`max${minNotSpecified ? '' : ' - min'}`, `<= ${RAND_MAX}`, range);
  }
  const randLimit = RAND_MAX - (RAND_MAX % range);
  while (isSync || randomCacheOffset < randomCache.length) {
    if (randomCacheOffset === randomCache.length) {
      randomFillSync(randomCache);
      randomCacheOffset = 0;
    }
    const x = randomCache.readUIntBE(randomCacheOffset, 6);
    randomCacheOffset += 6;
    if (x < randLimit) {
      const n = (x % range) + min;
      if (isSync) return n;
      process.nextTick(callback, undefined, n);
      return;
    }
  }
  asyncCachePendingTasks.push({ min, max, callback });
  asyncRefillRandomIntCache();
}

function asyncRefillRandomIntCache() {
  if (asyncCacheFillInProgress) return;
  asyncCacheFillInProgress = true;
  randomFill(randomCache, (err) => {
    asyncCacheFillInProgress = false;
    const tasks = asyncCachePendingTasks;
    const errorReceiver = err && tasks.shift();
    if (!err) randomCacheOffset = 0;
    // Restart all pending tasks (they take from the refilled cache or queue again).
    for (const { min, max, callback } of tasks.splice(0)) randomInt(min, max, callback);
    if (errorReceiver) errorReceiver.callback(err);
  });
}

// randomUUID: version 4 from a cache of 128 UUIDs' worth of random bytes.
const kHexBytes = [];
for (let i = 0; i < 256; i++) kHexBytes[i] = (i < 16 ? '0' : '') + i.toString(16);
let uuidData;
let uuidNotBuffered;
let uuidBatch = 0;

function getBufferedUUID() {
  uuidData ??= new FastBuffer(16 * 128);
  if (uuidBatch === 0) randomFillSync(uuidData);
  uuidBatch = (uuidBatch + 1) % 128;
  return serializeUUID(uuidData, uuidBatch * 16);
}

function getUnbufferedUUID() {
  uuidNotBuffered ??= new FastBuffer(16);
  randomFillSync(uuidNotBuffered);
  return serializeUUID(uuidNotBuffered, 0);
}

function serializeUUID(buf, offset) {
  const kHex = kHexBytes;
  return kHex[buf[offset]] + kHex[buf[offset + 1]] + kHex[buf[offset + 2]] +
    kHex[buf[offset + 3]] + '-' + kHex[buf[offset + 4]] + kHex[buf[offset + 5]] + '-' +
    kHex[(buf[offset + 6] & 0x0f) | 0x40] + kHex[buf[offset + 7]] + '-' +
    kHex[(buf[offset + 8] & 0x3f) | 0x80] + kHex[buf[offset + 9]] + '-' +
    kHex[buf[offset + 10]] + kHex[buf[offset + 11]] + kHex[buf[offset + 12]] +
    kHex[buf[offset + 13]] + kHex[buf[offset + 14]] + kHex[buf[offset + 15]];
}

function randomUUID(options) {
  if (options !== undefined) validateObject(options, 'options');
  const { disableEntropyCache = false } = options || {};
  validateBoolean(disableEntropyCache, 'options.disableEntropyCache');
  return disableEntropyCache ? getUnbufferedUUID() : getBufferedUUID();
}

// getRandomValues for webcrypto (this-check done by the caller).
function getRandomValues(data) {
  const { lazyDOMException } = require('internal/crypto/webidl');
  if (!isArrayBufferView(data) || data instanceof Float32Array || data instanceof Float64Array ||
      data instanceof DataView) {
    throw lazyDOMException('The data argument must be an integer-type TypedArray',
                           'TypeMismatchError');
  }
  if (data.byteLength > 65536) {
    throw lazyDOMException(
      `The ArrayBufferView's byte length (${data.byteLength}) exceeds the number of bytes of ` +
      'entropy available via this API (65536)', 'QuotaExceededError');
  }
  if (data.byteLength > 0) binding.randomFill(undefined, data, 0, data.byteLength);
  return data;
}

// Primes: bigint <-> big-endian bytes.
function bigintToBytes(n) {
  let hex = n.toString(16);
  if (hex.length % 2) hex = '0' + hex;
  return Buffer.from(hex, 'hex');
}
function bytesToBigInt(ab) {
  const buf = toBuffer(ab);
  return buf.length === 0 ? 0n : BigInt('0x' + buf.toString('hex'));
}
const { Buffer } = require('buffer');

function validateCandidate(candidate) {
  if (typeof candidate === 'bigint') {
    if (candidate < 0n) {
      throw new ERR_OUT_OF_RANGE('candidate', '>= 0', candidate);
    }
    return bigintToBytes(candidate);
  }
  if (!isAnyArrayBuffer(candidate) && !isArrayBufferView(candidate)) {
    throw new ERR_INVALID_ARG_TYPE(
      'candidate', ['ArrayBuffer', 'TypedArray', 'Buffer', 'DataView', 'bigint'], candidate);
  }
  return candidate;
}

function checkPrimeOptions(options) {
  validateObject(options, 'options');
  const { checks = 0 } = options;
  validateInt32(checks, 'options.checks', 0);
  return checks;
}

function checkPrime(candidate, options = {}, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  const c = validateCandidate(candidate);
  const checks = checkPrimeOptions(options);
  validateFunction(callback, 'callback');
  binding.checkPrime((err, result) => callback(err, result), c, checks);
}

function checkPrimeSync(candidate, options = {}) {
  const c = validateCandidate(candidate);
  const checks = checkPrimeOptions(options);
  return binding.checkPrime(undefined, c, checks);
}

function generatePrimeOptions(size, options) {
  validateInt32(size, 'size', 1);
  validateObject(options, 'options');
  let { safe = false, bigint = false, add, rem } = options;
  validateBoolean(safe, 'options.safe');
  validateBoolean(bigint, 'options.bigint');
  const conv = (v, name) => {
    if (v === undefined) return undefined;
    if (typeof v === 'bigint') return bigintToBytes(v);
    if (!isAnyArrayBuffer(v) && !isArrayBufferView(v)) {
      throw new ERR_INVALID_ARG_TYPE(
        name, ['ArrayBuffer', 'TypedArray', 'Buffer', 'DataView', 'bigint'], v);
    }
    return v;
  };
  add = conv(add, 'options.add');
  rem = conv(rem, 'options.rem');
  if (add !== undefined) {
    const addBig = bytesToBigInt(add.buffer ? new Uint8Array(add.buffer, add.byteOffset, add.byteLength) : add);
    if (addBig.toString(2).length > size) {
      throw new ERR_OUT_OF_RANGE('options.add', `<= ${size} bits`, addBig.toString(2).length);
    }
    if (rem !== undefined) {
      const remBig = bytesToBigInt(rem.buffer ? new Uint8Array(rem.buffer, rem.byteOffset, rem.byteLength) : rem);
      if (addBig <= remBig) {
        throw new ERR_OUT_OF_RANGE('options.rem', `< ${addBig}`, remBig);
      }
    }
  }
  return { safe, bigint, add, rem };
}

function primeResult(ab, bigint) {
  return bigint ? bytesToBigInt(ab) : ab;
}

function generatePrime(size, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  validateFunction(callback, 'callback');
  const { safe, bigint, add, rem } = generatePrimeOptions(size, options);
  binding.generatePrime((err, ab) => {
    if (err) return callback(err);
    callback(null, primeResult(ab, bigint));
  }, size, safe, add, rem);
}

function generatePrimeSync(size, options = {}) {
  const { safe, bigint, add, rem } = generatePrimeOptions(size, options);
  return primeResult(binding.generatePrime(undefined, size, safe, add, rem), bigint);
}

module.exports = {
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  getRandomValues,
  checkPrime,
  checkPrimeSync,
  generatePrime,
  generatePrimeSync,
  validateUint32,
};
