'use strict';
// A slow consumer: decompressed output far beyond the readable highWaterMark waits for reads
// (the engine resumes from where it stopped) and nothing is lost, for every decompressor.
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');
const { Writable, pipeline } = require('stream');

const input = Buffer.alloc(4 * 1024 * 1024);
for (let i = 0; i < input.length; i++) input[i] = (i * 31 + (i >> 12)) & 0xff;

for (const [compress, create] of [
  ['gzipSync', 'createGunzip'], ['deflateSync', 'createInflate'], ['deflateRawSync', 'createInflateRaw'],
  ['brotliCompressSync', 'createBrotliDecompress'], ['zstdCompressSync', 'createZstdDecompress'],
]) {
  const packed = zlib[compress](input);
  const chunks = [];
  const sink = new Writable({
    highWaterMark: 1024,
    write(chunk, enc, cb) {
      chunks.push(chunk);
      setImmediate(cb);
    },
  });
  const source = zlib[create]({ chunkSize: 4096 });
  pipeline(source, sink, common.mustSucceed(() => {
    assert.ok(Buffer.concat(chunks).equals(input), create);
  }));
  source.end(packed);
}
