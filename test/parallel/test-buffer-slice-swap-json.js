'use strict';
// subarray / slice (shared memory, negative and fractional offsets), swap16/32/64 (short and
// long buffers), toJSON, and inspect output with INSPECT_MAX_BYTES and extra properties.
require('../common');
const assert = require('assert');
const util = require('util');
const buffer = require('buffer');

{
  const b = Buffer.from('abcdef');
  const s = b.subarray(1, 3);
  assert.ok(Buffer.isBuffer(s));
  assert.strictEqual(s.toString(), 'bc');
  s[0] = 0x42;
  assert.strictEqual(b.toString(), 'aBcdef');
  assert.strictEqual(b.slice(-2).toString(), 'ef');
  assert.strictEqual(b.slice(-100, 2).toString(), 'aB');
  assert.strictEqual(b.slice('1', '3').toString(), 'Bc');
  assert.strictEqual(b.slice(1.9, 3.1).toString(), 'Bc');
  assert.strictEqual(b.slice(4, 2).length, 0);
  assert.strictEqual(b.slice(NaN, 2).toString(), 'aB');
  assert.strictEqual(b.subarray(2).byteOffset, b.byteOffset + 2);
}

// swaps: JS for short buffers, native for long ones.
for (const n of [8, 512]) {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = i & 255;
  assert.strictEqual(b.swap16(), b);
  assert.deepStrictEqual([...b.subarray(0, 4)], [1, 0, 3, 2]);
  b.swap16();
  b.swap32();
  assert.deepStrictEqual([...b.subarray(0, 8)], [3, 2, 1, 0, 7, 6, 5, 4]);
  b.swap32();
  b.swap64();
  assert.deepStrictEqual([...b.subarray(0, 8)], [7, 6, 5, 4, 3, 2, 1, 0]);
  assert.strictEqual(b[n - 1], (n - 8) & 255);
}
assert.throws(() => Buffer.alloc(3).swap16(), {
  code: 'ERR_INVALID_BUFFER_SIZE', name: 'RangeError',
  message: 'Buffer size must be a multiple of 16-bits',
});
assert.throws(() => Buffer.alloc(6).swap32(), { message: 'Buffer size must be a multiple of 32-bits' });
assert.throws(() => Buffer.alloc(4).swap64(), { message: 'Buffer size must be a multiple of 64-bits' });

// toJSON.
assert.deepStrictEqual(Buffer.from([1, 2]).toJSON(), { type: 'Buffer', data: [1, 2] });
assert.strictEqual(JSON.stringify(Buffer.alloc(0)), '{"type":"Buffer","data":[]}');
assert.ok(Buffer.from(JSON.parse(JSON.stringify(Buffer.from('hi')))).equals(Buffer.from('hi')));

// inspect.
assert.strictEqual(util.inspect(Buffer.from([1, 2, 0xab])), '<Buffer 01 02 ab>');
assert.strictEqual(util.inspect(Buffer.alloc(0)), '<Buffer >');
assert.strictEqual(util.inspect(Buffer.alloc(51)), `<Buffer ${'00 '.repeat(50).trim()} ... 1 more byte>`);
assert.strictEqual(util.inspect(Buffer.alloc(52)), `<Buffer ${'00 '.repeat(50).trim()} ... 2 more bytes>`);
assert.strictEqual(util.inspect({ a: Buffer.from('x') }), '{ a: <Buffer 78> }');
{
  const b = Buffer.from('abc');
  b.foo = 1;
  b.bar = 'x';
  assert.strictEqual(util.inspect(b), "<Buffer 61 62 63, foo: 1, bar: 'x'>");
  const e = Buffer.alloc(0);
  e.foo = 1;
  assert.strictEqual(util.inspect(e), '<Buffer foo: 1>');
}
assert.strictEqual(buffer.INSPECT_MAX_BYTES, 50);
buffer.INSPECT_MAX_BYTES = 2;
assert.strictEqual(util.inspect(Buffer.from([1, 2, 3, 4])), '<Buffer 01 02 ... 2 more bytes>');
buffer.INSPECT_MAX_BYTES = 50;
assert.throws(() => { buffer.INSPECT_MAX_BYTES = -1; }, { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => { buffer.INSPECT_MAX_BYTES = '1'; }, { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(Buffer.from([1]).inspect(), '<Buffer 01>');
