'use strict';
// FastBuffer (the Uint8Array subclass every Buffer is) and the numeric read/write methods of
// Buffer.prototype, with Node's range checks and error messages.

const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');

// Plain (inlinable) validators: the shared ones are wrapped by hideStackFrames, which costs a
// rest-args call and a try/catch on every read and write.
function validateNumber(value, name, min = undefined, max) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if ((min != null && value < min) || (max != null && value > max) ||
      ((min != null || max != null) && value !== value)) {
    throw new ERR_OUT_OF_RANGE(
      name,
      `${min != null ? `>= ${min}` : ''}${min != null && max != null ? ' && ' : ''}` +
      `${max != null ? `<= ${max}` : ''}`,
      value);
  }
}

class FastBuffer extends Uint8Array {
  // Same arguments as Uint8Array; exists so Buffers get Buffer.prototype cheaply.
  constructor(bufferOrLength, byteOffset, length) { // eslint-disable-line no-useless-constructor
    super(bufferOrLength, byteOffset, length);
  }
}

// Scratch views for float conversions.
const float32Array = new Float32Array(1);
const uInt8Float32Array = new Uint8Array(float32Array.buffer);
const float64Array = new Float64Array(1);
const uInt8Float64Array = new Uint8Array(float64Array.buffer);
const bigEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 0;

// ---- errors ---------------------------------------------------------------------------------

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type || 'offset');
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

function checkBounds(buf, offset, last) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + last] === undefined) {
    boundsError(offset, buf.length - (last + 1));
  }
}

// `bytes` is the width written; ranges past 32 bits are printed as powers of two.
function checkInt(value, min, max, buf, offset, bytes) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (bytes > 4) {
      const bits = bytes * 8;
      if (min === 0 || min === 0n) {
        range = `>= 0${n} and < 2${n} ** ${bits}${n}`;
      } else {
        range = `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}`;
      }
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw new ERR_OUT_OF_RANGE('value', range, value);
  }
  checkBounds(buf, offset, bytes - 1);
}

function checkOffsetDefined(offset) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
}

// ---- reads ----------------------------------------------------------------------------------

function readUInt8(offset = 0) {
  validateNumber(offset, 'offset');
  const val = this[offset];
  if (val === undefined) boundsError(offset, this.length - 1);
  return val;
}

function readInt8(offset = 0) {
  validateNumber(offset, 'offset');
  const val = this[offset];
  if (val === undefined) boundsError(offset, this.length - 1);
  return val | (val & 2 ** 7) * 0x1fffffe;
}

function readUInt16LE(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
  return first + last * 2 ** 8;
}

function readUInt16BE(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
  return first * 2 ** 8 + last;
}

function readInt16LE(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
  const val = first + last * 2 ** 8;
  return val | (val & 2 ** 15) * 0x1fffe;
}

function readInt16BE(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
  const val = first * 2 ** 8 + last;
  return val | (val & 2 ** 15) * 0x1fffe;
}

function readUInt32LE(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return first + this[++offset] * 2 ** 8 + this[++offset] * 2 ** 16 + last * 2 ** 24;
}

function readUInt32BE(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return first * 2 ** 24 + this[++offset] * 2 ** 16 + this[++offset] * 2 ** 8 + last;
}

function readInt32LE(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return first + this[++offset] * 2 ** 8 + this[++offset] * 2 ** 16 + (last << 24);
}

function readInt32BE(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return (first << 24) + this[++offset] * 2 ** 16 + this[++offset] * 2 ** 8 + last;
}

// Unsigned little-endian value of `bytes` (3, 5 or 6) bytes at offset; bounds checked.
function readUIntLEn(buf, offset, bytes) {
  validateNumber(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + bytes - 1];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - bytes);
  let val = 0;
  let mul = 1;
  for (let i = 0; i < bytes; i++) {
    val += buf[offset + i] * mul;
    mul *= 256;
  }
  return val;
}

