'use strict';
// Randomly corrupted and truncated compressed data never crashes or hangs: each attempt either
// decompresses to something or fails with an Error carrying a code, in Sync and callback forms.
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');

let seed = 0x2545f491;
function rand(n) {
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed % n;
}

const text = Buffer.from('Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(200));
const kinds = [
  ['deflateSync', 'inflate'], ['gzipSync', 'gunzip'], ['deflateRawSync', 'inflateRaw'],
  ['gzipSync', 'unzip'], ['brotliCompressSync', 'brotliDecompress'],
  ['zstdCompressSync', 'zstdDecompress'],
];

function check(err) {
  assert.ok(err instanceof Error);
  assert.strictEqual(typeof err.code, 'string');
}

let pending = 0;
for (const [c, d] of kinds) {
  const good = zlib[c](text);
  for (let round = 0; round < 150; round++) {
    const bad = Buffer.from(good);
    const edits = 1 + rand(4);
    for (let i = 0; i < edits; i++) bad[rand(bad.length)] = rand(256);
    const input = rand(4) === 0 ? bad.subarray(0, rand(bad.length)) : bad;
    try {
      zlib[`${d}Sync`](input);
    } catch (err) {
      check(err);
    }
    pending++;
    zlib[d](input, common.mustCall((err) => {
      if (err) check(err);
      pending--;
    }));
  }
}
process.on('exit', () => assert.strictEqual(pending, 0));
