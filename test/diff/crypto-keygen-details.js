'use strict';
// asymmetricKeyDetails of RSA-PSS keys (restricted or not, through export and re-import), EC keys
// generated with explicit parameters, key generation failures (plain Errors, sync and async),
// and the keys node:crypto exports, in Node's order.
const crypto = require('crypto');
const { print, attempt } = require('./_print');

for (const opts of [{}, { hashAlgorithm: 'sha256' }, { hashAlgorithm: 'sha512', mgf1HashAlgorithm: 'sha1' },
  { hashAlgorithm: 'sha384', saltLength: 7 }, { mgf1HashAlgorithm: 'sha256' }, { saltLength: 0 }]) {
  const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa-pss', { modulusLength: 1024, ...opts });
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' });
  const again = crypto.createPrivateKey(pem);
  print('rsa-pss', opts, publicKey.asymmetricKeyDetails, again.asymmetricKeyDetails,
        crypto.createPublicKey(pem).asymmetricKeyDetails);
}
attempt('rsa-pss bad hash', () => crypto.generateKeyPairSync('rsa-pss', { modulusLength: 1024, hashAlgorithm: 'nope' }));
attempt('rsa-pss salt', () => crypto.generateKeyPairSync('rsa-pss', { modulusLength: 1024, saltLength: -1 }));

const explicit = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256', paramEncoding: 'explicit' });
const der = explicit.publicKey.export({ type: 'spki', format: 'der' });
print('explicit', der.length, explicit.publicKey.asymmetricKeyType,
      explicit.privateKey.export({ type: 'sec1', format: 'der' }).length);
const named = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256', paramEncoding: 'named' });
print('named', named.publicKey.export({ type: 'spki', format: 'der' }).length, named.publicKey.asymmetricKeyDetails);
attempt('paramEncoding', () => crypto.generateKeyPairSync('ec', { namedCurve: 'P-256', paramEncoding: 'x' }));

attempt('rsa too small', () => crypto.generateKeyPairSync('rsa', { modulusLength: 256 }));
try {
  crypto.generateKeyPairSync('rsa', { modulusLength: 256 });
} catch (e) {
  print('sync error shape', Object.getOwnPropertyNames(e).sort(), e instanceof Error);
}
crypto.generateKeyPair('rsa', { modulusLength: 256 }, (err, pub, priv) => {
  print('async error', err.message, Object.getOwnPropertyNames(err).sort(), pub, priv);
});

print(Object.keys(crypto));
print('Cipher', crypto.Cipher, crypto.Decipher, 'Cipher' in crypto);
