'use strict';
// CompressionStream and DecompressionStream round-trip data in every format, interoperate with
// node:zlib, and fail corrupt input with a TypeError carrying zlib's code.
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');
const { text } = require('stream/consumers');

async function run(ts, input) {
  const w = ts.writable.getWriter();
  w.write(input);
  w.close();
  const chunks = [];
  for await (const c of ts.readable) chunks.push(Buffer.from(c));
  return Buffer.concat(chunks);
}

(async () => {
  const input = Buffer.from('web streams '.repeat(100));
  for (const format of ['gzip', 'deflate', 'deflate-raw']) {
    const packed = await run(new CompressionStream(format), input);
    assert(packed.length < input.length);
    assert.deepStrictEqual(await run(new DecompressionStream(format), packed), input);
  }
  assert.deepStrictEqual(zlib.gunzipSync(await run(new CompressionStream('gzip'), input)), input);
  assert.strictEqual(await text(new Blob([zlib.deflateSync('zz')]).stream()
    .pipeThrough(new DecompressionStream('deflate'))), 'zz');
  assert.throws(() => new CompressionStream('zip'), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.strictEqual(require('stream/web').CompressionStream, CompressionStream);

  const ds = new DecompressionStream('gzip');
  const w = ds.writable.getWriter();
  w.write(new Uint8Array([1, 2, 3]));
  w.close().catch(() => {});
  await assert.rejects(text(ds.readable), { name: 'TypeError', code: 'Z_DATA_ERROR' });
})().then(common.mustCall());
