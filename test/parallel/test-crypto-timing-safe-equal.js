'use strict';
// timingSafeEqual: equal/unequal buffers, views of different types, length mismatch and types.
require('../common');
const assert = require('assert');
const crypto = require('crypto');

assert.strictEqual(crypto.timingSafeEqual(Buffer.from('foo'), Buffer.from('foo')), true);
assert.strictEqual(crypto.timingSafeEqual(Buffer.from('foo'), Buffer.from('bar')), false);
assert.strictEqual(crypto.timingSafeEqual(new Uint16Array([1]), new Uint8Array([1, 0])), true);
assert.strictEqual(crypto.timingSafeEqual(new ArrayBuffer(4), new DataView(new ArrayBuffer(4))), true);
assert.throws(() => crypto.timingSafeEqual(Buffer.alloc(1), Buffer.alloc(2)), {
  code: 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH',
  name: 'RangeError',
  message: 'Input buffers must have the same byte length',
});
assert.throws(() => crypto.timingSafeEqual('a', Buffer.alloc(1)), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.timingSafeEqual(Buffer.alloc(1), 'a'), { code: 'ERR_INVALID_ARG_TYPE' });
