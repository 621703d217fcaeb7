'use strict';
// Shared by the zlib-*-shapes tests: deterministic text, and a Buffer's bytes and shape.
const crypto = require('crypto');
const zlib = require('zlib');

let x = 7;
const rnd = (n) => { x = (x * 1103515245 + 12345) & 0x7fffffff; return x % n; };
const text = (n) => Buffer.from(Array.from({ length: n }, () => 'abcdefgh ,.{}'[rnd(13)]).join(''));
const digest = (b) => crypto.createHash('sha1').update(b).digest('hex').slice(0, 12);
// Length, a digest, and whether the Buffer owns all of its ArrayBuffer.
const shape = (b) => `${b.length} ${digest(b)} owns=${b.byteOffset === 0 && b.buffer.byteLength === b.length}`;
// Z_RLE output is the same byte for byte from Node's zlib and the system zlib.
const rle = { strategy: zlib.constants.Z_RLE };

// gzip data followed by another member, zero padding, garbage, or padding and a member.
function gzipTails() {
  const a = zlib.gzipSync(text(30000), rle);
  const b = zlib.gzipSync(text(20), rle);
  return [['two members', Buffer.concat([a, b])],
          ['zeros', Buffer.concat([a, Buffer.alloc(10)])],
          ['garbage', Buffer.concat([a, Buffer.from('garbage!')])],
          ['zeros then member', Buffer.concat([a, Buffer.alloc(3), b])]];
}

module.exports = { text, shape, rle, gzipTails };
