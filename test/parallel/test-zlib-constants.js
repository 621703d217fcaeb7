'use strict';
// zlib.constants and zlib.codes as Node lists them, and the hidden top-level copies.
require('../common');
const assert = require('assert');
const zlib = require('zlib');

const c = zlib.constants;
assert.strictEqual(Object.getPrototypeOf(c), null);
assert.strictEqual(Object.keys(c).length, 171);
assert.strictEqual(c.Z_MAX_CHUNK, Infinity);
assert.strictEqual(c.BROTLI_DECODER_ERROR_UNREACHABLE, -31);
assert.strictEqual(c.ZSTD_error_noForwardProgress_inputEmpty, 82);
assert.strictEqual(typeof c.ZLIB_VERNUM, 'number');
const desc = Object.getOwnPropertyDescriptor(zlib, 'constants');
assert.strictEqual(desc.writable, false);
assert.strictEqual(desc.configurable, false);

assert.ok(Object.isFrozen(zlib.codes));
assert.strictEqual(zlib.codes.Z_DATA_ERROR, -3);
assert.strictEqual(zlib.codes['-3'], 'Z_DATA_ERROR');

// Every non-BROTLI constant is copied, non-enumerable and read-only, onto the module.
for (const key of Object.keys(c)) {
  const d = Object.getOwnPropertyDescriptor(zlib, key);
  if (key.startsWith('BROTLI')) {
    assert.strictEqual(d, undefined, key);
  } else {
    assert.deepStrictEqual(d, { value: c[key], writable: false, enumerable: false, configurable: false }, key);
  }
}
assert.deepStrictEqual(Object.keys(zlib), [
  'crc32', 'Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip',
  'BrotliCompress', 'BrotliDecompress', 'ZstdCompress', 'ZstdDecompress',
  'deflate', 'deflateSync', 'gzip', 'gzipSync', 'deflateRaw', 'deflateRawSync', 'unzip',
  'unzipSync', 'inflate', 'inflateSync', 'gunzip', 'gunzipSync', 'inflateRaw', 'inflateRawSync',
  'brotliCompress', 'brotliCompressSync', 'brotliDecompress', 'brotliDecompressSync',
  'zstdCompress', 'zstdCompressSync', 'zstdDecompress', 'zstdDecompressSync',
  'createDeflate', 'createInflate', 'createDeflateRaw', 'createInflateRaw', 'createGzip',
  'createGunzip', 'createUnzip', 'createBrotliCompress', 'createBrotliDecompress',
  'createZstdCompress', 'createZstdDecompress', 'constants', 'codes',
]);
