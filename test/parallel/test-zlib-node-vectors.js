'use strict';
// Data compressed by Node 22 opens, and known compressed forms and checksums match.
require('../common');
const assert = require('assert');
const zlib = require('zlib');

// Compressed by Node 22 from 'hello'.
const vectors = {
  inflateSync: '789ccb48cdc9c90700062c0215',
  gunzipSync: '1f8b0800000000000003cb48cdc9c9070086a6103605000000',
  inflateRawSync: 'cb48cdc9c90700',
  brotliDecompressSync: '0b028068656c6c6f03',
  zstdDecompressSync: '28b52ffd200529000068656c6c6f',
};
for (const [fn, hex] of Object.entries(vectors)) {
  assert.strictEqual(zlib[fn](Buffer.from(hex, 'hex')).toString(), 'hello', fn);
}
assert.strictEqual(zlib.unzipSync(Buffer.from(vectors.inflateSync, 'hex')).toString(), 'hello');
assert.strictEqual(zlib.unzipSync(Buffer.from(vectors.gunzipSync, 'hex')).toString(), 'hello');

// zlib's deflate output at the default level is stable across versions for this input.
assert.strictEqual(zlib.deflateSync('hello').toString('hex'), vectors.inflateSync);
assert.strictEqual(zlib.gzipSync('hello').toString('hex'), vectors.gunzipSync);
assert.strictEqual(zlib.deflateRawSync('hello').toString('hex'), vectors.inflateRawSync);
// Level 0 stores the bytes.
assert.strictEqual(zlib.deflateRawSync('abc', { level: 0 }).toString('hex'), '010300fcff616263');
