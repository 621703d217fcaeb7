'use strict';
// zlib's user-facing errors: corrupt and truncated data in each format, dictionaries, invalid
// options and arguments, maxOutputLength, and what an error object carries.
const zlib = require('zlib');
const { print } = require('./_print');

function attempt(label, fn) {
  try {
    const r = fn();
    print(label, 'ok', Buffer.isBuffer(r) ? r.toString() : r);
  } catch (e) {
    print(label, e.name, e.code, e.errno, e.message, Object.keys(e).join(','));
  }
}

const gz = zlib.gzipSync('hello world');
const br = zlib.brotliCompressSync('hello world hello world');
const zs = zlib.zstdCompressSync('hello world hello world');
for (const [name, input] of [
  ['garbage', Buffer.from('this is not compressed')],
  ['empty', Buffer.alloc(0)],
  ['gzip-truncated', gz.subarray(0, gz.length - 4)],
  ['gzip-header-only', gz.subarray(0, 10)],
  ['gzip-bad-crc', Buffer.concat([gz.subarray(0, gz.length - 8), Buffer.from([1, 2, 3, 4]), gz.subarray(gz.length - 4)])],
  ['gzip-bad-length', Buffer.concat([gz.subarray(0, gz.length - 4), Buffer.from([1, 2, 3, 4])])],
  ['brotli-truncated', br.subarray(0, 4)],
  ['zstd-truncated', zs.subarray(0, 6)],
  ['single-byte', Buffer.from([0x1f])],
]) {
  for (const fn of ['inflateSync', 'gunzipSync', 'unzipSync', 'inflateRawSync',
                    'brotliDecompressSync', 'zstdDecompressSync']) {
    attempt(`${name} ${fn}`, () => zlib[fn](input));
  }
}

const dict = Buffer.from('dictionary');
attempt('missing dictionary', () => zlib.inflateSync(zlib.deflateSync('x', { dictionary: dict })));
attempt('bad dictionary', () => zlib.inflateSync(zlib.deflateSync('x', { dictionary: dict }), { dictionary: Buffer.from('other') }));
attempt('maxOutputLength', () => zlib.inflateSync(zlib.deflateSync('x'.repeat(100)), { maxOutputLength: 99 }));
attempt('maxOutputLength exact', () => zlib.inflateSync(zlib.deflateSync('x'.repeat(100)), { maxOutputLength: 100 }).length);

for (const [label, opts] of [
  ['chunkSize', { chunkSize: 63 }], ['chunkSize str', { chunkSize: '64' }],
  ['level', { level: -2 }], ['level inf', { level: -Infinity }], ['memLevel', { memLevel: 10 }],
  ['strategy', { strategy: -1 }], ['windowBits', { windowBits: 16 }], ['flush', { flush: 6 }],
  ['finishFlush', { finishFlush: 'x' }], ['dictionary', { dictionary: 5 }],
  ['maxOutputLength', { maxOutputLength: 2 ** 53 }], ['level ok float', { level: 1.5 }],
]) {
  attempt(`deflate ${label}`, () => zlib.deflateSync('abc', opts).length > 0);
}
attempt('brotli param key', () => zlib.brotliCompressSync('x', { params: { foo: 1 } }));
attempt('brotli param value', () => zlib.brotliCompressSync('x', { params: { 1: {} } }));
attempt('brotli decoder param', () => zlib.brotliDecompressSync('x', { params: { 5: 1 } }));
attempt('zstd param key', () => zlib.zstdCompressSync('x', { params: { '-1': 1 } }));
attempt('zstd param unknown', () => zlib.zstdCompressSync('x', { params: { 150: 1 } }));
attempt('sync arg', () => zlib.gzipSync({}));
attempt('sync arg null', () => zlib.gzipSync(null));
attempt('async callback', () => zlib.gzip('x', {}));
attempt('crc32 arg', () => zlib.crc32(null));
attempt('crc32 value', () => zlib.crc32('x', 1.5));
attempt('params range', () => zlib.createDeflate().params(0, 9));
attempt('reset closed', () => { const d = zlib.createDeflate(); d.close(); d.reset(); });

zlib.gunzip(Buffer.from('nope'), (err, out) => {
  print('async', err.name, err.code, err.errno, err.message, out);
  zlib.brotliDecompress(Buffer.from([0xff, 0xff]), (err2) => {
    print('async brotli', err2.code, err2.errno, err2.message);
  });
});
