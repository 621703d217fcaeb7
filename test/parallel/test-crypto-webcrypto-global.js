'use strict';
// globalThis.crypto is require('crypto').webcrypto: getRandomValues (integer typed arrays,
// 65536-byte quota, this-check), randomUUID, subtle.digest.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

assert.strictEqual(globalThis.crypto, crypto.webcrypto);
assert.strictEqual(crypto.subtle, crypto.webcrypto.subtle);
assert.strictEqual(Object.prototype.toString.call(globalThis.crypto), '[object Crypto]');

const a = new Uint8Array(16);
assert.strictEqual(globalThis.crypto.getRandomValues(a), a);
assert.strictEqual(crypto.getRandomValues(new Int32Array(4)).length, 4);
assert.throws(() => globalThis.crypto.getRandomValues(new Float32Array(2)), {
  name: 'TypeMismatchError',
});
assert.throws(() => globalThis.crypto.getRandomValues(new Uint8Array(65537)), {
  name: 'QuotaExceededError',
});
assert.throws(() => globalThis.crypto.getRandomValues.call({}, a), { code: 'ERR_INVALID_THIS' });
assert.match(globalThis.crypto.randomUUID(), /^[0-9a-f-]{36}$/);

globalThis.crypto.subtle.digest('SHA-256', Buffer.from('abc')).then(common.mustCall((r) => {
  assert.ok(r instanceof ArrayBuffer);
  assert.strictEqual(Buffer.from(r).toString('hex'),
                     'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
}));
globalThis.crypto.subtle.digest({ name: 'sha-1' }, new Uint8Array(0)).then(common.mustCall((r) => {
  assert.strictEqual(Buffer.from(r).toString('hex'), 'da39a3ee5e6b4b0d3255bfef95601890afd80709');
}));
assert.rejects(globalThis.crypto.subtle.digest('MD5', Buffer.alloc(1)), {
  name: 'NotSupportedError',
}).then(common.mustCall());
