'use strict';
// flush(kind, cb): after a sync/full flush the output so far decompresses to everything written;
// the default kind is Z_FULL_FLUSH (BROTLI_OPERATION_FLUSH for brotli); flush after end runs the
// callback once the stream ends.
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');

function flushDecodes(stream, decode, kind) {
  const chunks = [];
  stream.on('data', (c) => chunks.push(c));
  stream.write('hello ');
  const done = common.mustCall(() => {
    const partial = Buffer.concat(chunks);
    assert.ok(partial.length > 0);
    assert.strictEqual(decode(partial).toString(), 'hello ');
    stream.end('world');
  });
  if (kind === undefined) stream.flush(done);
  else stream.flush(kind, done);
}

const inflatePartial = (b) => zlib.inflateSync(b, { finishFlush: zlib.constants.Z_SYNC_FLUSH });
flushDecodes(zlib.createDeflate(), inflatePartial, zlib.constants.Z_SYNC_FLUSH);
flushDecodes(zlib.createDeflate(), inflatePartial, zlib.constants.Z_FULL_FLUSH);
flushDecodes(zlib.createDeflate(), inflatePartial, undefined);
flushDecodes(zlib.createGzip(), (b) => zlib.gunzipSync(b, { finishFlush: zlib.constants.Z_SYNC_FLUSH }),
             zlib.constants.Z_SYNC_FLUSH);
flushDecodes(zlib.createBrotliCompress(),
             (b) => zlib.brotliDecompressSync(b, { finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH }),
             undefined);
flushDecodes(zlib.createZstdCompress(),
             (b) => zlib.zstdDecompressSync(b), undefined);

// flush() with only a callback.
const d = zlib.createDeflate();
d.resume();
d.write('abc');
d.flush(common.mustCall(() => d.end()));

// After end(), the callback waits for 'end'; after finish, it runs on the next tick.
const e = zlib.createDeflate();
e.resume();
e.end('abc');
let ended = false;
e.on('end', () => { ended = true; });
e.flush(common.mustCall(() => {
  assert.ok(ended);
  e.flush(common.mustCall());
}));

// A partial stream inflates with finishFlush Z_SYNC_FLUSH, and throws without it.
const whole = zlib.deflateSync('abcdefghijklmnopqrstuvwxyz'.repeat(10));
const part = whole.subarray(0, whole.length - 6);
assert.throws(() => zlib.inflateSync(part), { code: 'Z_BUF_ERROR' });
assert.ok('abcdefghijklmnopqrstuvwxyz'.repeat(10).startsWith(
  zlib.inflateSync(part, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString()));
