'use strict';
// zlib.crc32: known values, chaining with a start value, every input kind, and argument checks.
require('../common');
const assert = require('assert');
const zlib = require('zlib');

assert.strictEqual(zlib.crc32(''), 0);
assert.strictEqual(zlib.crc32('hello'), 907060870);
assert.strictEqual(zlib.crc32('123456789'), 0xcbf43926);
assert.strictEqual(zlib.crc32('The quick brown fox jumps over the lazy dog'), 0x414fa339);
assert.strictEqual(zlib.crc32('hello world'), 222957957);
assert.strictEqual(zlib.crc32('world', zlib.crc32('hello ')), 222957957);
assert.strictEqual(zlib.crc32('h\u00e9llo'), 2654700086);
assert.strictEqual(zlib.crc32(Buffer.from('h\u00e9llo')), 2654700086);
const u8 = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
const expected = zlib.crc32(Buffer.from(u8));
assert.strictEqual(zlib.crc32(u8), expected);
assert.strictEqual(zlib.crc32(new DataView(u8.buffer)), expected);
assert.strictEqual(zlib.crc32(new Uint16Array(u8.buffer)), expected);
assert.strictEqual(zlib.crc32(u8.subarray(4), zlib.crc32(u8.subarray(0, 4))), expected);
assert.strictEqual(zlib.crc32(Buffer.alloc(1 << 20, 0xab)), zlib.crc32(Buffer.alloc(1 << 20, 0xab)));

assert.throws(() => zlib.crc32(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "data" argument must be of type string or an instance of Buffer, TypedArray, ' +
    'or DataView. Received type number (5)',
});
assert.throws(() => zlib.crc32('a', 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "value" argument must be of type number. Received type string (\'x\')',
});
assert.throws(() => zlib.crc32('a', -1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => zlib.crc32('a', 2 ** 32), { code: 'ERR_OUT_OF_RANGE' });
