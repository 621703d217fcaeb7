'use strict';
// node:buffer's shape: export descriptors, static and prototype descriptors, function names and lengths.
const b = require('buffer');
const show = (o, k) => { const d = Object.getOwnPropertyDescriptor(o, k); return d ? `${k}:${'value' in d ? 'v' : 'a'}${d.writable ? 'w' : ''}${d.enumerable ? 'e' : ''}${d.configurable ? 'c' : ''}` : `${k}:none`; };
console.log(Object.keys(b.constants).map((k) => show(b.constants, k)).join(' '));
console.log(Object.getOwnPropertyNames(b).map((k) => show(b, k)).join(' '));
console.log(Object.getOwnPropertyNames(Buffer).map((k) => show(Buffer, k)).join(' '));
console.log(['parent', 'offset', 'toString', 'inspect', 'readUInt8', 'utf8Slice', 'constructor'].map((k) => show(Buffer.prototype, k)).join(' '));
console.log(Buffer.from.name, Buffer.alloc.length, Buffer.from.length, Buffer.concat.length, Buffer.prototype.write.length, Buffer.prototype.fill.length, Buffer.prototype.indexOf.length, Buffer.prototype.toString.length, Buffer.prototype.copy.length, Buffer.prototype.compare.length, Buffer.prototype.utf8Slice.length, Buffer.prototype.readUIntLE.length, Buffer.prototype.writeUInt8.length);
console.log(typeof b.SlowBuffer, b.SlowBuffer.length, b.transcode.length, b.isUtf8.length, b.Blob.length, b.File.length, b.resolveObjectURL.length, b.atob.length, b.btoa.length);
console.log(Object.isFrozen(b.constants), Object.isExtensible(b.constants));
console.log(Object.keys(Buffer.from('ab')), JSON.stringify(Object.entries(Buffer.from('ab'))));
