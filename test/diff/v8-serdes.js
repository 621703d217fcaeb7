'use strict';
// v8.serialize/deserialize and the Serializer/Deserializer classes: round trips, node's
// host-object layout for ArrayBufferViews, the low-level read/write methods and their errors.
const v8 = require('v8');
const util = require('util');

const show = (v) => util.inspect(v, { depth: 5, sorted: true });
const t = (label, f) => {
  try {
    console.log(label, show(f()));
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
};

const values = [
  undefined, null, true, false, 0, -0, 1.5, NaN, Infinity, 2 ** 53, 123n, -(2n ** 70n), '', 'abc',
  'h\u00e9llo \u2603', [1, , 3], { a: 1, b: [2, { c: 3 }] }, new Date(0), /ab+c/gi,
  new Map([[1, 'one'], ['two', 2]]), new Set([1, 'x']), new Number(3), new String('s'),
  new Boolean(false), Object.assign([1, 2], { extra: true }), { __proto__: null, x: 1 },
];
for (const v of values) t('roundtrip', () => v8.deserialize(v8.serialize(v)));

const cyc = { name: 'cyc' };
cyc.self = cyc;
t('cycle', () => { const r = v8.deserialize(v8.serialize(cyc)); return r.self === r; });

const err = v8.deserialize(v8.serialize(new RangeError('boom')));
console.log('error', err instanceof RangeError, err.message);

// ArrayBufferViews: node writes them as host objects (type index, byte length, bytes).
const views = [
  Buffer.from('node'), new Uint8Array([1, 2, 3]), new Int8Array([-1, 2]), new Uint8ClampedArray([255]),
  new Int16Array([-2, 3]), new Uint16Array([65535]), new Int32Array([-5]), new Uint32Array([7]),
  new Float32Array([1.5]), new Float64Array([-2.25]), new BigInt64Array([-3n]),
  new BigUint64Array([4n]), new DataView(new ArrayBuffer(3)),
];
for (const v of views) {
  const bytes = v8.serialize(v);
  const back = v8.deserialize(bytes);
  const backBytes = new Uint8Array(back.buffer, back.byteOffset, back.byteLength);
  console.log(v.constructor.name, [...bytes.subarray(2)].join(','),
              back.constructor.name, back.byteLength, [...backBytes].join(','));
}
// A view into a bigger buffer writes only its own bytes.
const big = Buffer.from('0123456789');
console.log('slice', [...v8.serialize(big.subarray(3, 5)).subarray(2)].join(','));
console.log('nested', show(v8.deserialize(v8.serialize({ b: Buffer.from('x'), u: [new Uint16Array([9])] }))));

t('function', () => v8.serialize(() => 1));
t('symbol', () => v8.serialize(Symbol('s')));
t('sab', () => v8.serialize(new SharedArrayBuffer(4)));
t('bad header', () => v8.deserialize(Buffer.from([1, 2, 3])));
t('not a view', () => new v8.Deserializer(1));
t('no new', () => v8.Serializer());

// The low-level methods.
const s = new v8.Serializer();
s.writeHeader();
s.writeUint32(7);
s.writeUint64(1, 2);
s.writeDouble(-0.5);
s.writeRawBytes(Buffer.from('raw'));
s.writeValue('tail');
const out = s.releaseBuffer();
console.log('released', Buffer.isBuffer(out), [...out.subarray(2)].join(','));
console.log('released again', s.releaseBuffer().length);
const d = new v8.Deserializer(out);
console.log('readHeader', d.readHeader(), typeof d.getWireFormatVersion());
console.log('reads', d.readUint32(), d.readUint64(), d.readDouble(), d.readRawBytes(3).toString(),
            d.readValue());
t('past end uint32', () => d.readUint32());
t('past end double', () => d.readDouble());
t('past end raw', () => d.readRawBytes(10));
t('writeRawBytes', () => new v8.Serializer().writeRawBytes('x'));
t('transfer ser', () => new v8.Serializer().transferArrayBuffer(0, 1));
t('transfer des', () => new v8.Deserializer(Buffer.alloc(1)).transferArrayBuffer(0, 1));

// Transferred ArrayBuffers.
{
  const ab = new ArrayBuffer(4);
  new Uint8Array(ab).set([1, 2, 3, 4]);
  const ser = new v8.Serializer();
  ser.transferArrayBuffer(0, ab);
  ser.writeHeader();
  ser.writeValue({ ab });
  const des = new v8.Deserializer(ser.releaseBuffer());
  const ab2 = new ArrayBuffer(4);
  new Uint8Array(ab2).set([9, 8, 7, 6]);
  des.transferArrayBuffer(0, ab2);
  des.readHeader();
  const r = des.readValue();
  console.log('transferred', r.ab === ab2, [...new Uint8Array(r.ab)].join(','));
}

// Custom host objects through the delegate methods.
class Point {
  constructor(x, y) { this.x = x; this.y = y; }
}
class MySerializer extends v8.Serializer {
  _writeHostObject(obj) {
    if (!(obj instanceof Point)) return super._writeHostObject(obj);
    this.writeUint32(obj.x);
    this.writeUint32(obj.y);
  }
}
class MyDeserializer extends v8.Deserializer {
  _readHostObject() {
    return new Point(this.readUint32(), this.readUint32());
  }
}
{
  // Plain objects are not host objects; typed arrays are when asked for.
  const ser = new MySerializer();
  ser._setTreatArrayBufferViewsAsHostObjects(true);
  ser.writeHeader();
  try {
    ser.writeValue(new Uint8Array(1));
  } catch (e) {
    console.log('custom view', e.name);
  }
}
class ThrowingSerializer extends v8.Serializer {
  _writeHostObject() { throw new Error('nope'); }
}
{
  const ser = new ThrowingSerializer();
  ser._setTreatArrayBufferViewsAsHostObjects(true);
  t('throwing host', () => ser.writeValue(new Uint8Array(1)));
}
class BadDeserializer extends v8.Deserializer {
  _readHostObject() { return 42; }
}
{
  const bytes = v8.serialize(Buffer.from('a'));
  const des = new BadDeserializer(bytes);
  des.readHeader();
  t('non-object host', () => des.readValue());
  const des2 = new v8.Deserializer(bytes);
  des2.readHeader();
  t('no host reader', () => des2.readValue());
}
class CloneErr extends v8.Serializer {}
CloneErr.prototype._getDataCloneError = TypeError;
t('clone error ctor', () => { const c = new CloneErr(); c.writeValue(Symbol('z')); });
console.log(Object.getOwnPropertyNames(v8.Serializer.prototype).sort().join());
console.log(Object.getOwnPropertyNames(v8.Deserializer.prototype).sort().join());
console.log(Object.getOwnPropertyNames(v8.DefaultSerializer.prototype).sort().join());
console.log(Object.getOwnPropertyNames(v8.DefaultDeserializer.prototype).sort().join());
