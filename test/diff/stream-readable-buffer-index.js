'use strict';
// The readable buffer as packages see it: readableBuffer/bufferIndex after reads, unshift and long queues.
const {Readable}=require('stream');
const r=new Readable({objectMode:true,read(){}}); r.push(1); r.push(2); r.read(); r.unshift(0); console.log(r.readableBuffer, r._readableState.bufferIndex); r.read(); r.read(); console.log(r.readableBuffer, r._readableState.bufferIndex);
const b=new Readable({read(){}}); b.push('abc'); b.push('def'); console.log(b.read(4), b.readableBuffer, b._readableState.bufferIndex);
for (let i=0;i<3000;i++) r.push(i); for (let i=0;i<2000;i++) r.read(); console.log(r.readableBuffer.length, r._readableState.bufferIndex);
