'use strict';
// fill(): strings in each encoding (repeated, truncated mid-character at the end), numbers,
// Buffers and typed arrays, ranges, and the argument errors.
require('../common');
const assert = require('assert');

const fill = (size, ...args) => Buffer.alloc(size).fill(...args).toString('hex');
assert.strictEqual(fill(1, '\u20ac'), 'e2');
assert.strictEqual(fill(4, '\u20ac'), 'e282ace2');
assert.strictEqual(fill(5, 'a\u20ac'), '61e282ac61');
assert.strictEqual(fill(5, 'abz', 'hex'), 'abababab' + 'ab');
assert.strictEqual(fill(5, ''), '0000000000');
assert.strictEqual(fill(5, 'ab', 1, 4), '0061626100');
assert.strictEqual(fill(5, 'ab', 'latin1'), '6162616261');
assert.strictEqual(fill(5, 'ab', 1, 'ucs2'), '0061006200');
assert.strictEqual(fill(3, '\u0222', 'ucs2'), '220222');
assert.strictEqual(fill(1, 'ab', 'ucs2'), '61');
assert.strictEqual(fill(5, 'QUJD', 'base64'), '4142434142');
assert.strictEqual(fill(5, 257), '0101010101');
assert.strictEqual(fill(5, -1.5), 'ffffffffff');
assert.strictEqual(fill(5, true), '0101010101');
assert.strictEqual(fill(5, {}), '0000000000');
assert.strictEqual(fill(5, null), '0000000000');
assert.strictEqual(fill(5, new Uint16Array([0x102, 0x304])), '0201040302');
assert.strictEqual(fill(5, Buffer.from('xy'), 2), '0000787978');
assert.strictEqual(fill(5, 'ab', 3, 1), '0000000000');
assert.strictEqual(fill(5, 'a', undefined, undefined), '6161616161');
// Overlapping source and target.
{
  const b = Buffer.from('abcdef');
  b.fill(b.subarray(0, 2), 1);
  assert.strictEqual(b.toString(), 'aababa');
}
// fill returns the buffer.
{
  const b = Buffer.alloc(2);
  assert.strictEqual(b.fill(1), b);
}

assert.throws(() => Buffer.alloc(5).fill('zz', 'hex'), {
  code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError',
  message: "The argument 'value' is invalid. Received 'zz'",
});
assert.throws(() => Buffer.alloc(5).fill(Buffer.alloc(0)), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => Buffer.alloc(5).fill('ab', 1, 9), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "end" is out of range. It must be >= 0 && <= 5. Received 9',
});
assert.throws(() => Buffer.alloc(5).fill('ab', -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be >= 0 && <= 9007199254740991. Received -1',
});
assert.throws(() => Buffer.alloc(5).fill('a', 1.5), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => Buffer.alloc(5).fill('a', null), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => Buffer.alloc(5).fill('a', '1'), {
  code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: 1',
});
assert.throws(() => Buffer.alloc(5).fill('ab', 1, 2, 'bogus'), { code: 'ERR_UNKNOWN_ENCODING' });
assert.throws(() => Buffer.alloc(4, 'a', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "encoding" argument must be of type string. Received type number (1)',
});
assert.throws(() => Buffer.alloc(5).fill(10n), TypeError);
