'use strict';
// node:buffer module functions: byteLength, isUtf8, isAscii, transcode, constants, atob/btoa.
require('../common');
const assert = require('assert');
const buffer = require('buffer');
const { transcode, isUtf8, isAscii, constants, kMaxLength, kStringMaxLength, atob, btoa } = buffer;

assert.strictEqual(kMaxLength, 2 ** 53 - 1);
assert.strictEqual(kStringMaxLength, 2 ** 29 - 24);
assert.deepStrictEqual(constants, { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength });
for (const key of ['Buffer', 'SlowBuffer', 'transcode', 'isUtf8', 'isAscii', 'kMaxLength',
                   'kStringMaxLength', 'btoa', 'atob', 'constants', 'INSPECT_MAX_BYTES', 'Blob',
                   'resolveObjectURL', 'File']) {
  assert.ok(key in buffer, key);
}

// byteLength.
assert.strictEqual(Buffer.byteLength('\u00e9'), 2);
assert.strictEqual(Buffer.byteLength('abc', 'bogus'), 3);
assert.strictEqual(Buffer.byteLength('abcd', 'hex'), 2);
assert.strictEqual(Buffer.byteLength('YWJj', 'base64'), 3);
assert.strictEqual(Buffer.byteLength(new Uint16Array(3)), 6);
assert.strictEqual(Buffer.byteLength(new ArrayBuffer(5)), 5);
assert.strictEqual(Buffer.byteLength(new DataView(new ArrayBuffer(7))), 7);
assert.throws(() => Buffer.byteLength(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "string" argument must be of type string or an instance of Buffer or ArrayBuffer. Received type number (1)',
});

// isUtf8 / isAscii.
assert.strictEqual(isUtf8(Buffer.from('h\u00e9llo \ud83d\ude00')), true);
assert.strictEqual(isUtf8(Buffer.from([0xc3])), false);
assert.strictEqual(isUtf8(Buffer.from([0xed, 0xa0, 0x80])), false);
assert.strictEqual(isUtf8(Buffer.from([0xf4, 0x90, 0x80, 0x80])), false);
assert.strictEqual(isUtf8(Buffer.from([0xc0, 0x80])), false);
assert.strictEqual(isUtf8(new ArrayBuffer(4)), true);
assert.strictEqual(isUtf8(Buffer.alloc(0)), true);
assert.strictEqual(isAscii(Buffer.from('abc')), true);
assert.strictEqual(isAscii(Buffer.from([0x80])), false);
assert.strictEqual(isAscii(new Uint16Array([0x7f7f])), true);
assert.strictEqual(isAscii(Buffer.alloc(100, 'a')), true);
assert.throws(() => isUtf8('a'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "input" argument must be an instance of ArrayBuffer, Buffer, or TypedArray. Received type string (\'a\')',
});

// transcode.
const tc = (bytes, from, to) => transcode(Buffer.from(bytes), from, to).toString('hex');
assert.strictEqual(tc('a\u20ac\u00e9\ud83d\ude00', 'utf8', 'latin1'), '613fe93f');
assert.strictEqual(tc('a\u20ac\u00e9\ud83d\ude00', 'utf8', 'ascii'), '613f3f3f');
assert.strictEqual(tc('a\u20ac', 'utf8', 'ucs2'), '6100ac20');
assert.strictEqual(tc([0x61, 0xe9, 0x80, 0xff], 'ascii', 'utf8'), '61efbfbdefbfbdefbfbd');
assert.strictEqual(tc([0x61, 0xe9], 'latin1', 'utf8'), '61c3a9');
assert.strictEqual(tc([0xff, 0x61], 'ascii', 'ucs2'), 'ff006100');
assert.strictEqual(tc([0x61, 0xff, 0xc3], 'utf8', 'utf8'), '61efbfbdefbfbd');
assert.strictEqual(tc('\u00e9', 'utf8', 'utf16le'), 'e900');
assert.strictEqual(transcode(Buffer.alloc(0), 'x', 'y').length, 0);
assert.throws(() => transcode(Buffer.from([0x61, 0xff]), 'utf8', 'ucs2'), {
  code: 'U_INVALID_CHAR_FOUND', errno: 10, message: 'Unable to transcode Buffer [U_INVALID_CHAR_FOUND]',
});
assert.throws(() => transcode(Buffer.from('a'), 'base64', 'utf8'), {
  code: 'U_ILLEGAL_ARGUMENT_ERROR', message: 'Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]',
});
assert.throws(() => transcode('a', 'utf8', 'ucs2'), { code: 'ERR_INVALID_ARG_TYPE' });

// atob / btoa are the globals' behaviour.
assert.strictEqual(btoa('hello'), 'aGVsbG8=');
assert.strictEqual(atob('aGVsbG8='), 'hello');
assert.throws(() => atob(), { code: 'ERR_MISSING_ARGS' });

// Detached input: an empty view validates; a detached ArrayBuffer is an error.
{
  const ab = new ArrayBuffer(8);
  const view = new Uint8Array(ab);
  structuredClone(ab, { transfer: [ab] });
  assert.strictEqual(isUtf8(view), true);
  assert.strictEqual(isAscii(view), true);
  assert.throws(() => isUtf8(ab), {
    name: 'Error', code: 'ERR_INVALID_STATE', message: 'Cannot validate on a detached buffer',
  });
}
