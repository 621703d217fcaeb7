'use strict';
// Every encoding: round trips, byteLength, and Node's treatment of invalid input (lone
// surrogates, bad hex, base64 whitespace / padding / url-safe characters, partial writes).
require('../common');
const assert = require('assert');

const hex = (b) => b.toString('hex');

// Encoding names.
for (const e of ['utf8', 'utf-8', 'UTF8', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'UTF-16LE',
                 'latin1', 'binary', 'Binary', 'ascii', 'base64', 'base64url', 'hex', 'HEX']) {
  assert.strictEqual(Buffer.isEncoding(e), true, e);
}
for (const e of ['', 'utf-16', 'utf32', 'base-64', 1, null, undefined, {}]) {
  assert.strictEqual(Buffer.isEncoding(e), false, String(e));
}

// UTF-8: lone surrogates become EF BF BD; pairs become 4 bytes.
assert.strictEqual(hex(Buffer.from('\ud800x\udc00\ud83d\ude00')), 'efbfbd78efbfbdf09f9880');
assert.strictEqual(Buffer.byteLength('\ud800'), 3);
assert.strictEqual(Buffer.byteLength('\ud83d\ude00'), 4);
assert.strictEqual(Buffer.byteLength('\u00e9\u20ac'), 5);
// Decoding replaces each maximal invalid subsequence with U+FFFD.
assert.strictEqual(Buffer.from([0x61, 0xff, 0x62]).toString(), 'a\ufffdb');
assert.strictEqual(Buffer.from([0xe2, 0x82]).toString(), '\ufffd');
assert.strictEqual(Buffer.from([0xed, 0xa0, 0x80]).toString(), '\ufffd\ufffd\ufffd');
assert.strictEqual(Buffer.from([0xf0, 0x9f, 0x98]).toString(), '\ufffd');
assert.strictEqual(Buffer.from([0xc0, 0x80]).toString(), '\ufffd\ufffd');

// UTF-16LE.
assert.strictEqual(hex(Buffer.from('a\u20ac', 'ucs2')), '6100ac20');
assert.strictEqual(Buffer.from([0x61, 0x00, 0x62]).toString('utf16le'), 'a');
assert.strictEqual(Buffer.from('\ud800', 'utf16le').toString('ucs2'), '\ud800');
assert.strictEqual(Buffer.byteLength('abc', 'ucs2'), 6);

// latin1 / ascii: writing keeps the low byte; ascii decoding clears the high bit.
assert.strictEqual(hex(Buffer.from('\u00e9\u20ac\ud800x', 'latin1')), 'e9ac0078');
assert.strictEqual(hex(Buffer.from('\u00e9\u20ac', 'ascii')), 'e9ac');
assert.strictEqual(Buffer.from([0xe9, 0x41, 0xff]).toString('ascii'), 'iA\x7f');
assert.strictEqual(Buffer.from([0xe9, 0x41, 0xff]).toString('latin1'), '\u00e9A\u00ff');

// hex: pairs until the first invalid one; an odd last digit is dropped.
assert.strictEqual(hex(Buffer.from('abc', 'hex')), 'ab');
assert.strictEqual(hex(Buffer.from('0g12', 'hex')), '');
assert.strictEqual(hex(Buffer.from('120g', 'hex')), '12');
assert.strictEqual(hex(Buffer.from('ABcd', 'hex')), 'abcd');
assert.strictEqual(Buffer.byteLength('abc', 'hex'), 1);
assert.strictEqual(Buffer.from([0, 15, 255]).toString('hex'), '000fff');