function readUIntBEn(buf, offset, bytes) {
  validateNumber(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + bytes - 1];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - bytes);
  let val = 0;
  for (let i = 0; i < bytes; i++) val = val * 256 + buf[offset + i];
  return val;
}

function toSigned(val, bytes) {
  const limit = 2 ** (bytes * 8 - 1);
  return val >= limit ? val - limit * 2 : val;
}

function readUIntLE(offset, byteLength) {
  checkOffsetDefined(offset);
  switch (byteLength) {
    case 1: return this.readUInt8(offset);
    case 2: return this.readUInt16LE(offset);
    case 4: return this.readUInt32LE(offset);
    case 3: case 5: case 6: return readUIntLEn(this, offset, byteLength);
  }
  boundsError(byteLength, 6, 'byteLength');
}

function readUIntBE(offset, byteLength) {
  checkOffsetDefined(offset);
  switch (byteLength) {
    case 1: return this.readUInt8(offset);
    case 2: return this.readUInt16BE(offset);
    case 4: return this.readUInt32BE(offset);
    case 3: case 5: case 6: return readUIntBEn(this, offset, byteLength);
  }
  boundsError(byteLength, 6, 'byteLength');
}

function readIntLE(offset, byteLength) {
  checkOffsetDefined(offset);
  switch (byteLength) {
    case 1: return this.readInt8(offset);
    case 2: return this.readInt16LE(offset);
    case 4: return this.readInt32LE(offset);
    case 3: case 5: case 6: return toSigned(readUIntLEn(this, offset, byteLength), byteLength);
  }
  boundsError(byteLength, 6, 'byteLength');
}

function readIntBE(offset, byteLength) {
  checkOffsetDefined(offset);
  switch (byteLength) {
    case 1: return this.readInt8(offset);
    case 2: return this.readInt16BE(offset);
    case 4: return this.readInt32BE(offset);
    case 3: case 5: case 6: return toSigned(readUIntBEn(this, offset, byteLength), byteLength);
  }
  boundsError(byteLength, 6, 'byteLength');
}

function readBigUInt64LE(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 8);
  const lo = first + this[++offset] * 2 ** 8 + this[++offset] * 2 ** 16 + this[++offset] * 2 ** 24;
  const hi = this[++offset] + this[++offset] * 2 ** 8 + this[++offset] * 2 ** 16 + last * 2 ** 24;
  return BigInt(lo) + (BigInt(hi) << 32n);
}

function readBigUInt64BE(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 8);
  const hi = first * 2 ** 24 + this[++offset] * 2 ** 16 + this[++offset] * 2 ** 8 + this[++offset];
  const lo = this[++offset] * 2 ** 24 + this[++offset] * 2 ** 16 + this[++offset] * 2 ** 8 + last;
  return (BigInt(hi) << 32n) + BigInt(lo);
}

function readBigInt64LE(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 8);
  const lo = first + this[++offset] * 2 ** 8 + this[++offset] * 2 ** 16 + this[++offset] * 2 ** 24;
  const hi = this[++offset] + this[++offset] * 2 ** 8 + this[++offset] * 2 ** 16 + (last << 24);
  return (BigInt(hi) << 32n) + BigInt(lo);
}

function readBigInt64BE(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 8);
  const hi = (first << 24) + this[++offset] * 2 ** 16 + this[++offset] * 2 ** 8 + this[++offset];
  const lo = this[++offset] * 2 ** 24 + this[++offset] * 2 ** 16 + this[++offset] * 2 ** 8 + last;
  return (BigInt(hi) << 32n) + BigInt(lo);
}

// Float reads copy the bytes into a scratch view in host order.
function readFloatBackwards(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  uInt8Float32Array[3] = first;
  uInt8Float32Array[2] = this[++offset];
  uInt8Float32Array[1] = this[++offset];
  uInt8Float32Array[0] = last;
  return float32Array[0];
}

function readFloatForwards(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  uInt8Float32Array[0] = first;
  uInt8Float32Array[1] = this[++offset];
  uInt8Float32Array[2] = this[++offset];
  uInt8Float32Array[3] = last;
  return float32Array[0];
}

