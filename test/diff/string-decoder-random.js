'use strict';
// StringDecoder on seeded random byte streams (biased towards UTF-8 lead and
// continuation bytes and UTF-16 surrogates) cut into random chunks, for every
// encoding: each write() result and the final end() must match Node 22.
const { StringDecoder } = require('string_decoder');

let seed = 12345;
function random(n) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return Math.floor(seed / 65536) % n;
}

const interesting = [0x41, 0x80, 0xbf, 0xc2, 0xc0, 0xdf, 0xe0, 0xe2, 0xed, 0xef, 0xf0, 0xf4, 0xf5,
  0xff, 0xd8, 0xdc, 0xdf, 0x3d, 0x00, 0x9f, 0xa0];
const encodings = ['utf8', 'utf16le', 'base64', 'base64url', 'hex', 'latin1', 'ascii'];
const lines = [];

for (let round = 0; round < 150; round++) {
  const length = random(24);
  const bytes = Buffer.alloc(length);
  for (let i = 0; i < length; i++) {
    bytes[i] = random(3) === 0 ? random(256) : interesting[random(interesting.length)];
  }
  for (const encoding of encodings) {
    const d = new StringDecoder(encoding);
    const out = [];
    let pos = 0;
    while (pos < length) {
      const n = random(5);
      out.push(d.write(bytes.subarray(pos, pos + n)));
      out.push(`${d.lastNeed}/${d.lastTotal}`);
      pos += n;
    }
    out.push(d.end());
    lines.push(`${round} ${encoding} ${bytes.toString('hex')} ${JSON.stringify(out)}`);
  }
}
process.stdout.write(`${lines.join('\n')}\n`);
