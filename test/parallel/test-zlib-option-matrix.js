'use strict';
// Every level, strategy, memLevel and windowBits (and chunkSize) compresses to data that
// inflates back; level 0 stores, higher levels shrink repetitive data.
require('../common');
const assert = require('assert');
const zlib = require('zlib');

const input = Buffer.from('abracadabra '.repeat(3000) + 'the end');
for (let level = -1; level <= 9; level++) {
  for (let strategy = 0; strategy <= 4; strategy++) {
    const packed = zlib.deflateSync(input, { level, strategy });
    assert.deepStrictEqual(zlib.inflateSync(packed), input, `level ${level} strategy ${strategy}`);
  }
}
for (let memLevel = 1; memLevel <= 9; memLevel++) {
  assert.deepStrictEqual(zlib.gunzipSync(zlib.gzipSync(input, { memLevel })), input);
}
for (let windowBits = 8; windowBits <= 15; windowBits++) {
  assert.deepStrictEqual(zlib.inflateSync(zlib.deflateSync(input, { windowBits }), { windowBits: Math.max(windowBits, 9) }), input);
  assert.deepStrictEqual(zlib.inflateRawSync(zlib.deflateRawSync(input, { windowBits }), { windowBits: Math.max(windowBits, 9) }), input);
  if (windowBits > 8) {
    assert.deepStrictEqual(zlib.gunzipSync(zlib.gzipSync(input, { windowBits }), { windowBits }), input);
  }
}
// A window smaller than the stream's fails.
assert.throws(() => zlib.inflateSync(zlib.deflateSync(input, { windowBits: 15 }), { windowBits: 9 }),
              { code: 'Z_DATA_ERROR', message: 'invalid window size' });
for (const chunkSize of [64, 100, 1000, 65536]) {
  assert.deepStrictEqual(zlib.inflateSync(zlib.deflateSync(input, { chunkSize }), { chunkSize }), input);
}
const stored = zlib.deflateRawSync(input, { level: 0 });
assert.ok(stored.length > input.length);
assert.ok(zlib.deflateRawSync(input, { level: 9 }).length < input.length / 50);
