'use strict';
// checkPrime/generatePrime, sync and async, bigint and buffer forms.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

assert.strictEqual(crypto.checkPrimeSync(7n), true);
assert.strictEqual(crypto.checkPrimeSync(8n), false);
assert.strictEqual(crypto.checkPrimeSync(Buffer.from([0xfb])), true);
assert.strictEqual(crypto.checkPrimeSync(2n ** 127n - 1n), true);
crypto.checkPrime(2n ** 61n - 1n, common.mustCall((err, r) => {
  assert.ifError(err);
  assert.strictEqual(r, true);
}));
assert.throws(() => crypto.checkPrimeSync(-1n), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.checkPrimeSync('7'), { code: 'ERR_INVALID_ARG_TYPE' });

const p = crypto.generatePrimeSync(64, { bigint: true });
assert.strictEqual(typeof p, 'bigint');
assert.strictEqual(p.toString(2).length, 64);
assert.strictEqual(crypto.checkPrimeSync(p), true);
const ab = crypto.generatePrimeSync(32);
assert.ok(ab instanceof ArrayBuffer);
assert.strictEqual(ab.byteLength, 4);
crypto.generatePrime(48, { safe: true, bigint: true }, common.mustCall((err, q) => {
  assert.ifError(err);
  assert.strictEqual(crypto.checkPrimeSync((q - 1n) / 2n), true);
}));
const r = crypto.generatePrimeSync(32, { add: 12n, rem: 11n, bigint: true });
assert.strictEqual(r % 12n, 11n);
assert.throws(() => crypto.generatePrimeSync(0), { code: 'ERR_OUT_OF_RANGE' });
