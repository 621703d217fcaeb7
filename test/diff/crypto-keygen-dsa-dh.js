'use strict';
// generateKeyPair(Sync) for 'dsa' (modulusLength, divisorLength) and 'dh' (group, prime,
// primeLength, generator): details, every export format and re-import, DSA signatures in DER and
// IEEE P1363 verified, DH secrets agreeing both ways; option errors. Only deterministic facts
// are printed.
const crypto = require('crypto');
const { print, attempt } = require('./_print');

function roundTrips(label, pub, priv) {
  for (const format of ['pem', 'der']) {
    const spki = pub.export({ type: 'spki', format });
    const pkcs8 = priv.export({ type: 'pkcs8', format });
    const pub2 = crypto.createPublicKey({ key: spki, format, type: 'spki' });
    const priv2 = crypto.createPrivateKey({ key: pkcs8, format, type: 'pkcs8' });
    print(label, format, typeof spki, pub2.equals(pub), priv2.equals(priv),
          pub2.asymmetricKeyType, priv2.asymmetricKeyType,
          crypto.createPublicKey(priv2).equals(pub));
    const enc = priv.export({ type: 'pkcs8', format, cipher: 'aes-128-cbc', passphrase: 'pw' });
    const priv3 = crypto.createPrivateKey({ key: enc, format, type: 'pkcs8', passphrase: 'pw' });
    print(label, format, 'encrypted', priv3.equals(priv));
  }
  attempt(`${label} jwk`, () => pub.export({ format: 'jwk' }));
  attempt(`${label} pkcs1`, () => pub.export({ format: 'pem', type: 'pkcs1' }));
  attempt(`${label} sec1`, () => priv.export({ format: 'pem', type: 'sec1' }));
}

// ---- DSA ----
const dsa = crypto.generateKeyPairSync('dsa', { modulusLength: 1024, divisorLength: 160 });
print('dsa', dsa.publicKey.type, dsa.privateKey.type, dsa.publicKey.asymmetricKeyType,
      dsa.publicKey.asymmetricKeyDetails, dsa.privateKey.asymmetricKeyDetails);
roundTrips('dsa', dsa.publicKey, dsa.privateKey);
const data = Buffer.from('some data to sign');
for (const dsaEncoding of ['der', 'ieee-p1363']) {
  const sig = crypto.sign('sha256', data, { key: dsa.privateKey, dsaEncoding });
  print('dsa sign', dsaEncoding, dsaEncoding === 'der' ? sig[0] : sig.length,
        crypto.verify('sha256', data, { key: dsa.publicKey, dsaEncoding }, sig),
        crypto.verify('sha256', Buffer.from('other'), { key: dsa.publicKey, dsaEncoding }, sig));
  const s = crypto.createSign('sha1').update(data).sign({ key: dsa.privateKey, dsaEncoding });
  print('dsa createSign', dsaEncoding,
        crypto.createVerify('sha1').update(data).verify({ key: dsa.publicKey, dsaEncoding }, s));
}
const dsaDefault = crypto.generateKeyPairSync('dsa', {
  modulusLength: 1024,
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'der' },
});
print('dsa encoded', dsaDefault.publicKey.split('\n')[0], Buffer.isBuffer(dsaDefault.privateKey),
      crypto.createPrivateKey({ key: dsaDefault.privateKey, format: 'der', type: 'pkcs8' })
        .asymmetricKeyDetails);

// ---- DH ----
const a = crypto.generateKeyPairSync('dh', { group: 'modp5' });
const b = crypto.generateKeyPairSync('dh', { group: 'modp5' });
print('dh', a.publicKey.type, a.privateKey.asymmetricKeyType, a.publicKey.asymmetricKeyDetails,
      a.privateKey.asymmetricKeyDetails);
const s1 = crypto.diffieHellman({ privateKey: a.privateKey, publicKey: b.publicKey });
const s2 = crypto.diffieHellman({ privateKey: b.privateKey, publicKey: a.publicKey });
print('dh secret', s1.length, s1.equals(s2));
roundTrips('dh', a.publicKey, a.privateKey);

print('dh public from private', crypto.createPublicKey(a.privateKey).equals(a.publicKey));

const prime = crypto.getDiffieHellman('modp1').getPrime();
const p1 = crypto.generateKeyPairSync('dh', { prime, generator: 2 });
const p2 = crypto.generateKeyPairSync('dh', { prime });
print('dh prime', crypto.diffieHellman({ privateKey: p1.privateKey, publicKey: p2.publicKey })
  .equals(crypto.diffieHellman({ privateKey: p2.privateKey, publicKey: p1.publicKey })));
const g1 = crypto.generateKeyPairSync('dh', { primeLength: 512, generator: 2 });
print('dh primeLength', g1.publicKey.asymmetricKeyType,
      crypto.diffieHellman({ privateKey: g1.privateKey, publicKey: g1.publicKey }).length <= 64);
attempt('dh mixed', () => crypto.diffieHellman({ privateKey: a.privateKey, publicKey: p1.publicKey }));
attempt('dh vs ec', () => crypto.diffieHellman({
  privateKey: a.privateKey,
  publicKey: crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey,
}));

// ---- option errors ----
attempt('dsa no options', () => crypto.generateKeyPairSync('dsa'));
attempt('dsa modulus', () => crypto.generateKeyPairSync('dsa', { modulusLength: -1 }));
attempt('dsa divisor', () => crypto.generateKeyPairSync('dsa', { modulusLength: 1024, divisorLength: -1 }));
attempt('dsa divisor type', () => crypto.generateKeyPairSync('dsa', { modulusLength: 1024, divisorLength: '1' }));
attempt('dh none', () => crypto.generateKeyPairSync('dh', {}));
attempt('dh group+prime', () => crypto.generateKeyPairSync('dh', { group: 'modp5', prime }));
attempt('dh group+primeLength', () => crypto.generateKeyPairSync('dh', { group: 'modp5', primeLength: 512 }));
attempt('dh group+generator', () => crypto.generateKeyPairSync('dh', { group: 'modp5', generator: 2 }));
attempt('dh prime+primeLength', () => crypto.generateKeyPairSync('dh', { prime, primeLength: 512 }));
attempt('dh prime type', () => crypto.generateKeyPairSync('dh', { prime: 'abc' }));
attempt('dh group type', () => crypto.generateKeyPairSync('dh', { group: 5 }));
attempt('dh unknown group', () => crypto.generateKeyPairSync('dh', { group: 'modp3' }));
attempt('dh generator', () => crypto.generateKeyPairSync('dh', { primeLength: 512, generator: -1 }));
attempt('dh primeLength', () => crypto.generateKeyPairSync('dh', { primeLength: 'x' }));
attempt('dh async unknown group', () => crypto.generateKeyPair('dh', { group: 'nope' }, () => {}));

// ---- async ----
crypto.generateKeyPair('dsa', { modulusLength: 1024 }, (err, pub, priv) => {
  print('async dsa', err, pub.asymmetricKeyDetails, priv.type);
  const sig = crypto.sign(null, data, priv);
  print('async dsa verify', crypto.verify(null, data, pub, sig));
  crypto.generateKeyPair('dh', { group: 'modp14', publicKeyEncoding: { type: 'spki', format: 'pem' } },
                         (err2, pub2, priv2) => {
                           print('async dh', err2, pub2.split('\n')[0], priv2.asymmetricKeyType);
                         });
});
print('sync end');
