'use strict';
// `info: true` returns { buffer, engine }; maxOutputLength limits the output with
// ERR_BUFFER_TOO_LARGE in both forms.
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');

const r = zlib.gzipSync('abc', { info: true });
assert.ok(r.engine instanceof zlib.Gzip);
assert.strictEqual(zlib.gunzipSync(r.buffer).toString(), 'abc');
assert.strictEqual(r.engine.bytesWritten, 3);
zlib.brotliCompress('abc', { info: true }, common.mustSucceed(({ buffer, engine }) => {
  assert.ok(engine instanceof zlib.BrotliCompress);
  assert.strictEqual(zlib.brotliDecompressSync(buffer).toString(), 'abc');
}));

const big = zlib.gzipSync('a'.repeat(100000));
const tooLarge = {
  code: 'ERR_BUFFER_TOO_LARGE',
  name: 'RangeError',
  message: 'Cannot create a Buffer larger than 10 bytes',
};
assert.throws(() => zlib.gunzipSync(big, { maxOutputLength: 10 }), tooLarge);
zlib.gunzip(big, { maxOutputLength: 10 }, common.mustCall((err, out) => {
  assert.strictEqual(out, undefined);
  assert.strictEqual(err.code, tooLarge.code);
  assert.strictEqual(err.message, tooLarge.message);
}));
assert.strictEqual(zlib.gunzipSync(big, { maxOutputLength: 100000 }).length, 100000);
assert.throws(() => zlib.brotliDecompressSync(zlib.brotliCompressSync('x'.repeat(50)), { maxOutputLength: 49 }),
              { code: 'ERR_BUFFER_TOO_LARGE' });
