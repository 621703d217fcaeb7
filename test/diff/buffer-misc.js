'use strict';
// Buffer shape (prototype chain, species), from() overloads, pool slices, inspect output, SlowBuffer.
const { transcode, SlowBuffer } = require('buffer');
const p = (s) => { try { const r = eval(s); console.log(s, '=>', r); } catch (e) { console.log(s, '=> ERR', e.code, e.name, e.message, JSON.stringify(Object.keys(e))); } };
for (const s of [
 "Object.getPrototypeOf(Buffer) === Uint8Array", "Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype", "Buffer.prototype.constructor === Buffer", "Buffer.length", "Buffer.name",
 "transcode(Buffer.from([0x61, 0xe9, 0x80, 0xff]), 'ascii', 'utf8')", "transcode(Buffer.from([0x61, 0xe9, 0x80, 0xff]), 'latin1', 'utf8')", "transcode(Buffer.from('a€é😀'), 'utf8', 'latin1')", "transcode(Buffer.from('a€é😀'), 'utf8', 'ascii')", "transcode(Buffer.from('a€é😀'), 'utf8', 'ucs2')",
 "transcode(Buffer.from([0x61, 0xff, 0xc3]), 'utf8', 'ucs2')", "transcode(Buffer.from('\\ud800a', 'ucs2'), 'ucs2', 'utf8')", "transcode(Buffer.from([0x61,0,0x62]), 'ucs2', 'utf8')", "transcode(Buffer.from('a'), 'utf8', 'utf8')", "transcode(Buffer.from('a'), 'UTF-8', 'Binary')", "transcode(Buffer.from('ab'), 'ascii', 'ucs2')", "transcode(Buffer.from('é'), 'utf8', 'utf16le')", "transcode(Buffer.from([0xe9]), 'latin1', 'ascii')", "transcode(Buffer.from([0xe9]), 'ascii', 'latin1')", "transcode(Buffer.alloc(0), 'x', 'y')", "transcode(Buffer.from('a'), 'base64', 'utf8')",
 "(() => { const b = Buffer.from('abc'); b.foo = 1; b.bar = 'x'; return require('util').inspect(b); })()",
 "(() => { const b = Buffer.alloc(0); b.foo = 1; return require('util').inspect(b); })()",
 "require('util').inspect(Buffer.alloc(51))", "require('util').inspect(Buffer.alloc(52))", "require('util').inspect(new SlowBuffer(2))", "require('util').inspect({a: Buffer.from('x')})",
 "require('util').inspect(Buffer.from('abc'), {showHidden: true})", 
 "Buffer.from('abc').toString('bogus', 5, 2)", "Buffer.from('abc').toString('bogus', 0, 0)", "Buffer.from('abc').toString(null)", "Buffer.from('abc').toString('')",
 "SlowBuffer.prototype === Buffer.prototype", "Object.getPrototypeOf(SlowBuffer(1)) === Buffer.prototype",
 "Buffer.from('ab').map(x => x + 1)", "Buffer.of(1, 257, 'a')", "Buffer.from(new Uint16Array([1, 256]))", "Buffer.from({length: 2, 0: 5})", "Buffer.from({type: 'Buffer', data: [1,2]})", "Buffer.from(new String('ab'))", "Buffer.from({ [Symbol.toPrimitive]() { return 'hi'; } })", "Buffer.from({ valueOf() { return 'hi'; } })", "Buffer.from({length: '2'})", "Buffer.from([1,2], 'hex')",
]) p(s);