function readDoubleBackwards(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 8);
  uInt8Float64Array[7] = first;
  for (let i = 6; i > 0; i--) uInt8Float64Array[i] = this[++offset];
  uInt8Float64Array[0] = last;
  return float64Array[0];
}

function readDoubleForwards(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 8);
  uInt8Float64Array[0] = first;
  for (let i = 1; i < 7; i++) uInt8Float64Array[i] = this[++offset];
  uInt8Float64Array[7] = last;
  return float64Array[0];
}

// ---- writes ---------------------------------------------------------------------------------

function writeU_Int8(buf, value, offset, min, max) {
  value = +value;
  validateNumber(offset, 'offset');
  if (value > max || value < min) {
    throw new ERR_OUT_OF_RANGE('value', `>= ${min} and <= ${max}`, value);
  }
  if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
  buf[offset] = value;
  return offset + 1;
}

function writeUInt8(value, offset = 0) {
  return writeU_Int8(this, value, offset, 0, 0xff);
}

function writeInt8(value, offset = 0) {
  return writeU_Int8(this, value, offset, -0x80, 0x7f);
}

function writeU_Int16LE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 2);
  buf[offset++] = value;
  buf[offset++] = (value >>> 8);
  return offset;
}

function writeU_Int16BE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 2);
  buf[offset++] = (value >>> 8);
  buf[offset++] = value;
  return offset;
}

function writeU_Int32LE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 4);
  buf[offset++] = value;
  value >>>= 8;
  buf[offset++] = value;
  value >>>= 8;
  buf[offset++] = value;
  value >>>= 8;
  buf[offset++] = value;
  return offset;
}

function writeU_Int32BE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 4);
  buf[offset + 3] = value;
  value >>>= 8;
  buf[offset + 2] = value;
  value >>>= 8;
  buf[offset + 1] = value;
  value >>>= 8;
  buf[offset] = value;
  return offset + 4;
}

// Writes a 3-, 5- or 6-byte integer; `bytes` low bytes of value in little/big endian.
function writeU_IntN(buf, value, offset, min, max, bytes, little) {
  value = +value;
  checkInt(value, min, max, buf, offset, bytes);
  // Low 32 bits truncate like a Uint8Array store; the rest is floor(value / 2 ** 32).
  const lo = value >>> 0;
  const hi = Math.floor(value * 2 ** -32);
  for (let i = 0; i < bytes; i++) {
    const byte = i < 4 ? (lo >>> (i * 8)) & 0xff : (hi >> ((i - 4) * 8)) & 0xff;
    buf[little ? offset + i : offset + bytes - 1 - i] = byte;
  }
  return offset + bytes;
}

function writeUInt16LE(value, offset = 0) {
  return writeU_Int16LE(this, value, offset, 0, 0xffff);
}
function writeUInt16BE(value, offset = 0) {
  return writeU_Int16BE(this, value, offset, 0, 0xffff);
}
function writeInt16LE(value, offset = 0) {
  return writeU_Int16LE(this, value, offset, -0x8000, 0x7fff);
}
function writeInt16BE(value, offset = 0) {
  return writeU_Int16BE(this, value, offset, -0x8000, 0x7fff);
}
function writeUInt32LE(value, offset = 0) {
  return writeU_Int32LE(this, value, offset, 0, 0xffffffff);
}
function writeUInt32BE(value, offset = 0) {
  return writeU_Int32BE(this, value, offset, 0, 0xffffffff);
}
function writeInt32LE(value, offset = 0) {
  return writeU_Int32LE(this, value, offset, -0x80000000, 0x7fffffff);
}
function writeInt32BE(value, offset = 0) {
  return writeU_Int32BE(this, value, offset, -0x80000000, 0x7fffffff);
}

