'use strict';
// The *Sync convenience methods: output bytes, the returned Buffer's shape (length, byteOffset,
// and whether it owns its ArrayBuffer) across output sizes below, at and above chunkSize,
// maxOutputLength at and around the output size, errors after several chunks of output, and
// bytesWritten through { info: true }, for every format. Compression uses Z_RLE (and level 0),
// whose output Node's zlib and the system zlib agree on byte for byte.
const zlib = require('zlib');
const { text, shape, rle, gzipTails } = require('./_zlib_shapes');
const attempt = (label, fn) => {
  try {
    console.log(label, shape(fn()));
  } catch (e) {
    console.log(label, 'throws', e.code, e.errno, e.message);
  }
};

const sizes = [0, 1, 100, 4095, 4096, 16383, 16384, 16385, 50000, 200000];
for (const n of sizes) {
  const src = text(n);
  for (const [c, d] of [['deflateSync', 'inflateSync'], ['gzipSync', 'gunzipSync'],
                        ['deflateRawSync', 'inflateRawSync'], ['brotliCompressSync', 'brotliDecompressSync']]) {
    const packed = zlib[c](src, rle);
    console.log(n, c, shape(packed));
    attempt(`${n} ${d}`, () => zlib[d](packed));
    attempt(`${n} unzipSync`, () => zlib.unzipSync(zlib.gzipSync(src, rle)));
    for (const chunkSize of [64, 1000]) {
      attempt(`${n} ${c} chunk ${chunkSize}`, () => zlib[c](src, { chunkSize, ...rle }));
      attempt(`${n} ${d} chunk ${chunkSize}`, () => zlib[d](packed, { chunkSize }));
    }
    if (n > 0) {
      for (const max of [n - 1, n, n + 1, 16384, 16385]) {
        if (max >= 1) attempt(`${n} ${d} max ${max}`, () => zlib[d](packed, { maxOutputLength: max }));
      }
      const info = zlib[d](packed, { info: true });
      console.log(n, d, 'info', info.engine.bytesWritten, shape(info.buffer));
      // Damage the middle (after some output) and the end.
      for (const at of [packed.length >> 1, packed.length - 2]) {
        const bad = Buffer.from(packed);
        bad[at] ^= 0x55;
        attempt(`${n} ${d} corrupt@${at}`, () => zlib[d](bad));
      }
      attempt(`${n} ${d} truncated`, () => zlib[d](packed.subarray(0, packed.length - 3)));
    }
  }
  for (const level of [0, 1, 9]) {
    const opts = { level, strategy: zlib.constants.Z_HUFFMAN_ONLY };
    attempt(`${n} deflateSync level ${level}`, () => zlib.deflateSync(src, opts));
    attempt(`${n} deflateSync level ${level} chunk 64`, () => zlib.deflateSync(src, { ...opts, chunkSize: 64 }));
  }
  attempt(`${n} zstd`, () => zlib.zstdDecompressSync(zlib.zstdCompressSync(src)));
}

// gzip members, trailing zeros and trailing garbage.
for (const [label, buf] of gzipTails()) {
  attempt(`gunzip ${label}`, () => zlib.gunzipSync(buf));
  const r = (() => { try { return zlib.gunzipSync(buf, { info: true }); } catch (e) { return e.code; } })();
  console.log(label, typeof r === 'string' ? r : r.engine.bytesWritten);
  attempt(`inflate ${label}`, () => zlib.inflateSync(Buffer.concat([zlib.deflateSync(text(5000), rle), buf])));
}
attempt('finishFlush sync flush on truncated', () =>
  zlib.inflateSync(zlib.deflateSync(text(40000), rle).subarray(0, 5000), { finishFlush: zlib.constants.Z_SYNC_FLUSH }));
attempt('dictionary', () => {
  const dictionary = Buffer.from('abcdefgh');
  return zlib.inflateSync(zlib.deflateSync(text(30000), { dictionary, ...rle }), { dictionary });
});
attempt('missing dictionary', () =>
  zlib.inflateSync(zlib.deflateSync(text(30000), { dictionary: Buffer.from('abc'), ...rle })));
attempt('string input', () => zlib.deflateSync('hello '.repeat(5000), rle));
attempt('arraybuffer input', () =>
  zlib.inflateSync(new Uint8Array(zlib.deflateSync(text(20000), rle)).buffer));
