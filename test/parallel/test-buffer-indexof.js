'use strict';
// indexOf / lastIndexOf / includes: strings in each encoding, numbers, Buffers, Uint8Arrays,
// negative and out-of-range byteOffsets, empty needles.
require('../common');
const assert = require('assert');

const b = Buffer.from('abcabcab');
assert.strictEqual(b.indexOf('bc'), 1);
assert.strictEqual(b.indexOf('bc', 2), 4);
assert.strictEqual(b.indexOf('bc', -4), 4);
assert.strictEqual(b.indexOf('bc', -100), 1);
assert.strictEqual(b.indexOf('bc', 100), -1);
assert.strictEqual(b.indexOf('zz'), -1);
assert.strictEqual(b.lastIndexOf('ab'), 6);
assert.strictEqual(b.lastIndexOf('ab', 5), 3);
assert.strictEqual(b.lastIndexOf('ab', -3), 3);
assert.strictEqual(b.lastIndexOf('ab', -100), -1);
assert.strictEqual(b.lastIndexOf('ab', 100), 6);
assert.strictEqual(b.lastIndexOf('abc', NaN), 3);
assert.strictEqual(b.indexOf('b', 1.5), 1);
assert.throws(() => b.indexOf('b', '2'), { code: 'ERR_UNKNOWN_ENCODING' });  // a string offset is the encoding
assert.strictEqual(b.indexOf('b', 'latin1'), 1);
assert.ok(b.includes('cab'));
assert.ok(!b.includes('cab', 6));

// Numbers: val >>> 0 & 255.
assert.strictEqual(b.indexOf(98), 1);
assert.strictEqual(b.indexOf(256 + 98), 1);
assert.strictEqual(b.indexOf(99, -3), 5);
assert.strictEqual(b.lastIndexOf(97), 6);
assert.strictEqual(b.lastIndexOf(97, 5), 3);
assert.strictEqual(b.indexOf(-1), -1);
assert.strictEqual(Buffer.from([0, 1, 255]).indexOf(-1), 2);

// Buffers and Uint8Arrays.
assert.strictEqual(b.indexOf(Buffer.from('ca')), 2);
assert.strictEqual(b.indexOf(new Uint8Array([99, 97])), 2);
assert.strictEqual(b.lastIndexOf(Buffer.from('ca')), 5);

// Empty needles return the clamped offset.
assert.strictEqual(b.indexOf(''), 0);
assert.strictEqual(b.indexOf('', 3), 3);
assert.strictEqual(b.indexOf('', 100), 8);
assert.strictEqual(b.indexOf('', -2), 6);
assert.strictEqual(b.lastIndexOf(''), 8);
assert.strictEqual(b.indexOf(Buffer.alloc(0), 5), 5);
assert.strictEqual(Buffer.alloc(0).indexOf(''), 0);
assert.strictEqual(Buffer.alloc(0).indexOf('a'), -1);

// Encodings.
assert.strictEqual(b.indexOf('YmM=', 'base64'), 1);
assert.strictEqual(b.indexOf('6263', 'hex'), 1);
assert.strictEqual(b.indexOf('6263', 0, 'hex'), 1);
assert.strictEqual(b.indexOf('bc', 0, 'latin1'), 1);
{
  const u = Buffer.from('\u0100\u0101\u0102abc\u0100', 'ucs2');
  assert.strictEqual(u.indexOf('\u0101', 0, 'ucs2'), 2);
  assert.strictEqual(u.indexOf('b', 'utf16le'), 8);
  assert.strictEqual(u.lastIndexOf('\u0100', undefined, 'ucs2'), 12);
  assert.strictEqual(u.indexOf('\u0101', 3, 'ucs2'), 2);  // the offset rounds down to a unit
  // Only whole code units match.
  assert.strictEqual(u.indexOf(Buffer.from([0x01, 0x01]), 'ucs2'), 2);
  assert.strictEqual(u.indexOf(Buffer.from([0x01, 0x02]), 'ucs2'), -1);
  assert.strictEqual(u.indexOf(Buffer.from([0x01, 0x02])), 3);
}
{
  const utf = Buffer.from('a\u00e9\u20acb');
  assert.strictEqual(utf.indexOf('\u20ac'), 3);
  assert.strictEqual(utf.indexOf('\u00e9', 0, 'latin1'), -1);
  // Needles keep lone surrogates as WTF-8 (ED A0 80); they do not match U+FFFD.
  assert.strictEqual(Buffer.from('a\ufffdb').indexOf('\ud800'), -1);
  assert.strictEqual(Buffer.from([0x61, 0xed, 0xa0, 0x80]).indexOf('\ud800'), 1);
}

// A long haystack.
{
  const long = Buffer.from('ab'.repeat(5000) + 'needle' + 'ab'.repeat(10));
  assert.strictEqual(long.indexOf('needle'), 10000);
  assert.strictEqual(long.lastIndexOf('ab'), long.length - 2);
  assert.strictEqual(long.indexOf(Buffer.from('eed')), 10001);
  assert.strictEqual(long.indexOf(0x6e), 10000);
  assert.strictEqual(long.lastIndexOf(0x64), 10003);
}

// Errors.
for (const bad of [{}, true, null, undefined, [1], 1n]) {
  assert.throws(() => b.indexOf(bad), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "value" argument must be one of type number or string or an instance of Buffer or Uint8Array\. Received /,
  });
}
assert.throws(() => b.indexOf('a', 0, 'bogus'), { code: 'ERR_UNKNOWN_ENCODING' });
assert.strictEqual(b.indexOf(Buffer.from('a'), 0, 'bogus'), 0);