function writeUIntLE(value, offset, byteLength) {
  switch (byteLength) {
    case 1: return writeU_Int8(this, value, offset, 0, 0xff);
    case 2: return writeU_Int16LE(this, value, offset, 0, 0xffff);
    case 4: return writeU_Int32LE(this, value, offset, 0, 0xffffffff);
    case 3: case 5: case 6:
      return writeU_IntN(this, value, offset, 0, 2 ** (byteLength * 8) - 1, byteLength, true);
  }
  boundsError(byteLength, 6, 'byteLength');
}

function writeUIntBE(value, offset, byteLength) {
  switch (byteLength) {
    case 1: return writeU_Int8(this, value, offset, 0, 0xff);
    case 2: return writeU_Int16BE(this, value, offset, 0, 0xffff);
    case 4: return writeU_Int32BE(this, value, offset, 0, 0xffffffff);
    case 3: case 5: case 6:
      return writeU_IntN(this, value, offset, 0, 2 ** (byteLength * 8) - 1, byteLength, false);
  }
  boundsError(byteLength, 6, 'byteLength');
}

function writeIntLE(value, offset, byteLength) {
  switch (byteLength) {
    case 1: return writeU_Int8(this, value, offset, -0x80, 0x7f);
    case 2: return writeU_Int16LE(this, value, offset, -0x8000, 0x7fff);
    case 4: return writeU_Int32LE(this, value, offset, -0x80000000, 0x7fffffff);
    case 3: case 5: case 6: {
      const limit = 2 ** (byteLength * 8 - 1);
      return writeU_IntN(this, value, offset, -limit, limit - 1, byteLength, true);
    }
  }
  boundsError(byteLength, 6, 'byteLength');
}

function writeIntBE(value, offset, byteLength) {
  switch (byteLength) {
    case 1: return writeU_Int8(this, value, offset, -0x80, 0x7f);
    case 2: return writeU_Int16BE(this, value, offset, -0x8000, 0x7fff);
    case 4: return writeU_Int32BE(this, value, offset, -0x80000000, 0x7fffffff);
    case 3: case 5: case 6: {
      const limit = 2 ** (byteLength * 8 - 1);
      return writeU_IntN(this, value, offset, -limit, limit - 1, byteLength, false);
    }
  }
  boundsError(byteLength, 6, 'byteLength');
}

function writeBigU_Int64(buf, value, offset, min, max, little) {
  checkInt(value, min, max, buf, offset, 8);
  let lo = Number(value & 0xffffffffn);
  let hi = Number(value >> 32n & 0xffffffffn);
  for (let i = 0; i < 4; i++) {
    buf[little ? offset + i : offset + 7 - i] = lo & 0xff;
    lo >>>= 8;
  }
  for (let i = 4; i < 8; i++) {
    buf[little ? offset + i : offset + 7 - i] = hi & 0xff;
    hi >>>= 8;
  }
  return offset + 8;
}

function writeBigUInt64LE(value, offset = 0) {
  return writeBigU_Int64(this, value, offset, 0n, 0xffffffffffffffffn, true);
}
function writeBigUInt64BE(value, offset = 0) {
  return writeBigU_Int64(this, value, offset, 0n, 0xffffffffffffffffn, false);
}
function writeBigInt64LE(value, offset = 0) {
  return writeBigU_Int64(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n, true);
}
function writeBigInt64BE(value, offset = 0) {
  return writeBigU_Int64(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n, false);
}

function writeFloatForwards(val, offset = 0) {
  val = +val;
  checkBounds(this, offset, 3);
  float32Array[0] = val;
  this[offset++] = uInt8Float32Array[0];
  this[offset++] = uInt8Float32Array[1];
  this[offset++] = uInt8Float32Array[2];
  this[offset++] = uInt8Float32Array[3];
  return offset;
}

function writeFloatBackwards(val, offset = 0) {
  val = +val;
  checkBounds(this, offset, 3);
  float32Array[0] = val;
  this[offset++] = uInt8Float32Array[3];
  this[offset++] = uInt8Float32Array[2];
  this[offset++] = uInt8Float32Array[1];
  this[offset++] = uInt8Float32Array[0];
  return offset;
}

