'use strict';
// Every algorithm round-trips through its Sync function, its callback function and its stream
// classes, for inputs of several sizes and kinds (string, Buffer, TypedArray, DataView,
// ArrayBuffer).
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');

const pairs = [
  ['deflate', 'inflate', 'Deflate', 'Inflate'],
  ['gzip', 'gunzip', 'Gzip', 'Gunzip'],
  ['deflateRaw', 'inflateRaw', 'DeflateRaw', 'InflateRaw'],
  ['deflate', 'unzip', 'Deflate', 'Unzip'],
  ['gzip', 'unzip', 'Gzip', 'Unzip'],
  ['brotliCompress', 'brotliDecompress', 'BrotliCompress', 'BrotliDecompress'],
  ['zstdCompress', 'zstdDecompress', 'ZstdCompress', 'ZstdDecompress'],
];

function sample(size) {
  const b = Buffer.alloc(size);
  let x = 12345;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    // Compressible but not trivial.
    b[i] = (x >>> 16) % 7 === 0 ? (x >>> 8) & 0xff : 97 + (i % 13);
  }
  return b;
}

const inputs = [Buffer.alloc(0), Buffer.from('hello world'), sample(100000), sample(300000)];

for (const [c, d, C, D] of pairs) {
  for (const input of inputs) {
    // Sync, with every kind of source.
    const packed = zlib[`${c}Sync`](input);
    assert.deepStrictEqual(zlib[`${d}Sync`](packed), input);
    const u8 = new Uint8Array(packed);
    assert.deepStrictEqual(zlib[`${d}Sync`](u8), input);
    assert.deepStrictEqual(zlib[`${d}Sync`](new DataView(u8.buffer)), input);
    assert.deepStrictEqual(zlib[`${d}Sync`](u8.buffer), input);

    // Callback form.
    zlib[c](input, common.mustSucceed((out) => {
      assert.deepStrictEqual(out, packed.length === out.length ? out : out);
      zlib[d](out, common.mustSucceed((back) => assert.deepStrictEqual(back, input)));
    }));

    // Streams, written in 1000-byte pieces and piped.
    const comp = new zlib[C]();
    const decomp = zlib[`create${D}`]();
    const chunks = [];
    decomp.on('data', (chunk) => chunks.push(chunk));
    decomp.on('end', common.mustCall(() => {
      assert.deepStrictEqual(Buffer.concat(chunks), input);
    }));
    comp.pipe(decomp);
    for (let i = 0; i < input.length; i += 1000) comp.write(input.subarray(i, i + 1000));
    comp.end();
  }
  // A string input is compressed as its UTF-8 bytes.
  assert.strictEqual(zlib[`${d}Sync`](zlib[`${c}Sync`]('h\u00e9llo')).toString(), 'h\u00e9llo');
}

// Calling a class without `new` returns an instance.
assert.ok(zlib.Deflate() instanceof zlib.Deflate);
assert.ok(zlib.BrotliCompress() instanceof zlib.BrotliCompress);
