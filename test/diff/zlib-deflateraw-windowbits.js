'use strict';
// zlib cannot make raw deflate streams with 8 window bits: node raises the option to 9 in the
// caller's own object (for DeflateRaw only), and a frozen options object then throws.
const zlib = require('zlib');
for (const m of ['createDeflateRaw', 'createInflateRaw', 'createDeflate', 'createGzip']) {
  const o = { windowBits: 8 };
  zlib[m](o).close();
  console.log(m, o.windowBits);
}
const bad = { windowBits: 8, level: 99 };
try {
  zlib.createDeflateRaw(bad);
} catch (e) {
  console.log(e.code, bad.windowBits);
}
try {
  zlib.createDeflateRaw(Object.freeze({ windowBits: 8 }));
} catch (e) {
  console.log(e.name, e.message);
}
const out = zlib.deflateRawSync('hello hello hello', { windowBits: 8 });
console.log(zlib.inflateRawSync(out, { windowBits: 9 }).toString());
