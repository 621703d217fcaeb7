// Differential fuzzing of node:zlib's synchronous API against node 22: odd options (level,
// windowBits, memLevel, strategy, chunkSize, dictionary, flush/finishFlush, maxOutputLength,
// info, brotli params) and odd or corrupt inputs for every codec, printing a digest of what
// comes out or the error (class, code, errno, message).
//   usage: <runtime> tools/difffuzz-zlib.js SEED COUNT [kind,kind...]   (see tools/difffuzz.sh)
'use strict';
const { N, only, pick, ri, rnd } = require('./difffuzz-lib')(2000);
const zlib = require('zlib');
const crypto = require('crypto');

const num = () => pick([undefined, -1, 0, 1, 8, 9, 15, 16, 31, 47, 1.5, NaN, Infinity, 2 ** 31, '9', null, true, {}]);
const text = Buffer.from('hello hello hello hello nodus '.repeat(20));
const inputs = () => pick([text, Buffer.alloc(0), 'a string', new Uint8Array([1, 2, 3]), Buffer.from(Array.from({ length: 64 }, () => ri(256))),
  new DataView(new ArrayBuffer(4)), 5, null, undefined, {}, [1, 2], new ArrayBuffer(8)]);
const opts = () => {
  const o = {};
  for (const k of ['level', 'windowBits', 'memLevel', 'strategy', 'chunkSize', 'flush', 'finishFlush', 'maxOutputLength']) {
    if (rnd() < 0.25) o[k] = k === 'chunkSize' ? pick([undefined, 0, 16, 63, 64, 1024, 2 ** 31, -1, 'x']) : num();
  }
  if (rnd() < 0.15) o.dictionary = pick([Buffer.from('hello'), 'hello', 5, new Uint8Array(0)]);
  if (rnd() < 0.1) o.info = pick([true, false, 1]);
  if (rnd() < 0.15) o.params = pick([{ [zlib.constants.BROTLI_PARAM_QUALITY]: pick([0, 4, 11, 12, -1, 'x']) }, { 9999: 1 }, 5, null, { [zlib.constants.BROTLI_PARAM_MODE]: 1 }]);
  return o;
};
const desc = (v) => (v === undefined ? 'U' : Buffer.isBuffer(v) ? `buf${v.length}` : ArrayBuffer.isView(v) ? `${v.constructor.name}${v.byteLength}` : v instanceof ArrayBuffer ? `ab${v.byteLength}` : typeof v === 'number' && !Number.isFinite(v) ? String(v) : v);
const show = (f) => {
  try {
    const r = f();
    if (Buffer.isBuffer(r)) return `buf ${r.length} ${crypto.createHash('sha1').update(r).digest('hex').slice(0, 12)}`;
    if (r && r.buffer && Buffer.isBuffer(r.buffer)) return `info buf ${r.buffer.length} engine ${typeof r.engine}`;
    return `value ${typeof r}`;
  } catch (e) {
    return `THROW ${e.name} ${e.code} ${e.errno} ${JSON.stringify(e.message)}`;
  }
};
const compressors = ['deflateSync', 'deflateRawSync', 'gzipSync', 'brotliCompressSync'];
const decompressors = ['inflateSync', 'inflateRawSync', 'gunzipSync', 'unzipSync', 'brotliDecompressSync'];
const pairs = { deflateSync: 'inflateSync', deflateRawSync: 'inflateRawSync', gzipSync: 'gunzipSync', brotliCompressSync: 'brotliDecompressSync' };
const tests = {
  compress: () => { const m = pick(compressors), i = inputs(), o = pick([opts(), undefined, 5, 'x', null]); return [m, desc(i), o, () => zlib[m](i, o)]; },
  roundtrip: () => {
    const m = pick(compressors), o1 = opts(), o2 = opts();
    return [m, o1, o2, () => zlib[pairs[m]](zlib[m](text, o1), o2)];
  },
  corrupt: () => {
    const m = pick(compressors);
    const good = zlib[m](text);
    const bad = Buffer.from(good);
    const how = pick(['flip', 'cut', 'append', 'zero']);
    if (how === 'flip') bad[ri(bad.length)] ^= 1 << ri(8);
    const input = how === 'cut' ? bad.subarray(0, ri(bad.length)) : how === 'append' ? Buffer.concat([bad, Buffer.from('junk')]) : how === 'zero' ? Buffer.alloc(bad.length) : bad;
    const d = pick([pairs[m], 'unzipSync', pick(decompressors)]);
    const o = pick([undefined, { finishFlush: zlib.constants.Z_SYNC_FLUSH }, { maxOutputLength: pick([1, 100, 1000]) }, { chunkSize: 64 }]);
    return [m, how, d, o, () => zlib[d](input, o)];
  },
  crc: () => { const a = inputs(), b = pick([undefined, 0, 1, -1, 2 ** 32, 1.5, 'x', 10n]); return [desc(a), desc(b), () => (typeof zlib.crc32 === 'function' ? zlib.crc32(a, b) : 'none')]; },
  create: () => {
    const m = pick(['createGzip', 'createDeflate', 'createInflate', 'createBrotliCompress', 'createUnzip', 'createDeflateRaw']);
    const o = pick([opts(), undefined, 5, 'x', null, []]);
    return [m, o, () => { const s = zlib[m](o); s.close(); return s; }];
  },
};
const kinds = only ? only.split(',') : Object.keys(tests);
for (let i = 0; i < N; i++) {
  const n = pick(kinds);
  const t = tests[n]();
  const f = t.pop();
  const r = show(f);
  console.log(`${n} ${JSON.stringify(t, (k, x) => (typeof x === 'bigint' ? `${x}n` : typeof x === 'number' && !Number.isFinite(x) ? String(x) : x))} => ${r}`);
}
