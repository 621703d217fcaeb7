'use strict';
// Corrupt and truncated input fail with Node's message, code and errno, in the Sync, callback
// and stream forms.
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');

const cases = [
  ['inflate', Buffer.from('garbage!!'), { message: 'incorrect header check', code: 'Z_DATA_ERROR', errno: -3 }],
  ['gunzip', Buffer.from('garbage!!'), { message: 'incorrect header check', code: 'Z_DATA_ERROR', errno: -3 }],
  ['unzip', Buffer.from('garbage!!'), { message: 'incorrect header check', code: 'Z_DATA_ERROR', errno: -3 }],
  ['gunzip', zlib.gzipSync('hello').subarray(0, 10), { message: 'unexpected end of file', code: 'Z_BUF_ERROR', errno: -5 }],
  ['inflate', zlib.deflateSync('hello world').subarray(0, 6), { message: 'unexpected end of file', code: 'Z_BUF_ERROR', errno: -5 }],
  ['inflateRaw', Buffer.from([0xff, 0xff, 0xff]), { message: 'invalid block type', code: 'Z_DATA_ERROR', errno: -3 }],
  ['brotliDecompress', Buffer.from('garbage!!'), { message: 'Decompression failed', code: 'ERR__ERROR_FORMAT_PADDING_1', errno: -14 }],
  ['brotliDecompress', zlib.brotliCompressSync('hello world hello').subarray(0, 5), { message: 'unexpected end of file', code: 'Z_BUF_ERROR', errno: -5 }],
  ['zstdDecompress', Buffer.from('garbage!!'), { message: 'Unknown frame descriptor', code: 'ZSTD_error_prefix_unknown', errno: 10 }],
  ['inflate', zlib.deflateSync('abc', { dictionary: Buffer.from('abc') }), { message: 'Missing dictionary', code: 'Z_NEED_DICT', errno: 2 }],
];

for (const [fn, input, expected] of cases) {
  assert.throws(() => zlib[`${fn}Sync`](input), { name: 'Error', ...expected });
  zlib[fn](input, common.mustCall((err, out) => {
    assert.strictEqual(out, undefined);
    assert.strictEqual(err.message, expected.message);
    assert.strictEqual(err.code, expected.code);
    assert.strictEqual(err.errno, expected.errno);
    assert.deepStrictEqual(Object.keys(err), ['errno', 'code']);
  }));
}

// A stream emits 'error' then 'close', and no 'end'.
const events = [];
const stream = zlib.createGunzip();
stream.on('data', common.mustNotCall());
stream.on('end', common.mustNotCall());
stream.on('error', common.mustCall((err) => {
  events.push('error');
  assert.strictEqual(err.code, 'Z_DATA_ERROR');
}));
stream.on('close', common.mustCall(() => {
  events.push('close');
  assert.deepStrictEqual(events, ['error', 'close']);
  assert.strictEqual(stream.destroyed, true);
}));
stream.end(Buffer.from('not gzip data at all'));
