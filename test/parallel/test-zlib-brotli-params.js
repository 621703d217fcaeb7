'use strict';
// Brotli `params`: quality, window, mode and size hint change the output as documented; bad keys
// and values throw Node's errors.
require('../common');
const assert = require('assert');
const zlib = require('zlib');
const { constants } = zlib;

const text = Buffer.from('The quick brown fox jumps over the lazy dog. '.repeat(2000));
const q0 = zlib.brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 0 } });
const q11 = zlib.brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
assert.ok(q11.length <= q0.length);
assert.deepStrictEqual(zlib.brotliDecompressSync(q0), text);
assert.deepStrictEqual(zlib.brotliDecompressSync(q11), text);
const all = zlib.brotliCompressSync(text, {
  params: {
    [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    [constants.BROTLI_PARAM_LGWIN]: 10,
    [constants.BROTLI_PARAM_SIZE_HINT]: text.length,
    [constants.BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING]: true,
  },
});
assert.deepStrictEqual(zlib.brotliDecompressSync(all), text);
// Large window on both sides.
const large = zlib.brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_LARGE_WINDOW]: 1, [constants.BROTLI_PARAM_LGWIN]: 26 } });
assert.deepStrictEqual(zlib.brotliDecompressSync(large, { params: { [constants.BROTLI_DECODER_PARAM_LARGE_WINDOW]: 1 } }), text);

assert.throws(() => zlib.createBrotliCompress({ params: { abc: 1 } }), {
  code: 'ERR_BROTLI_INVALID_PARAM', name: 'RangeError', message: 'abc is not a valid Brotli parameter',
});
assert.throws(() => zlib.createBrotliCompress({ params: { 10: 1 } }),
              { code: 'ERR_BROTLI_INVALID_PARAM', message: '10 is not a valid Brotli parameter' });
assert.throws(() => zlib.createBrotliCompress({ params: { 1: 1, '01': 2 } }),
              { code: 'ERR_BROTLI_INVALID_PARAM', message: '01 is not a valid Brotli parameter' });
assert.throws(() => zlib.createBrotliCompress({ params: { 1: 'x' } }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.params[key]" property must be of type number. Received type string (\'x\')',
});
// A key the decoder does not know fails in the library.
assert.throws(() => zlib.createBrotliDecompress({ params: { 2: 1 } }), {
  code: 'ERR_ZLIB_INITIALIZATION_FAILED', name: 'Error', message: 'Initialization failed',
});
