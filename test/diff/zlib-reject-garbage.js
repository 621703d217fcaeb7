'use strict';
// The rejectGarbageAfterEnd option (what DecompressionStream uses): bytes after the end of the
// compressed data fail the stream with ERR_TRAILING_JUNK_AFTER_STREAM_END after the data came
// out; without it they are ignored. Sync forms never check.
const zlib = require('zlib');

const cases = [
  ['inflate', zlib.deflateSync('abc'), Buffer.from('xyz')],
  ['gunzip', zlib.gzipSync('abc'), Buffer.from([0, 0])],
  ['inflateRaw', zlib.deflateRawSync('abc'), Buffer.from('!')],
  ['brotliDecompress', zlib.brotliCompressSync('abc'), Buffer.from('xyz')],
  ['zstdDecompress', zlib.zstdCompressSync('abc'), Buffer.from('xyz')],
];

const create = {
  inflate: 'createInflate', gunzip: 'createGunzip', inflateRaw: 'createInflateRaw',
  brotliDecompress: 'createBrotliDecompress', zstdDecompress: 'createZstdDecompress',
};

let i = 0;
function next() {
  if (i === cases.length * 2) return;
  const [name, data, junk] = cases[i >> 1];
  const reject = (i & 1) === 0;
  i++;
  const input = Buffer.concat([data, junk]);
  console.log(`${name} reject=${reject} sync:`, zlib[`${name}Sync`](input, { rejectGarbageAfterEnd: reject }).toString());
  const s = zlib[create[name]]({ rejectGarbageAfterEnd: reject });
  const log = [];
  s.on('data', (d) => log.push(`data ${d}`));
  s.on('end', () => log.push('end'));
  s.on('finish', () => log.push('finish'));
  s.on('error', (e) => log.push(`error ${e.name} ${e.code} ${e.message}`));
  s.on('close', () => {
    log.push('close');
    console.log(`  ${log.join(' | ')}`);
    next();
  });
  s.end(input, (err) => log.push(`end cb ${err ? err.code : 'ok'}`));
}
next();