function writeDoubleForwards(val, offset = 0) {
  val = +val;
  checkBounds(this, offset, 7);
  float64Array[0] = val;
  for (let i = 0; i < 8; i++) this[offset++] = uInt8Float64Array[i];
  return offset;
}

function writeDoubleBackwards(val, offset = 0) {
  val = +val;
  checkBounds(this, offset, 7);
  float64Array[0] = val;
  for (let i = 7; i >= 0; i--) this[offset++] = uInt8Float64Array[i];
  return offset;
}

// Installs the numeric methods (and their Uint aliases) on `proto` in Node's key order.
function addBufferPrototypeMethods(proto) {
  const fns = {
    readBigUInt64LE, readBigUInt64BE, readBigInt64LE, readBigInt64BE,
    writeBigUInt64LE, writeBigUInt64BE, writeBigInt64LE, writeBigInt64BE,
    readUIntLE, readUInt32LE, readUInt16LE, readUInt8, readUIntBE, readUInt32BE, readUInt16BE,
    readIntLE, readInt32LE, readInt16LE, readInt8, readIntBE, readInt32BE, readInt16BE,
    writeUIntLE, writeUInt32LE, writeUInt16LE, writeUInt8, writeUIntBE, writeUInt32BE,
    writeUInt16BE, writeIntLE, writeInt32LE, writeInt16LE, writeInt8, writeIntBE, writeInt32BE,
    writeInt16BE,
    readFloatLE: bigEndian ? readFloatBackwards : readFloatForwards,
    readFloatBE: bigEndian ? readFloatForwards : readFloatBackwards,
    readDoubleLE: bigEndian ? readDoubleBackwards : readDoubleForwards,
    readDoubleBE: bigEndian ? readDoubleForwards : readDoubleBackwards,
    writeFloatLE: bigEndian ? writeFloatBackwards : writeFloatForwards,
    writeFloatBE: bigEndian ? writeFloatForwards : writeFloatBackwards,
    writeDoubleLE: bigEndian ? writeDoubleBackwards : writeDoubleForwards,
    writeDoubleBE: bigEndian ? writeDoubleForwards : writeDoubleBackwards,
  };
  const order = [
    'readBigUInt64LE', 'readBigUInt64BE', 'readBigUint64LE', 'readBigUint64BE',
    'readBigInt64LE', 'readBigInt64BE',
    'writeBigUInt64LE', 'writeBigUInt64BE', 'writeBigUint64LE', 'writeBigUint64BE',
    'writeBigInt64LE', 'writeBigInt64BE',
    'readUIntLE', 'readUInt32LE', 'readUInt16LE', 'readUInt8', 'readUIntBE', 'readUInt32BE',
    'readUInt16BE', 'readUintLE', 'readUint32LE', 'readUint16LE', 'readUint8', 'readUintBE',
    'readUint32BE', 'readUint16BE',
    'readIntLE', 'readInt32LE', 'readInt16LE', 'readInt8', 'readIntBE', 'readInt32BE', 'readInt16BE',
    'writeUIntLE', 'writeUInt32LE', 'writeUInt16LE', 'writeUInt8', 'writeUIntBE', 'writeUInt32BE',
    'writeUInt16BE', 'writeUintLE', 'writeUint32LE', 'writeUint16LE', 'writeUint8', 'writeUintBE',
    'writeUint32BE', 'writeUint16BE',
    'writeIntLE', 'writeInt32LE', 'writeInt16LE', 'writeInt8', 'writeIntBE', 'writeInt32BE',
    'writeInt16BE',
    'readFloatLE', 'readFloatBE', 'readDoubleLE', 'readDoubleBE',
    'writeFloatLE', 'writeFloatBE', 'writeDoubleLE', 'writeDoubleBE',
  ];
  for (const name of order) {
    const fn = fns[name] || fns[name.replace('Uint', 'UInt')];
    proto[name] = fn;
  }
}

module.exports = {
  FastBuffer,
  validateNumber,
  addBufferPrototypeMethods,
  boundsError,
};
