'use strict';
// randomBytes/randomFill/randomFillSync/randomInt/randomUUID: results, argument validation, and
// the async forms completing after the current tick.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

assert.strictEqual(crypto.randomBytes(0).length, 0);
assert.strictEqual(crypto.randomBytes(33).length, 33);
assert.ok(Buffer.isBuffer(crypto.randomBytes(1)));
assert.notDeepStrictEqual(crypto.randomBytes(32), crypto.randomBytes(32));
assert.throws(() => crypto.randomBytes(-1), { code: 'ERR_OUT_OF_RANGE', name: 'RangeError' });
assert.throws(() => crypto.randomBytes('1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.randomBytes(2 ** 31), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.randomBytes(1, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });

let sync = true;
crypto.randomBytes(16, common.mustCall((err, buf) => {
  assert.strictEqual(sync, false);
  assert.ifError(err);
  assert.strictEqual(buf.length, 16);
}));
sync = false;

{
  const buf = Buffer.alloc(10);
  crypto.randomFillSync(buf, 5, 3);
  assert.deepStrictEqual(buf.subarray(0, 5), Buffer.alloc(5));
  assert.deepStrictEqual(buf.subarray(8), Buffer.alloc(2));
  const u32 = new Uint32Array(4);
  assert.strictEqual(crypto.randomFillSync(u32), u32);
  const ab = new ArrayBuffer(8);
  assert.strictEqual(crypto.randomFillSync(ab), ab);
  assert.throws(() => crypto.randomFillSync(buf, 11), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => crypto.randomFillSync(buf, 0, 11), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => crypto.randomFillSync('x'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => crypto.randomFill(buf), { code: 'ERR_INVALID_ARG_TYPE' });
}
{
  const buf = Buffer.alloc(64);
  crypto.randomFill(buf, 32, common.mustCall((err, out) => {
    assert.ifError(err);
    assert.strictEqual(out, buf);
    assert.deepStrictEqual(buf.subarray(0, 32), Buffer.alloc(32));
  }));
  crypto.randomFill(new Uint8Array(0), common.mustCall((err, out) => {
    assert.strictEqual(err, null);
    assert.strictEqual(out.length, 0);
  }));
}

for (let i = 0; i < 1000; i++) {
  const n = crypto.randomInt(-5, 5);
  assert.ok(n >= -5 && n < 5 && Number.isInteger(n));
}
assert.strictEqual(crypto.randomInt(1), 0);
crypto.randomInt(3, 4, common.mustCall((err, n) => {
  assert.ifError(err);
  assert.strictEqual(n, 3);
}));
assert.throws(() => crypto.randomInt(5, 5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "max" is out of range. It must be greater than the value of "min" (5). Received 5',
});
assert.throws(() => crypto.randomInt(1.5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.randomInt(0, 2 ** 48 + 1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.randomInt(1, 2, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });

const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const seen = new Set();
for (let i = 0; i < 300; i++) {
  const u = crypto.randomUUID();
  assert.match(u, uuidRe);
  seen.add(u);
}
assert.strictEqual(seen.size, 300);
assert.match(crypto.randomUUID({ disableEntropyCache: true }), uuidRe);
assert.throws(() => crypto.randomUUID(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.randomUUID({ disableEntropyCache: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
