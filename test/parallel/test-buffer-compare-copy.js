'use strict';
// equals / compare (with ranges) / Buffer.compare / copy / concat.
require('../common');
const assert = require('assert');

const a = Buffer.from('abcd');
const b = Buffer.from('abce');
assert.ok(a.equals(Buffer.from('abcd')));
assert.ok(!a.equals(b));
assert.ok(a.equals(new Uint8Array([97, 98, 99, 100])));
assert.ok(Buffer.alloc(0).equals(new Uint8Array(0)));
assert.throws(() => a.equals('abcd'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "otherBuffer" argument must be an instance of Buffer or Uint8Array. Received type string (\'abcd\')',
});

assert.strictEqual(a.compare(b), -1);
assert.strictEqual(b.compare(a), 1);
assert.strictEqual(a.compare(a), 0);
assert.strictEqual(Buffer.from('ab').compare(Buffer.from('abc')), -1);
assert.strictEqual(Buffer.compare(b, a), 1);
assert.deepStrictEqual([b, a, Buffer.from('a')].sort(Buffer.compare).map(String), ['a', 'abcd', 'abce']);
assert.strictEqual(a.compare(b, 0, 3, 0, 3), 0);
assert.strictEqual(a.compare(b, 1, 2, 1, 2), 0);
assert.strictEqual(a.compare(b, 3), -1);
assert.strictEqual(a.compare(b, 0, 1, 9 - 5), -1);
assert.strictEqual(a.compare(b, 2, 1), 1);
assert.strictEqual(a.compare(b, 0, 0, 2, 2), 0);
assert.throws(() => a.compare(b, -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "targetStart" is out of range. It must be >= 0 && <= 9007199254740991. Received -1',
});
assert.throws(() => a.compare(b, 0, 9), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "targetEnd" is out of range. It must be >= 0 && <= 4. Received 9',
});
assert.throws(() => a.compare(b, 0, 1, 0, 9), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => a.compare(b, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => a.compare('x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => Buffer.compare(1, a), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buf1" argument must be an instance of Buffer or Uint8Array. Received type number (1)',
});

// copy.
{
  const src = Buffer.from('abcdefgh');
  const dst = Buffer.alloc(4, '.');
  assert.strictEqual(src.copy(dst), 4);
  assert.strictEqual(dst.toString(), 'abcd');
  assert.strictEqual(src.copy(dst, 1, 5), 3);
  assert.strictEqual(dst.toString(), 'afgh');
  assert.strictEqual(src.copy(dst, 0, 2, 3), 1);
  assert.strictEqual(dst.toString(), 'cfgh');
  assert.strictEqual(src.copy(dst, 9), 0);
  assert.strictEqual(src.copy(dst, 1.5), 3);
  assert.strictEqual(src.copy(dst, 'x'), 4);
  assert.strictEqual(src.copy(new Uint8Array(2)), 2);
  // Overlapping copies within one buffer, short and long.
  const o = Buffer.from('0123456789');
  o.copy(o, 2, 0, 5);
  assert.strictEqual(o.toString(), '0101234789');
  const big = Buffer.alloc(100);
  for (let i = 0; i < 100; i++) big[i] = i;
  big.copy(big, 10, 0, 50);
  assert.strictEqual(big[10], 0);
  assert.strictEqual(big[59], 49);
  big.copy(big, 0, 10, 60);
  assert.strictEqual(big[0], 0);
  assert.strictEqual(big[49], 49);
  assert.throws(() => src.copy(dst, -1), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "targetStart" is out of range. It must be >= 0. Received -1',
  });
  assert.throws(() => src.copy(dst, 0, 9), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "sourceStart" is out of range. It must be >= 0 && <= 8. Received 9',
  });
  assert.throws(() => src.copy(dst, 0, 0, -1), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => src.copy('x'), { code: 'ERR_INVALID_ARG_TYPE' });
}

// concat.
{
  assert.strictEqual(Buffer.concat([]).length, 0);
  const c = Buffer.concat([Buffer.from('ab'), new Uint8Array([99]), Buffer.from('de')]);
  assert.strictEqual(c.toString(), 'abcde');
  assert.strictEqual(Buffer.concat([Buffer.from('ab')], 5).toString('hex'), '6162000000');
  assert.strictEqual(Buffer.concat([Buffer.from('abc'), Buffer.from('def')], 4).toString(), 'abcd');
  const parts = [];
  for (let i = 0; i < 100; i++) parts.push(Buffer.alloc(100, i));
  const big = Buffer.concat(parts);
  assert.strictEqual(big.length, 10000);
  assert.strictEqual(big[9999], 99);
  assert.throws(() => Buffer.concat('a'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "list" argument must be an instance of Array. Received type string (\'a\')',
  });
  assert.throws(() => Buffer.concat([Buffer.from('a'), 1]), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "list[1]" argument must be an instance of Buffer or Uint8Array. Received type number (1)',
  });
  assert.throws(() => Buffer.concat([Buffer.from('a')], -1), { code: 'ERR_OUT_OF_RANGE' });
}
