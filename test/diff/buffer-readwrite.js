'use strict';
// Numeric reads and writes: every (U)Int width and endianness, (U)IntLE/BE with byteLength 1-6,
// BigInt64, Float/Double, over many values, offsets and invalid arguments (error code + message).
const { Buffer } = require('buffer');

const out = [];
function attempt(fn) {
  try {
    const r = fn();
    return typeof r === 'bigint' ? `${r}n` : Object.is(r, -0) ? '-0' : String(r);
  } catch (e) {
    return `${e.name}[${e.code}]: ${e.message}`;
  }
}

const src = Buffer.from([0x01, 0x82, 0xff, 0x7f, 0x80, 0x00, 0xfe, 0x12, 0x34, 0x56, 0xab, 0xcd]);
const reads = ['readUInt8', 'readInt8', 'readUInt16LE', 'readUInt16BE', 'readInt16LE', 'readInt16BE',
               'readUInt32LE', 'readUInt32BE', 'readInt32LE', 'readInt32BE', 'readFloatLE', 'readFloatBE',
               'readDoubleLE', 'readDoubleBE', 'readBigUInt64LE', 'readBigUInt64BE', 'readBigInt64LE',
               'readBigInt64BE', 'readUint8', 'readUint16LE', 'readUint32BE', 'readBigUint64LE'];
const offsets = [undefined, 0, 1, 3, 4, 5, 8, 10, 11, 12, -1, 1.5, NaN, '1', null, Infinity, 2 ** 53];
for (const m of reads) {
  out.push(`${m}: ${offsets.map((o) => attempt(() => src[m](o))).join(' | ')}`);
}
for (const m of ['readUIntLE', 'readUIntBE', 'readIntLE', 'readIntBE', 'readUintLE', 'readUintBE']) {
  for (const bl of [1, 2, 3, 4, 5, 6, 0, 7, 1.5, '2', undefined, NaN]) {
    out.push(`${m}(_, ${bl}): ${[0, 1, 6, 7, 11, -1, undefined, 2.5].map((o) => attempt(() => src[m](o, bl))).join(' | ')}`);
  }
}

const values = [0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32768, -32769, 65535, 65536,
                2 ** 23, -(2 ** 23), 2 ** 24 - 1, 2 ** 24, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), -(2 ** 31) - 1,
                2 ** 32 - 1, 2 ** 32, 2 ** 39, -(2 ** 39), 2 ** 40 - 1, 2 ** 47, -(2 ** 47) - 1, 2 ** 48 - 1,
                2 ** 48, 1.5, -1.5, 0.1, NaN, Infinity, -Infinity, '12', 'abc', null, undefined, true,
                -0, 1e300, 3.4e38, 1e-45, 5e-324];
const writes = ['writeUInt8', 'writeInt8', 'writeUInt16LE', 'writeUInt16BE', 'writeInt16LE',
                'writeInt16BE', 'writeUInt32LE', 'writeUInt32BE', 'writeInt32LE', 'writeInt32BE',
                'writeFloatLE', 'writeFloatBE', 'writeDoubleLE', 'writeDoubleBE', 'writeUint8',
                'writeUint16BE', 'writeUint32LE'];
for (const m of writes) {
  const row = [];
  for (const v of values) {
    const b = Buffer.alloc(10, 0xaa);
    const r = attempt(() => b[m](v, 1));
    row.push(`${r}:${b.toString('hex')}`);
  }
  out.push(`${m}: ${row.join(' ')}`);
  out.push(`${m} offsets: ${[undefined, 0, 2, 6, 9, 10, -1, 1.5, '1', null, NaN].map((o) => attempt(() => Buffer.alloc(10)[m](1, o))).join(' | ')}`);
}
for (const m of ['writeUIntLE', 'writeUIntBE', 'writeIntLE', 'writeIntBE', 'writeUintLE', 'writeUintBE']) {
  for (const bl of [1, 2, 3, 4, 5, 6, 0, 7, 1.5, '2', undefined]) {
    const row = [];
    for (const v of values) {
      const b = Buffer.alloc(8, 0xaa);
      const r = attempt(() => b[m](v, 1, bl));
      row.push(`${r}:${b.toString('hex')}`);
    }
    out.push(`${m}(_, 1, ${bl}): ${row.join(' ')}`);
    out.push(`${m}(1, o, ${bl}): ${[undefined, 0, 2, 3, 7, 8, -1, 1.5, '1'].map((o) => attempt(() => Buffer.alloc(8)[m](1, o, bl))).join(' | ')}`);
  }
}
const bigValues = [0n, 1n, -1n, 2n ** 63n - 1n, 2n ** 63n, -(2n ** 63n), -(2n ** 63n) - 1n, 2n ** 64n - 1n,
                   2n ** 64n, 0x123456789abcdefn, 1, 'a', undefined];
for (const m of ['writeBigUInt64LE', 'writeBigUInt64BE', 'writeBigInt64LE', 'writeBigInt64BE',
                 'writeBigUint64LE', 'writeBigUint64BE']) {
  const row = [];
  for (const v of bigValues) {
    const b = Buffer.alloc(10, 0xaa);
    const r = attempt(() => b[m](v, 1));
    row.push(`${r}:${b.toString('hex')}`);
  }
  out.push(`${m}: ${row.join(' ')}`);
  out.push(`${m} offsets: ${[undefined, 0, 2, 3, -1, 1.5, '1'].map((o) => attempt(() => Buffer.alloc(10)[m](1n, o))).join(' | ')}`);
}
// Error precedence: bad value and bad offset together.
for (const m of ['writeUInt8', 'writeUInt16LE', 'writeInt32BE', 'writeFloatLE', 'writeBigInt64LE']) {
  out.push(`${m}: ${attempt(() => Buffer.alloc(4)[m](m.includes('Big') ? 2n ** 70n : 2 ** 40, 'x'))}`);
  out.push(`${m}: ${attempt(() => Buffer.alloc(4)[m](m.includes('Big') ? 2n ** 70n : 2 ** 40, 9))}`);
}
// Round trips.
const rt = Buffer.alloc(8);
for (const v of [0, 1, -1, 123456789, -123456789, 2 ** 47 - 1, -(2 ** 47), 0.1, Math.PI, -0]) {
  const r = [];
  for (const bl of [6, 5, 3]) {
    const max = 2 ** (bl * 8);
    if (Number.isInteger(v) && v >= -(max / 2) && v < max / 2) {
      rt.writeIntLE(v, 0, bl);
      r.push(rt.readIntLE(0, bl));
      rt.writeIntBE(v, 0, bl);
      r.push(rt.readIntBE(0, bl));
    }
  }
  rt.writeDoubleBE(v);
  r.push(rt.readDoubleBE());
  rt.writeFloatLE(v);
  r.push(rt.readFloatLE());
  out.push(r.join(' '));
}
process.stdout.write(out.join('\n') + '\n');
