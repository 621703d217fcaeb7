'use strict';
// One-shot crypto.sign/crypto.verify with a callback run off the JS thread: the callback comes
// after the current code, the data may be changed right after the call without affecting the
// result, failures arrive through the callback, argument errors are thrown synchronously.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
const data = Buffer.from('message to sign');
const expected = crypto.sign(null, data, privateKey);

let sync = true;
const ret = crypto.sign(null, data, privateKey, common.mustCall((err, sig) => {
  assert.ifError(err);
  assert.strictEqual(sync, false);
  assert.ok(Buffer.isBuffer(sig));
  // Ed25519 is deterministic: the bytes signed are the ones passed, not the overwritten ones.
  assert.deepStrictEqual(sig, expected);
  crypto.verify(null, Buffer.from('message to sign'), publicKey, sig, common.mustCall((err2, ok) => {
    assert.ifError(err2);
    assert.strictEqual(ok, true);
  }));
  crypto.verify(null, Buffer.from('other'), publicKey, sig, common.mustCall((err2, ok) => {
    assert.ifError(err2);
    assert.strictEqual(ok, false);
  }));
}));
data.fill(0);
sync = false;
assert.strictEqual(ret, undefined);

const x = crypto.generateKeyPairSync('x25519');
crypto.sign('sha256', Buffer.from('x'), x.privateKey, common.mustCall((err, sig) => {
  assert.ok(err instanceof Error);
  assert.match(err.message, /operation not supported for this keytype/);
  assert.strictEqual(sig, undefined);
}));

assert.throws(() => crypto.sign('no-such-digest', Buffer.from('x'), privateKey, common.mustNotCall()),
              { code: 'ERR_CRYPTO_INVALID_DIGEST', name: 'TypeError' });
assert.throws(() => crypto.verify(null, Buffer.from('x'), publicKey, 'sig', common.mustNotCall()),
              { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.sign(null, Buffer.from('x'), privateKey, 'not a function'),
              { code: 'ERR_INVALID_ARG_TYPE' });
