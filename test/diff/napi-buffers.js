// Flags: --expose-gc
'use strict';
// Node-API array buffers (plain and external), typed arrays of every type (alignment and length
// errors), data views, detaching, and Node buffers (new, copy, external)
// (test/fixtures/napi/buffers.c).
const { build } = require('../fixtures/napi/build.js');
const a = require(build('buffers'));

const ab = a.newArrayBuffer(16);
console.log(ab, new Uint8Array(ab));
const types = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array',
               'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array'];
for (let t = 0; t < types.length; t++) {
  const ta = a.typedArray(t, ab, 8, 1);
  console.log(types[t], ta.constructor.name, ta.length, ta.byteOffset, a.typedArrayInfo(ta));
}
for (const [t, off, len] of [[5, 2, 1], [1, 10, 7], [8, 8, 2], [11, 0, 1]]) {
  try {
    a.typedArray(t, ab, off, len);
    console.log('created', t, off, len);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(a.typedArrayInfo([1]));
const dv = a.dataView(ab, 3, 5);
console.log(dv.byteLength, dv.byteOffset, dv.summary);
try { a.dataView(ab, 10, 7); } catch (e) { console.log(e.name, e.code, e.message); }
const ext = a.newExternalArrayBuffer();
console.log(new Uint8Array(ext));
console.log(a.detach(ab), ab.byteLength);
console.log(a.detach(ext), ext.byteLength);
try { a.detach({}); } catch (e) { console.log(e.message); }
const b = a.buffers();
console.log(b, Buffer.isBuffer(b.buffer), b.buffer.toString(), b.copy.toString('hex'), b.external.toString());
console.log(a.bufferInfo(Buffer.from('xyz')), '|', a.bufferInfo(new Uint16Array(4)), '|', a.bufferInfo(new DataView(new ArrayBuffer(2))), '|', a.bufferInfo({}));
(function () { a.newExternalArrayBuffer(); a.buffers(); })();
globalThis.gc();
setImmediate(() => { globalThis.gc(); setImmediate(() => console.log('finalized at least 2:', a.finalized() >= 2)); });
