'use strict';
// util.types.isKeyObject/isCryptoKey, and deep equality of keys: KeyObjects compare by key
// material, CryptoKeys by type, extractability, algorithm, usages and key material.
const common = require('../common');
const assert = require('assert');
const { types } = require('util');
const crypto = require('crypto');

assert.strictEqual(types.isKeyObject({}), false);
assert.strictEqual(types.isCryptoKey({}), false);
const a = crypto.createSecretKey(Buffer.alloc(16));
assert.strictEqual(types.isKeyObject(a), true);
assert.strictEqual(types.isCryptoKey(a), false);
assert.deepStrictEqual(a, crypto.createSecretKey(Buffer.alloc(16)));
assert.notDeepStrictEqual(a, crypto.createSecretKey(Buffer.alloc(16, 1)));

(async () => {
  const raw = new Uint8Array(32);
  const alg = { name: 'HMAC', hash: 'SHA-256' };
  const k1 = await crypto.subtle.importKey('raw', raw, alg, true, ['sign']);
  const k2 = await crypto.subtle.importKey('raw', raw, alg, true, ['sign']);
  const k3 = await crypto.subtle.importKey('raw', raw, alg, false, ['sign']);
  const k4 = await crypto.subtle.importKey('raw', new Uint8Array(32).fill(1), alg, true, ['sign']);
  assert.strictEqual(types.isCryptoKey(k1), true);
  assert.strictEqual(types.isKeyObject(k1), false);
  assert.deepStrictEqual(k1, k2);
  assert.notDeepStrictEqual(k1, k3);
  assert.notDeepStrictEqual(k1, k4);
})().then(common.mustCall());
