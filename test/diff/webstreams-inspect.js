// Web streams: util.inspect output of every class, the stream/web exports, the globals' property
// shape and the prototypes' members.
'use strict';
const util = require('util');
const rs = new ReadableStream({ start(c) { globalThis.c = c; } });
console.log(rs);
console.log(c);
const r = rs.getReader();
console.log(r);
console.log(rs);
const ws = new WritableStream({ start(c) { globalThis.wc = c; } });
console.log(ws, wc);
const w = ws.getWriter();
console.log(w);
const ts = new TransformStream();
console.log(ts);
console.log(new ByteLengthQueuingStrategy({ highWaterMark: 3 }), new CountQueuingStrategy({ highWaterMark: 3 }));
const bs = new ReadableStream({ type: 'bytes', start(c) { globalThis.bc = c; } });
console.log(bs, bc);
const br = bs.getReader({ mode: 'byob' });
console.log(br);
console.log(new TextEncoderStream(), new TextDecoderStream());
console.log(Object.keys(require('stream/web')));
console.log(util.inspect(rs, { depth: 0 }));
console.log(util.inspect({ a: { b: { rs } } }));
console.log(Object.prototype.toString.call(rs), Object.prototype.toString.call(w), String(ts));
const names = ['ReadableStream', 'WritableStream', 'TransformStream', 'ReadableStreamDefaultReader',
  'ReadableStreamBYOBReader', 'ReadableStreamBYOBRequest', 'ReadableByteStreamController',
  'ReadableStreamDefaultController', 'TransformStreamDefaultController',
  'WritableStreamDefaultWriter', 'WritableStreamDefaultController', 'ByteLengthQueuingStrategy',
  'CountQueuingStrategy', 'TextEncoderStream', 'TextDecoderStream', 'CompressionStream',
  'DecompressionStream'];
for (const k of names) {
  // nodus defines these globals on first use (node: at startup), so touch each one first.
  void globalThis[k];
  const d = Object.getOwnPropertyDescriptor(globalThis, k);
  console.log(k, typeof d.value, d.enumerable, d.writable, d.value === require('stream/web')[k]);
}
for (const k of names) {
  const C = globalThis[k];
  const d = Object.getOwnPropertyDescriptors(C.prototype);
  const keys = Reflect.ownKeys(d).filter((key) => typeof key === 'string' ||
    key === Symbol.toStringTag || key === Symbol.asyncIterator);
  console.log(C.name, C.length, Object.keys(Object.getOwnPropertyDescriptors(C)).join(','),
              keys.map((key) => {
                const x = d[key];
                return String(key) + (x.get ? 'G' : '') + (x.set ? 'S' : '') +
                  (x.enumerable ? 'e' : '') + (x.writable ? 'w' : '') + (x.configurable ? 'c' : '') +
                  (typeof x.value === 'function' ? x.value.length : '');
              }).join(' '));
}
console.log(ReadableStream.prototype[Symbol.asyncIterator] === ReadableStream.prototype.values);
const it = new ReadableStream().values();
console.log(Object.getPrototypeOf(Object.getPrototypeOf(it)) ===
            Object.getPrototypeOf(Object.getPrototypeOf((async function* () {})())).__proto__);
