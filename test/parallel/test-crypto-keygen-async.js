'use strict';
// generateKeyPair runs on the threadpool: the callback comes after the current tick with
// KeyObjects or encoded keys, and the keys work for sign/verify and key agreement.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

let sync = true;
crypto.generateKeyPair('rsa', { modulusLength: 1024 }, common.mustCall((err, pub, priv) => {
  assert.ifError(err);
  assert.strictEqual(sync, false);
  assert.strictEqual(pub.type, 'public');
  assert.strictEqual(priv.asymmetricKeyDetails.modulusLength, 1024);
  assert.strictEqual(priv.asymmetricKeyDetails.publicExponent, 65537n);
  const sig = crypto.sign('sha256', Buffer.from('x'), priv);
  assert.ok(crypto.verify('sha256', Buffer.from('x'), pub, sig));
}));
crypto.generateKeyPair('ec', {
  namedCurve: 'P-384',
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'top secret' },
}, common.mustCall((err, pub, priv) => {
  assert.ifError(err);
  assert.match(pub, /^-----BEGIN PUBLIC KEY-----/);
  assert.match(priv, /^-----BEGIN ENCRYPTED PRIVATE KEY-----/);
  const key = crypto.createPrivateKey({ key: priv, passphrase: 'top secret' });
  assert.strictEqual(key.asymmetricKeyDetails.namedCurve, 'secp384r1');
  const sig = crypto.sign('sha384', Buffer.from('m'), key);
  assert.ok(crypto.verify('sha384', Buffer.from('m'), pub, sig));
}));
crypto.generateKeyPair('x25519', common.mustCall((err, pub, priv) => {
  assert.ifError(err);
  const other = crypto.generateKeyPairSync('x25519');
  assert.deepStrictEqual(
    crypto.diffieHellman({ privateKey: priv, publicKey: other.publicKey }),
    crypto.diffieHellman({ privateKey: other.privateKey, publicKey: pub }));
}));
crypto.generateKeyPair('ed25519', { publicKeyEncoding: { format: 'jwk' } }, common.mustCall((err, pub, priv) => {
  assert.ifError(err);
  assert.strictEqual(pub.kty, 'OKP');
  assert.strictEqual(pub.crv, 'Ed25519');
  assert.strictEqual(priv.asymmetricKeyType, 'ed25519');
}));
assert.throws(() => crypto.generateKeyPair('rsa', { modulusLength: 512 }), { code: 'ERR_INVALID_ARG_TYPE' });
sync = false;
