'use strict';
// minizlib's (tar's) pattern: one engine, many synchronous _processChunk() calls, with the
// handle's close() and Buffer.concat() patched out around each call; the pieces add up.
require('../common');
const assert = require('assert');
const zlib = require('zlib');

const text = 'hello world, '.repeat(1000);
const packed = zlib.gzipSync(text);
const engine = new zlib.Gunzip();
const outs = [];
for (let i = 0; i < packed.length; i += 50) {
  const nativeHandle = engine._handle;
  const originalNativeClose = nativeHandle.close;
  nativeHandle.close = () => {};
  const originalClose = engine.close;
  engine.close = () => {};
  const originalConcat = Buffer.concat;
  Buffer.concat = (args) => args;
  let result;
  try {
    const flush = i + 50 >= packed.length ? zlib.constants.Z_FINISH : zlib.constants.Z_NO_FLUSH;
    result = engine._processChunk(packed.subarray(i, i + 50), flush);
  } finally {
    Buffer.concat = originalConcat;
    engine._handle = nativeHandle;
    nativeHandle.close = originalNativeClose;
    engine.close = originalClose;
    engine.removeAllListeners('error');
  }
  if (Array.isArray(result)) outs.push(...result);
  else outs.push(Buffer.from(result));
}
assert.strictEqual(Buffer.concat(outs).toString(), text);
assert.strictEqual(engine.listenerCount('error'), 0);

// A corrupt chunk throws from _processChunk with the zlib error.
const bad = new zlib.Inflate();
assert.throws(() => bad._processChunk(Buffer.from('nope'), zlib.constants.Z_FINISH),
              { code: 'Z_DATA_ERROR', message: 'incorrect header check' });
