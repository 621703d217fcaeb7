'use strict';
// Numeric reads and writes: all widths and endiannesses, (U)IntLE/BE 1-6 bytes, BigInt64,
// floats; Node's ERR_OUT_OF_RANGE / ERR_BUFFER_OUT_OF_BOUNDS / ERR_INVALID_ARG_TYPE.
require('../common');
const assert = require('assert');

const b = Buffer.from([0x01, 0x82, 0xff, 0x7f, 0x80, 0x00, 0xfe, 0x12]);
assert.strictEqual(b.readUInt8(1), 0x82);
assert.strictEqual(b.readInt8(1), -126);
assert.strictEqual(b.readUInt16LE(0), 0x8201);
assert.strictEqual(b.readUInt16BE(0), 0x0182);
assert.strictEqual(b.readInt16LE(1), 0xff82 - 65536);
assert.strictEqual(b.readInt16BE(2), 0xff7f - 65536);
assert.strictEqual(b.readUInt32LE(0), 0x7fff8201);
assert.strictEqual(b.readUInt32BE(4), 0x8000fe12);
assert.strictEqual(b.readInt32BE(4), 0x8000fe12 - 2 ** 32);
assert.strictEqual(b.readInt32LE(0), 0x7fff8201);
assert.strictEqual(b.readUIntLE(0, 3), 0xff8201);
assert.strictEqual(b.readUIntBE(0, 3), 0x0182ff);
assert.strictEqual(b.readIntLE(0, 3), 0xff8201 - 2 ** 24);
assert.strictEqual(b.readUIntLE(0, 6), 0x00807fff8201);
assert.strictEqual(b.readIntBE(2, 6), 0xff7f8000fe12 - 2 ** 48);
assert.strictEqual(b.readUIntBE(1, 5), 0x82ff7f8000);
assert.strictEqual(b.readBigUInt64LE(0), 0x12fe00807fff8201n);
assert.strictEqual(b.readBigUInt64BE(0), 0x0182ff7f8000fe12n);
assert.strictEqual(b.readBigInt64LE(0), 0x12fe00807fff8201n);
assert.strictEqual(Buffer.alloc(8, 0xff).readBigInt64BE(0), -1n);
assert.strictEqual(b.readBigUint64LE, b.readBigUInt64LE);
assert.strictEqual(b.readUint32LE, b.readUInt32LE);

// Floats.
{
  const f = Buffer.alloc(8);
  f.writeFloatLE(1.5);
  assert.strictEqual(f.toString('hex'), '0000c03f00000000');
  assert.strictEqual(f.readFloatLE(0), 1.5);
  f.writeFloatBE(-2.5, 4);
  assert.strictEqual(f.readFloatBE(4), -2.5);
  f.writeDoubleLE(Math.PI);
  assert.strictEqual(f.readDoubleLE(), Math.PI);
  f.writeDoubleBE(0.1);
  assert.strictEqual(f.toString('hex'), '3fb999999999999a');
  assert.strictEqual(f.readDoubleBE(0), 0.1);
  f.writeFloatLE(1e300);
  assert.strictEqual(f.readFloatLE(), Infinity);
  f.writeDoubleLE(NaN);
  assert.ok(Number.isNaN(f.readDoubleLE()));
}