// base64: both alphabets decode; whitespace and other characters are skipped; '=' ends.
const b64 = (s) => hex(Buffer.from(s, 'base64'));
assert.strictEqual(b64('QUJD'), '414243');
assert.strictEqual(b64('Q U J D'), '414243');
assert.strictEqual(b64('QU\nJD'), '414243');
assert.strictEqual(b64('!!QUJD'), '414243');
assert.strictEqual(b64('QU-_'), '414fbf');
assert.strictEqual(b64('QU+/'), '414fbf');
assert.strictEqual(b64('QQ=='), '41');
assert.strictEqual(b64('QQ'), '41');
assert.strictEqual(b64('Q'), '');
assert.strictEqual(b64('QU=JD'), '41');
assert.strictEqual(b64('QQ==QQ=='), '41');
assert.strictEqual(b64('QUJDRA'), '41424344');
assert.strictEqual(hex(Buffer.from('QU-_', 'base64url')), '414fbf');
assert.strictEqual(Buffer.byteLength('QQ==', 'base64'), 1);
assert.strictEqual(Buffer.byteLength('Q U J D', 'base64'), 5);
assert.strictEqual(Buffer.from([0xfb, 0xff]).toString('base64'), '+/8=');
assert.strictEqual(Buffer.from([0xfb, 0xff]).toString('base64url'), '-_8');
assert.strictEqual(Buffer.from('hello world').toString('base64'), 'aGVsbG8gd29ybGQ=');

// Round trips of every byte value.
{
  const all = Buffer.alloc(256);
  for (let i = 0; i < 256; i++) all[i] = i;
  for (const e of ['hex', 'base64', 'base64url', 'latin1', 'binary', 'ucs2']) {
    assert.ok(Buffer.from(all.toString(e), e).equals(all), e);
  }
}

// write(): never splits a character; returns bytes written.
{
  const b = Buffer.alloc(5);
  assert.strictEqual(b.write('ab\u20ac'), 5);
  assert.strictEqual(hex(b), '6162e282ac');
  assert.strictEqual(b.write('\ud83d\ude00', 2), 0);
  assert.strictEqual(b.write('\u20ac\u20ac', 1), 3);
  assert.strictEqual(Buffer.alloc(3).write('abc', 0, 2), 2);
  assert.strictEqual(Buffer.alloc(3).write('abcd', 'ucs2'), 2);
  assert.strictEqual(Buffer.alloc(4).write('abz', 'hex'), 1);
  assert.strictEqual(Buffer.alloc(2).write('QUJD', 'base64'), 2);
  assert.strictEqual(Buffer.alloc(4).write('ab', 1, 'latin1'), 2);
  assert.throws(() => Buffer.alloc(4).write(1), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'argument must be a string',
  });
  assert.throws(() => Buffer.alloc(4).write('a', 5), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "offset" is out of range. It must be >= 0 && <= 4. Received 5',
  });
  assert.throws(() => Buffer.alloc(4).write('a', 0, 1, 'bogus'), { code: 'ERR_UNKNOWN_ENCODING' });
}

// toString(encoding, start, end).
{
  const b = Buffer.from('hello');
  assert.strictEqual(b.toString('utf8', 1, 3), 'el');
  assert.strictEqual(b.toString('utf8', -1, 100), 'hello');
  assert.strictEqual(b.toString(undefined, 3), 'lo');
  assert.strictEqual(b.toString('bogus', 4, 2), '');
  assert.throws(() => b.toString('bogus'), { code: 'ERR_UNKNOWN_ENCODING' });
  assert.throws(() => b.toString(null), { code: 'ERR_UNKNOWN_ENCODING' });
  assert.strictEqual(b.toLocaleString(), 'hello');
  assert.throws(() => b.utf8Slice(1, 9), { code: 'ERR_OUT_OF_RANGE', message: 'Index out of range' });
}

// Large values go through external strings and the unpooled path.
{
  const big = Buffer.alloc(1 << 20, 'abc');
  const s = big.toString('latin1');
  assert.strictEqual(s.length, 1 << 20);
  assert.ok(Buffer.from(s, 'latin1').equals(big));
  assert.ok(Buffer.from(big.toString('base64'), 'base64').equals(big));
  assert.ok(Buffer.from(big.toString('hex'), 'hex').equals(big));
  assert.ok(Buffer.from(big.toString('ucs2'), 'ucs2').equals(big));
  assert.strictEqual(big.toString('ascii'), s);
}
