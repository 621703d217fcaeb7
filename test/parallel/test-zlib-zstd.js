'use strict';
// zstd: parameters, checksums, errors, and that a decompressor stops after the first frame.
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');
const { constants } = zlib;

const text = Buffer.from('zstandard '.repeat(10000));
const fast = zlib.zstdCompressSync(text, { params: { [constants.ZSTD_c_compressionLevel]: 1 } });
const best = zlib.zstdCompressSync(text, {
  params: { [constants.ZSTD_c_compressionLevel]: 19, [constants.ZSTD_c_checksumFlag]: 1 },
});
assert.deepStrictEqual(zlib.zstdDecompressSync(fast), text);
assert.deepStrictEqual(zlib.zstdDecompressSync(best), text);

// A flipped checksum byte is detected.
const corrupt = Buffer.from(best);
corrupt[corrupt.length - 1] ^= 0xff;
assert.throws(() => zlib.zstdDecompressSync(corrupt), { code: 'ZSTD_error_checksum_wrong', errno: 22 });

assert.throws(() => zlib.createZstdCompress({ params: { abc: 1 } }), {
  code: 'ERR_ZSTD_INVALID_PARAM', name: 'RangeError', message: 'abc is not a valid zstd parameter',
});
assert.throws(() => zlib.createZstdCompress({ params: { 999: 1 } }), { code: 'ERR_ZSTD_INVALID_PARAM' });
assert.throws(() => zlib.createZstdCompress({ params: { 300: 1 } }), {
  code: 'ERR_ZLIB_INITIALIZATION_FAILED', name: 'Error', message: 'Setting parameter failed',
});
assert.throws(() => zlib.createZstdDecompress({ params: { [constants.ZSTD_d_windowLogMax]: 1000 } }),
              { code: 'ERR_ZLIB_INITIALIZATION_FAILED', message: 'Setting parameter failed' });

const two = Buffer.concat([zlib.zstdCompressSync('abc'), zlib.zstdCompressSync('xyz')]);
assert.strictEqual(zlib.zstdDecompressSync(two).toString(), 'abc');

zlib.zstdCompress(text, common.mustSucceed((packed) => {
  zlib.zstdDecompress(packed, common.mustSucceed((out) => assert.deepStrictEqual(out, text)));
}));
