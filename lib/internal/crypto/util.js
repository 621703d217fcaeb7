'use strict';
// Shared pieces of node:crypto: the binding, byte conversions, Node's argument checks and the job
// runner that turns the binding's (err, value) completions into callbacks.

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
  },
  // codedError(Base, code, message[, excluded]): an error as node's C++ layer throws it
  nativeError: codedError,
} = require('internal/errors');
const { validateString } = require('internal/validators');

function isArrayBufferView(v) { return ArrayBuffer.isView(v); }
function isAnyArrayBuffer(v) {
  return v instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer !== 'undefined' && v instanceof SharedArrayBuffer) ||
    Object.prototype.toString.call(v) === '[object ArrayBuffer]' ||
    Object.prototype.toString.call(v) === '[object SharedArrayBuffer]';
}

// An ArrayBuffer from the binding as a Buffer.
function toBuffer(ab) {
  if (ab instanceof Uint8Array) return new FastBuffer(ab.buffer, ab.byteOffset, ab.byteLength);
  return new FastBuffer(ab);
}

function encodeOutput(ab, encoding) {
  if (typeof ab === 'string') return ab;
  const buf = toBuffer(ab);
  if (encoding === undefined || encoding === 'buffer') return buf;
  return buf.toString(encoding);
}

// string (with encoding) | ArrayBuffer | view -> something the binding reads bytes from.
function getArrayBufferOrView(buffer, name, encoding) {
  if (isAnyArrayBuffer(buffer)) return buffer;
  if (typeof buffer === 'string') {
    if (encoding === 'buffer') encoding = 'utf8';
    return Buffer.from(buffer, encoding);
  }
  if (!isArrayBufferView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE(
      name,
      ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'],
      buffer,
    );
  }
  return buffer;
}

const kHashes = new Map();
// Node validates digests by name through OpenSSL; an unknown one is ERR_CRYPTO_INVALID_DIGEST.
function validateDigest(digest, name = 'digest') {
  validateString(digest, name);
  return digest;
}

function invalidCurve() {
  return codedError(TypeError, 'ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name', invalidCurve);
}

// Node checks digests natively.
function invalidDigest(digest) {
  return codedError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${digest}`, invalidDigest);
}

let hashes, ciphers, curves;
function getHashes() { return (hashes ??= binding.getHashes()).slice(); }
function getCiphers() { return (ciphers ??= binding.getCiphers()).slice(); }
function getCurves() { return (curves ??= binding.getCurves()).slice(); }

// Runs binding[fn](job, ...args): synchronously when callback is undefined (returns the value),
// else on the threadpool calling callback(err, mapped value).
function runJob(fn, args, callback, map) {
  if (callback === undefined) {
    const value = binding[fn](undefined, ...args);
    return map ? map(value) : value;
  }
  binding[fn]((err, value) => {
    if (err) return callback(err);
    callback(null, map ? map(value) : value);
  }, ...args);
}

module.exports = {
  binding,
  toBuffer,
  encodeOutput,
  getArrayBufferOrView,
  isArrayBufferView,
  isAnyArrayBuffer,
  validateDigest,
  invalidDigest,
  invalidCurve,
  codedError,
  getHashes,
  getCiphers,
  getCurves,
  runJob,
  kHashes,
};
