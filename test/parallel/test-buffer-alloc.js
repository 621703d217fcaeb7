'use strict';
// Buffer.alloc / allocUnsafe / allocUnsafeSlow / from overloads / of / copyBytesFrom, the 8 KiB
// pool, SlowBuffer, and the class shape (Uint8Array subclass).
require('../common');
const assert = require('assert');
const { Buffer, SlowBuffer, kMaxLength, constants } = require('buffer');

// Shape.
assert.strictEqual(Object.getPrototypeOf(Buffer), Uint8Array);
assert.strictEqual(Object.getPrototypeOf(Buffer.prototype), Uint8Array.prototype);
assert.strictEqual(Buffer.prototype.constructor, Buffer);
assert.strictEqual(Buffer.poolSize, 8192);
assert.strictEqual(globalThis.Buffer, Buffer);
assert.ok(Buffer.alloc(1) instanceof Uint8Array);
assert.ok(Buffer.isBuffer(Buffer.alloc(1)));
assert.ok(!Buffer.isBuffer(new Uint8Array(1)));
assert.ok(!Buffer.isBuffer('a'));
assert.strictEqual(kMaxLength, constants.MAX_LENGTH);

// alloc zero-fills and fills.
assert.deepStrictEqual([...Buffer.alloc(4)], [0, 0, 0, 0]);
assert.deepStrictEqual([...Buffer.alloc(4, 1)], [1, 1, 1, 1]);
assert.deepStrictEqual([...Buffer.alloc(5, 'ab')], [97, 98, 97, 98, 97]);
assert.deepStrictEqual([...Buffer.alloc(4, 'YWI=', 'base64')], [97, 98, 97, 98]);
assert.deepStrictEqual([...Buffer.alloc(3, Buffer.from([1, 2]))], [1, 2, 1]);
assert.strictEqual(Buffer.alloc(1.5).length, 1);
assert.strictEqual(Buffer.alloc(0).length, 0);
for (const fn of [Buffer.alloc, Buffer.allocUnsafe, Buffer.allocUnsafeSlow]) {
  assert.throws(() => fn(-1), {
    code: 'ERR_OUT_OF_RANGE', name: 'RangeError',
    message: 'The value of "size" is out of range. It must be >= 0 && <= 9007199254740991. Received -1',
  });
  assert.throws(() => fn('1'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "size" argument must be of type number. Received type string (\'1\')',
  });
  assert.throws(() => fn(NaN), { code: 'ERR_OUT_OF_RANGE' });
}
assert.throws(() => Buffer.alloc(4, 'a', 'bogus'), { code: 'ERR_UNKNOWN_ENCODING' });
assert.throws(() => Buffer.alloc(4, 'zz', 'hex'), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'value' is invalid. Received 'zz'",
});

// The pool: small allocUnsafe and from() share one 8 KiB ArrayBuffer, 8-byte aligned.
{
  const a = Buffer.allocUnsafe(10);
  const b = Buffer.allocUnsafe(10);
  assert.strictEqual(a.buffer, b.buffer);
  assert.strictEqual(a.buffer.byteLength, 8192);
  assert.strictEqual(a.byteOffset % 8, 0);
  assert.strictEqual(b.byteOffset % 8, 0);
  assert.strictEqual(Buffer.from('xyz').buffer.byteLength, 8192);
  // Half the pool and more: unpooled.
  assert.strictEqual(Buffer.allocUnsafe(4096).buffer.byteLength, 4096);
  assert.strictEqual(Buffer.allocUnsafeSlow(10).buffer.byteLength, 10);
  assert.strictEqual(Buffer.alloc(10).buffer.byteLength, 10);
  const c = Buffer.allocUnsafe(100);
  c.fill(7);
  assert.ok(c.every((x) => x === 7));
  assert.strictEqual(c.parent, c.buffer);
  assert.strictEqual(c.offset, c.byteOffset);
}

// SlowBuffer.
{
  const s = SlowBuffer(4);
  assert.ok(s instanceof Buffer);
  assert.strictEqual(s.length, 4);
  assert.strictEqual(s.buffer.byteLength, 4);
}