// Writes return offset + width and wrap like typed arrays inside the range.
{
  const w = Buffer.alloc(8);
  assert.strictEqual(w.writeUInt8(255, 0), 1);
  assert.strictEqual(w.writeInt8(-1, 1), 2);
  assert.strictEqual(w.writeUInt16BE(0x1234, 2), 4);
  assert.strictEqual(w.writeInt32LE(-2, 4), 8);
  assert.strictEqual(w.toString('hex'), 'ffff1234feffffff');
  assert.strictEqual(w.writeUIntBE(0x123456, 0, 3), 3);
  assert.strictEqual(w.writeIntLE(-2, 2, 6), 8);
  assert.strictEqual(w.toString('hex'), '1234feffffffffff');
  assert.strictEqual(w.writeBigInt64BE(-2n), 8);
  assert.strictEqual(w.toString('hex'), 'fffffffffffffffe');
  assert.strictEqual(w.writeBigUInt64LE(0x0102030405060708n), 8);
  assert.strictEqual(w.toString('hex'), '0807060504030201');
  w.writeUInt8(1.7, 0);
  assert.strictEqual(w[0], 1);
  w.writeUInt8('a', 0);
  assert.strictEqual(w[0], 0);
  w.writeIntLE(-1.5, 0, 5);
  assert.strictEqual(w.toString('hex', 0, 5), 'ffffffffff');
  for (const [v, bl] of [[0x123456789a, 5], [-0x123456789a, 5], [0x7fffffffffff, 6], [-0x800000000000, 6]]) {
    w.writeIntBE(v, 1, bl);
    assert.strictEqual(w.readIntBE(1, bl), v);
    w.writeIntLE(v, 2, bl);
    assert.strictEqual(w.readIntLE(2, bl), v);
  }
}

// Errors.
const range = (name, msg) => ({ code: 'ERR_OUT_OF_RANGE', name: 'RangeError', message: `The value of "${name}" is out of range. ${msg}` });
assert.throws(() => b.readUInt8(8), range('offset', 'It must be >= 0 and <= 7. Received 8'));
assert.throws(() => b.readUInt32LE(5), range('offset', 'It must be >= 0 and <= 4. Received 5'));
assert.throws(() => b.readUInt8(1.5), range('offset', 'It must be an integer. Received 1.5'));
assert.throws(() => b.readUInt8(NaN), range('offset', 'It must be an integer. Received NaN'));
assert.throws(() => b.readUInt8('1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "offset" argument must be of type number. Received type string (\'1\')',
});
assert.throws(() => Buffer.alloc(0).readUInt8(), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS', name: 'RangeError',
  message: 'Attempt to access memory outside buffer bounds',
});
assert.throws(() => Buffer.alloc(3).readUInt32LE(0), { code: 'ERR_BUFFER_OUT_OF_BOUNDS' });
assert.throws(() => b.readUIntLE(0, 7), range('byteLength', 'It must be >= 1 and <= 6. Received 7'));
assert.throws(() => b.readUIntLE(0), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "byteLength" argument must be of type number. Received undefined',
});
assert.throws(() => b.readIntLE(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "offset" argument must be of type number. Received undefined',
});
assert.throws(() => b.readUIntLE(4, 6), range('offset', 'It must be >= 0 and <= 2. Received 4'));
assert.throws(() => b.writeUInt8(256), range('value', 'It must be >= 0 and <= 255. Received 256'));
assert.throws(() => b.writeInt16BE(-32769), range('value', 'It must be >= -32768 and <= 32767. Received -32769'));
assert.throws(() => b.writeUInt32LE(2 ** 32), range('value', 'It must be >= 0 and <= 4294967295. Received 4294967296'));
assert.throws(() => b.writeUIntLE(2 ** 40, 0, 5), range('value', 'It must be >= 0 and < 2 ** 40. Received 1_099_511_627_776'));
assert.throws(() => b.writeIntBE(-(2 ** 47) - 1, 0, 6), range('value', 'It must be >= -(2 ** 47) and < 2 ** 47. Received -140_737_488_355_329'));
assert.throws(() => b.writeBigInt64LE(2n ** 63n), range('value', 'It must be >= -(2n ** 63n) and < 2n ** 63n. Received 9_223_372_036_854_775_808n'));
assert.throws(() => b.writeBigUInt64LE(-1n), range('value', 'It must be >= 0n and < 2n ** 64n. Received -1n'));
assert.throws(() => b.writeBigUInt64LE(1), TypeError);
assert.throws(() => b.writeDoubleLE(1, 1), range('offset', 'It must be >= 0 and <= 0. Received 1'));
assert.throws(() => b.writeUInt8(1, null), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => b.writeUIntLE(1, 0, 0), range('byteLength', 'It must be >= 1 and <= 6. Received 0'));
