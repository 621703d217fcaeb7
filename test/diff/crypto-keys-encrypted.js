'use strict';
// Encrypted private keys: PKCS#8 DER and PEM with a passphrase (right, wrong, missing, as a
// Buffer), traditional PEM (PKCS#1, SEC1) with a cipher, the option errors Node reports and
// OpenSSL's reasons (ERR_OSSL_*) for undecodable input.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { print, attempt } = require('./_print');

// A wrong passphrase on a key encrypted just now with a random salt and IV: about one time in 256
// the wrong key still yields valid CBC padding and OpenSSL fails later, in the key's ASN.1, with
// another reason. Only the rejection is compared; a fixed file below checks the reason itself.
function attemptWrong(label, fn) {
  try {
    print(label, 'ok', fn());
  } catch (e) {
    print(label, 'rejected', e.name, /^ERR_OSSL_/.test(e.code));
  }
}

const dir = path.join(__dirname, '..', 'fixtures', 'keys');
const rsa = crypto.createPrivateKey(fs.readFileSync(path.join(dir, 'rsa_private.pem')));
const ec = crypto.createPrivateKey(fs.readFileSync(path.join(dir, 'ec_p256_private.pem')));

for (const [label, key] of [['rsa', rsa], ['ec', ec]]) {
  for (const format of ['der', 'pem']) {
    const enc = key.export({ type: 'pkcs8', format, cipher: 'aes-256-cbc', passphrase: 'secret' });
    print(label, format, 'encrypted type', typeof enc, format === 'pem' ? enc.split('\n')[0] : enc[0]);
    attempt(`${label} ${format} right`, () => crypto.createPrivateKey({ key: enc, format, type: 'pkcs8', passphrase: 'secret' }).equals(key));
    attempt(`${label} ${format} buffer passphrase`, () => crypto.createPrivateKey({ key: enc, format, type: 'pkcs8', passphrase: Buffer.from('secret') }).equals(key));
    attemptWrong(`${label} ${format} wrong`, () => crypto.createPrivateKey({ key: enc, format, type: 'pkcs8', passphrase: 'wrong' }));
    attempt(`${label} ${format} missing`, () => crypto.createPrivateKey({ key: enc, format, type: 'pkcs8' }));
    attempt(`${label} ${format} public from encrypted`, () => crypto.createPublicKey({ key: enc, format, type: 'pkcs8', passphrase: 'secret' }).asymmetricKeyType);
    attempt(`${label} ${format} sign`, () => crypto.verify('sha256', Buffer.from('x'), key,
      crypto.sign('sha256', Buffer.from('x'), { key: enc, format, type: 'pkcs8', passphrase: 'secret' })));
  }
}
const pkcs1 = rsa.export({ type: 'pkcs1', format: 'pem', cipher: 'aes-128-cbc', passphrase: 'pw' });
print('pkcs1 pem', pkcs1.split('\n').slice(0, 3).map((l) => l.replace(/,[0-9A-F]+$/, ',IV')));
attempt('pkcs1 pem right', () => crypto.createPrivateKey({ key: pkcs1, passphrase: 'pw' }).equals(rsa));
attemptWrong('pkcs1 pem wrong', () => crypto.createPrivateKey({ key: pkcs1, passphrase: 'nope' }));
const fixed = fs.readFileSync(path.join(dir, 'rsa_private_encrypted.pem'));
attempt('fixed pkcs8 wrong', () => crypto.createPrivateKey({ key: fixed, passphrase: 'wrong' }));
attempt('pkcs1 pem missing', () => crypto.createPrivateKey(pkcs1));
const sec1 = ec.export({ type: 'sec1', format: 'pem', cipher: 'aes-128-cbc', passphrase: 'pw' });
print('sec1 pem', sec1.split('\n')[0], sec1.split('\n')[1]);
attempt('sec1 pem right', () => crypto.createPrivateKey({ key: sec1, passphrase: 'pw' }).equals(ec));
attempt('pkcs1 der cipher', () => rsa.export({ type: 'pkcs1', format: 'der', cipher: 'aes-128-cbc', passphrase: 'pw' }));
attempt('sec1 der cipher', () => ec.export({ type: 'sec1', format: 'der', cipher: 'aes-128-cbc', passphrase: 'pw' }));
attempt('unknown cipher', () => rsa.export({ type: 'pkcs8', format: 'pem', cipher: 'nope-128', passphrase: 'pw' }));
attempt('cipher without passphrase', () => rsa.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-128-cbc' }));
attempt('passphrase without cipher', () => rsa.export({ type: 'pkcs8', format: 'pem', passphrase: 'pw' }));
attempt('garbage der pkcs8', () => crypto.createPrivateKey({ key: Buffer.from('3003020100', 'hex'), format: 'der', type: 'pkcs8' }));
attempt('garbage der spki', () => crypto.createPublicKey({ key: Buffer.from('3003020100', 'hex'), format: 'der', type: 'spki' }));
attempt('garbage pem', () => crypto.createPrivateKey('-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n'));
attempt('not a key', () => crypto.createPublicKey('hello'));