// from(string, encoding).
assert.deepStrictEqual([...Buffer.from('abc')], [97, 98, 99]);
assert.deepStrictEqual([...Buffer.from('\u00e9', 'latin1')], [0xe9]);
assert.deepStrictEqual([...Buffer.from('\u00e9')], [0xc3, 0xa9]);
assert.strictEqual(Buffer.from('').length, 0);
assert.throws(() => Buffer.from('a', 'bogus'), {
  code: 'ERR_UNKNOWN_ENCODING', name: 'TypeError', message: 'Unknown encoding: bogus',
});
// Long strings go through the unpooled path.
{
  const long = 'ab\u00e9'.repeat(5000);
  const b = Buffer.from(long);
  assert.strictEqual(b.length, 20000);
  assert.strictEqual(b.toString(), long);
}

// from(array / array-like / typed array / Buffer).
assert.deepStrictEqual([...Buffer.from([1, 257, -1, 'a', 1.5])], [1, 1, 255, 0, 1]);
assert.deepStrictEqual([...Buffer.from({ length: 2, 0: 5 })], [5, 0]);
assert.deepStrictEqual([...Buffer.from({ type: 'Buffer', data: [1, 2] })], [1, 2]);
assert.deepStrictEqual([...Buffer.from(new Uint16Array([1, 256]))], [1, 0]);
assert.strictEqual(Buffer.from({ length: '2' }).length, 0);
{
  const orig = Buffer.from('hello');
  const copy = Buffer.from(orig);
  copy[0] = 0;
  assert.strictEqual(orig[0], 104);
}

// from(arrayBuffer, byteOffset, length) shares memory.
{
  const ab = new ArrayBuffer(8);
  const b = Buffer.from(ab, 2, 4);
  assert.strictEqual(b.buffer, ab);
  assert.strictEqual(b.byteOffset, 2);
  assert.strictEqual(b.length, 4);
  new Uint8Array(ab)[2] = 9;
  assert.strictEqual(b[0], 9);
  assert.strictEqual(Buffer.from(ab, 8).length, 0);
  assert.strictEqual(Buffer.from(ab, 'x').length, 8);
  assert.strictEqual(Buffer.from(ab, 1, -1).length, 0);
  assert.throws(() => Buffer.from(ab, 9), {
    code: 'ERR_BUFFER_OUT_OF_BOUNDS', message: '"offset" is outside of buffer bounds',
  });
  assert.throws(() => Buffer.from(ab, 1, 8), {
    code: 'ERR_BUFFER_OUT_OF_BOUNDS', message: '"length" is outside of buffer bounds',
  });
  const sab = new SharedArrayBuffer(4);
  assert.strictEqual(Buffer.from(sab).buffer, sab);
}

// from(object with valueOf / toPrimitive).
assert.strictEqual(Buffer.from(new String('ab')).toString(), 'ab');
assert.strictEqual(Buffer.from({ valueOf() { return 'hi'; } }).toString(), 'hi');
assert.strictEqual(Buffer.from({ [Symbol.toPrimitive]() { return 'yo'; } }).toString(), 'yo');

for (const bad of [undefined, null, 1, true, {}, Symbol('s')]) {
  assert.throws(() => Buffer.from(bad), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object\. Received /,
  });
}

// of, copyBytesFrom.
assert.deepStrictEqual([...Buffer.of(1, 257, 'a')], [1, 1, 0]);
{
  const u16 = new Uint16Array([1, 2, 3]);
  assert.deepStrictEqual([...Buffer.copyBytesFrom(u16, 1, 1)], [2, 0]);
  assert.deepStrictEqual([...Buffer.copyBytesFrom(u16)], [1, 0, 2, 0, 3, 0]);
  assert.strictEqual(Buffer.copyBytesFrom(u16, 5).length, 0);
  const copied = Buffer.copyBytesFrom(u16);
  copied[0] = 9;
  assert.strictEqual(u16[0], 1);
  assert.throws(() => Buffer.copyBytesFrom([1]), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "view" argument must be an instance of TypedArray. Received an instance of Array',
  });
  assert.throws(() => Buffer.copyBytesFrom(u16, -1), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => Buffer.copyBytesFrom(u16, 1.5), { code: 'ERR_OUT_OF_RANGE' });
}

// Species: derived buffers are Buffers.
{
  const m = Buffer.from('ab').map((x) => x + 1);
  assert.ok(Buffer.isBuffer(m));
  assert.strictEqual(m.toString(), 'bc');
}

// The deprecated constructor still works.
{
  process.noDeprecation = true;
  assert.strictEqual(new Buffer(3).length, 3);  // eslint-disable-line no-buffer-constructor
  assert.strictEqual(Buffer('ab').toString(), 'ab');
  assert.throws(() => Buffer(1, 'utf8'), { code: 'ERR_INVALID_ARG_TYPE' });
}
