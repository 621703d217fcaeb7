'use strict';
// UTF-8 writes of one-byte strings (ASCII and Latin-1 text) at every capacity: bytes written,
// the buffer's contents, and that bytes past what was written keep their old value.
const strings = ['', 'a', 'abc', 'hello world 0123', 'a\u00e9', '\u00e9\u00e9', 'caf\u00e9 au lait',
  '\u00ff'.repeat(5), 'x'.repeat(40) + '\u00e9', 'plain ascii text '.repeat(8)];
for (const s of strings) {
  const need = Buffer.byteLength(s);
  for (let cap = 0; cap <= need + 1; cap++) {
    const b = Buffer.alloc(need + 2, 0x2a);
    const n = b.write(s, 0, cap, 'utf8');
    console.log(JSON.stringify(s).slice(0, 24), cap, n, b.toString('hex'));
  }
  // Into a fresh (pooled and unpooled) buffer.
  console.log(Buffer.from(s).toString('hex'), Buffer.from(s.repeat(300)).length);
}
// Offsets into a larger buffer.
const big = Buffer.alloc(64, 0x2e);
big.write('caf\u00e9', 60);
big.write('abc\u00e9', 10, 4);
console.log(big.toString('hex'));
