'use strict';
// The callback convenience methods (zlib.gzip(buf, cb) and friends): output bytes, the Buffer's
// shape (length, and whether it owns its ArrayBuffer), maxOutputLength around the output size,
// errors after several chunks of output, trailing data, flush options, chunkSize, and every format.
// Compression uses Z_RLE, whose output Node's zlib and the system zlib agree on byte for byte.
const zlib = require('zlib');
const { promisify } = require('util');
const { text, shape, rle, gzipTails } = require('./_zlib_shapes');

async function attempt(label, method, input, opts) {
  try {
    const out = await promisify(zlib[method])(input, opts);
    console.log(label, method, shape(out));
    return out;
  } catch (e) {
    console.log(label, method, 'error', e.code, e.errno, e.message);
  }
}

(async () => {
  for (const n of [0, 1, 100, 4095, 16384, 16385, 50000, 200000]) {
    const src = text(n);
    for (const [c, d] of [['deflate', 'inflate'], ['gzip', 'gunzip'], ['deflateRaw', 'inflateRaw'],
                          ['brotliCompress', 'brotliDecompress']]) {
      const packed = await attempt(n, c, src, rle);
      await attempt(n, d, packed);
      await attempt(n, 'unzip', zlib.gzipSync(src, rle));
      await attempt(`${n} chunk 64`, c, src, { chunkSize: 64, ...rle });
      await attempt(`${n} chunk 1000`, d, packed, { chunkSize: 1000 });
      for (const max of [n - 1, n, n + 1, 16384, 16385]) {
        if (max >= 1) await attempt(`${n} max ${max}`, d, packed, { maxOutputLength: max });
      }
      if (n > 0) {
        for (const at of [packed.length >> 1, packed.length - 2]) {
          const bad = Buffer.from(packed);
          bad[at] ^= 0x55;
          await attempt(`${n} corrupt@${at}`, d, bad);
        }
        await attempt(`${n} truncated`, d, packed.subarray(0, packed.length - 3));
      }
    }
    await attempt(`${n} sync flush`, 'deflate', src, { flush: zlib.constants.Z_SYNC_FLUSH, ...rle });
    await attempt(`${n} full flush`, 'gzip', src, { flush: zlib.constants.Z_FULL_FLUSH, ...rle });
    await attempt(`${n} huffman level 0`, 'deflate', src, { level: 0, chunkSize: 64 });
    await attempt(`${n} zstd`, 'zstdDecompress', zlib.zstdCompressSync(src));
    const info = await promisify(zlib.inflate)(zlib.deflateSync(src, rle), { info: true });
    console.log(n, 'info', info.engine.bytesWritten, shape(info.buffer));
  }
  for (const [label, buf] of gzipTails()) {
    await attempt(label, 'gunzip', buf);
    await attempt(label, 'unzip', buf);
    await attempt(label, 'inflate', Buffer.concat([zlib.deflateSync(text(5000), rle), buf]));
  }
  await attempt('sync finishFlush on truncated', 'inflate',
                zlib.deflateSync(text(40000), rle).subarray(0, 5000),
                { finishFlush: zlib.constants.Z_SYNC_FLUSH });
  const dictionary = Buffer.from('abcdefgh');
  await attempt('dictionary', 'inflate', zlib.deflateSync(text(30000), { dictionary, ...rle }),
                { dictionary });
  await attempt('missing dictionary', 'inflate', zlib.deflateSync(text(30000), { dictionary, ...rle }));
  await attempt('string', 'deflate', 'hello '.repeat(5000), rle);
  await attempt('arraybuffer', 'inflate', new Uint8Array(zlib.deflateSync(text(20000), rle)).buffer);
  await attempt('dataview', 'inflate', new DataView(new Uint8Array(zlib.deflateSync(text(20000), rle)).buffer));
  // Several at once complete independently.
  const all = await Promise.all([1000, 30000, 70000].map((n) =>
    promisify(zlib.gunzip)(zlib.gzipSync(text(n), rle))));
  console.log('parallel', all.map(shape).join(' | '));
})();
