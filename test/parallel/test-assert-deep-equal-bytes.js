'use strict';
// Typed arrays, DataViews and ArrayBuffers are equal when their bytes are,
// whatever their length and offset into the buffer; one flipped byte
// anywhere makes them differ.
require('../common');
const assert = require('assert');
const { isDeepStrictEqual } = require('util');

for (const len of [0, 1, 3, 63, 64, 65, 67, 100, 129, 4096]) {
  for (const off of [0, 1, 4]) {
    const buf1 = new Uint8Array(len + 8);
    const buf2 = new Uint8Array(len + 8);
    for (let i = 0; i < buf1.length; i++) {
      buf1[i] = i * 7;
      buf2[i] = i * 7;
    }
    const a = new Uint8Array(buf1.buffer, off, len);
    const b = new Uint8Array(buf2.buffer, off, len);
    assert.strictEqual(isDeepStrictEqual(a, b), true);
    assert.deepEqual(a, b);
    assert.strictEqual(isDeepStrictEqual(new DataView(buf1.buffer, off, len),
                                         new DataView(buf2.buffer, off, len)), true);
    assert.strictEqual(isDeepStrictEqual(buf1.buffer.slice(off, off + len),
                                         buf2.buffer.slice(off, off + len)), true);
    for (const pos of new Set([0, len >> 1, len - 1])) {
      if (pos < 0 || pos >= len) continue;
      b[pos] ^= 1;
      const label = `len ${len} offset ${off} byte ${pos}`;
      assert.strictEqual(isDeepStrictEqual(a, b), false, label);
      assert.notDeepEqual(a, b);
      assert.strictEqual(isDeepStrictEqual(new DataView(buf1.buffer, off, len),
                                           new DataView(buf2.buffer, off, len)), false, label);
      assert.strictEqual(isDeepStrictEqual(buf1.buffer.slice(off, off + len),
                                           buf2.buffer.slice(off, off + len)), false, label);
      b[pos] ^= 1;
    }
  }
}

// Same bytes, different views or lengths.
assert.notDeepStrictEqual(new Uint8Array([1, 0]), new Uint16Array([1]));
assert.notDeepStrictEqual(new Uint8Array(4), new Uint8Array(5));
assert.notDeepStrictEqual(new ArrayBuffer(4), new ArrayBuffer(5));
assert.notDeepStrictEqual(new ArrayBuffer(4), new SharedArrayBuffer(4));
assert.deepStrictEqual(new Uint8Array([0, 1, 2]).subarray(1), new Uint8Array([1, 2]));
