'use strict';
// KeyObject from the fixed PEMs in test/fixtures/keys: every export format, JWK round trips,
// details, equals; deterministic signatures (RSA PKCS#1 v1.5, Ed25519, Ed448) printed in hex,
// ECDSA/PSS verified both ways; RSA OAEP/PKCS#1 round trips; X25519/ECDH shared secrets.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { print, attempt } = require('./_print');

const dir = path.join(__dirname, '..', 'fixtures', 'keys');
const read = (f) => fs.readFileSync(path.join(dir, f), 'utf8');

const names = ['rsa', 'ec_p256', 'ed25519', 'x25519'];
const keys = {};
for (const n of names) {
  keys[n] = {
    priv: crypto.createPrivateKey(read(`${n}_private.pem`)),
    pub: crypto.createPublicKey(read(`${n}_public.pem`)),
  };
}
keys.ec_p384 = { priv: crypto.createPrivateKey(read('ec_p384_private.pem')) };
keys.ec_p384.pub = crypto.createPublicKey(keys.ec_p384.priv);
keys.ed448 = { priv: crypto.createPrivateKey(read('ed448_private.pem')) };
keys.ed448.pub = crypto.createPublicKey(keys.ed448.priv);

const show = (v) => (typeof v === 'string' ? v : Buffer.isBuffer(v) ? v.toString('base64') : JSON.stringify(v));
for (const [n, { priv, pub }] of Object.entries(keys)) {
  print(n, priv.type, pub.type, priv.asymmetricKeyType, pub.asymmetricKeyType,
        priv.asymmetricKeyDetails, pub.asymmetricKeyDetails, priv.symmetricKeySize);
  print(n, 'equals', priv.equals(priv), pub.equals(crypto.createPublicKey(priv)), pub.equals(priv));
  print(n, 'spki pem', show(pub.export({ type: 'spki', format: 'pem' })));
  print(n, 'spki der', show(pub.export({ type: 'spki', format: 'der' })));
  print(n, 'pkcs8 pem', show(priv.export({ type: 'pkcs8', format: 'pem' })));
  print(n, 'pkcs8 der', show(priv.export({ type: 'pkcs8', format: 'der' })));
  attempt(n + ' jwk pub', () => show(pub.export({ format: 'jwk' })));
  attempt(n + ' jwk priv', () => show(priv.export({ format: 'jwk' })));
  if (n === 'rsa') {
    print(n, 'pkcs1 pub', show(pub.export({ type: 'pkcs1', format: 'pem' })));
    print(n, 'pkcs1 pub der', show(pub.export({ type: 'pkcs1', format: 'der' })));
    print(n, 'pkcs1 priv', show(priv.export({ type: 'pkcs1', format: 'pem' })));
    print(n, 'pkcs1 priv der', show(priv.export({ type: 'pkcs1', format: 'der' })));
  }
  if (n.startsWith('ec')) {
    print(n, 'sec1', show(priv.export({ type: 'sec1', format: 'pem' })));
    print(n, 'sec1 der', show(priv.export({ type: 'sec1', format: 'der' })));
  }
  // Round trips through every format.
  const der = priv.export({ type: 'pkcs8', format: 'der' });
  print(n, 'der in', crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }).equals(priv));
  const spki = pub.export({ type: 'spki', format: 'der' });
  print(n, 'spki in', crypto.createPublicKey({ key: spki, format: 'der', type: 'spki' }).equals(pub));
  try {
    const jwk = priv.export({ format: 'jwk' });
    print(n, 'jwk in', crypto.createPrivateKey({ key: jwk, format: 'jwk' }).equals(priv),
          crypto.createPublicKey({ key: jwk, format: 'jwk' }).equals(pub));
  } catch (e) {
    print(n, 'jwk in', e.code);
  }
}
print('rsa pkcs1 der in', crypto.createPrivateKey({
  key: keys.rsa.priv.export({ type: 'pkcs1', format: 'der' }), format: 'der', type: 'pkcs1' }).equals(keys.rsa.priv));
print('rsa pkcs1 pub der in', crypto.createPublicKey({
  key: keys.rsa.pub.export({ type: 'pkcs1', format: 'der' }), format: 'der', type: 'pkcs1' }).equals(keys.rsa.pub));
print('ec sec1 der in', crypto.createPrivateKey({
  key: keys.ec_p256.priv.export({ type: 'sec1', format: 'der' }), format: 'der', type: 'sec1' }).equals(keys.ec_p256.priv));
print('encrypted', crypto.createPrivateKey({ key: read('rsa_private_encrypted.pem'), passphrase: 'password' }).equals(keys.rsa.priv));
print('from cert', crypto.createPublicKey(read('rsa_cert.pem')).equals(keys.rsa.pub));
print('pub from priv pem', crypto.createPublicKey(read('rsa_private.pem')).type);
const encPem = keys.ec_p256.priv.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-128-cbc', passphrase: 'x' });
print('enc export', encPem.split('\n')[0], crypto.createPrivateKey({ key: encPem, passphrase: Buffer.from('x') }).equals(keys.ec_p256.priv));

// Signatures
const msg = Buffer.from('The quick brown fox jumps over the lazy dog');
for (const d of ['sha1', 'sha256', 'sha384', 'sha512', 'RSA-SHA256', 'sha3-256']) {
  const s = crypto.sign(d, msg, keys.rsa.priv);
  print('rsa sign', d, s.toString('hex'), crypto.verify(d, msg, keys.rsa.pub, s));
  const st = crypto.createSign(d).update(msg).sign(keys.rsa.priv, 'base64');
  print('rsa Sign', d, st === s.toString('base64'), crypto.createVerify(d).update(msg).verify(keys.rsa.pub, st, 'base64'));
}
print('rsa default digest', crypto.sign(null, msg, keys.rsa.priv).toString('hex').slice(0, 32));
for (const saltLength of [undefined, 0, 32, crypto.constants.RSA_PSS_SALTLEN_DIGEST]) {
  const opts = { key: keys.rsa.priv, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength };
  const s = crypto.sign('sha256', msg, opts);
  print('pss', saltLength, s.length, crypto.verify('sha256', msg, { key: keys.rsa.pub, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength }, s),
        crypto.verify('sha256', msg, keys.rsa.pub, s));
}
for (const n of ['ed25519', 'ed448']) {
  const s = crypto.sign(null, msg, keys[n].priv);
  print(n, 'sign', s.toString('hex'), crypto.verify(null, msg, keys[n].pub, s), crypto.verify(undefined, Buffer.from('x'), keys[n].pub, s));
}
for (const n of ['ec_p256', 'ec_p384']) {
  for (const dsaEncoding of ['der', 'ieee-p1363']) {
    const s = crypto.sign('sha256', msg, { key: keys[n].priv, dsaEncoding });
    print(n, dsaEncoding, dsaEncoding === 'der' ? s[0] : s.length,
          crypto.verify('sha256', msg, { key: keys[n].pub, dsaEncoding }, s),
          crypto.verify('sha256', Buffer.from('x'), { key: keys[n].pub, dsaEncoding }, s));
  }
}
// A signature made by node once (ECDSA P-256, sha256, DER).
print('sign with pem string', crypto.verify('sha256', msg, read('rsa_public.pem'), crypto.sign('sha256', msg, read('rsa_private.pem'))));

// RSA encryption
for (const padding of [undefined, crypto.constants.RSA_PKCS1_OAEP_PADDING]) {
  for (const oaepHash of [undefined, 'sha256']) {
    const ct = crypto.publicEncrypt({ key: keys.rsa.pub, padding, oaepHash }, Buffer.from('hello'));
    print('oaep', oaepHash, ct.length, crypto.privateDecrypt({ key: keys.rsa.priv, padding, oaepHash }, ct).toString());
  }
}
{
  const ct = crypto.publicEncrypt({ key: keys.rsa.pub, oaepHash: 'sha256', oaepLabel: Buffer.from('label') }, Buffer.from('labelled'));
  print('oaep label', crypto.privateDecrypt({ key: keys.rsa.priv, oaepHash: 'sha256', oaepLabel: Buffer.from('label') }, ct).toString());
  attempt('oaep wrong label', () => crypto.privateDecrypt({ key: keys.rsa.priv, oaepHash: 'sha256' }, ct));
}
{
  const ct = crypto.privateEncrypt(keys.rsa.priv, Buffer.from('signed-ish'));
  print('privateEncrypt', ct.toString('hex').slice(0, 64), crypto.publicDecrypt(keys.rsa.pub, ct).toString());
  print('privateEncrypt pem', crypto.publicDecrypt(read('rsa_public.pem'), crypto.privateEncrypt(read('rsa_private.pem'), Buffer.from('x'))).toString());
}

// Key agreement
print('x25519', crypto.diffieHellman({ privateKey: keys.x25519.priv, publicKey: keys.x25519.pub }).toString('hex'));
const ecdh = crypto.createECDH('prime256v1');
ecdh.setPrivateKey(Buffer.from('c9afa9d845ba75166b5c215767b1d6934e50c3db36e89b127b8a622b120f6721', 'hex'));
for (const f of ['uncompressed', 'compressed', 'hybrid']) print('ecdh pub', f, ecdh.getPublicKey('hex', f));
print('ecdh priv', ecdh.getPrivateKey('hex'));
const peer = crypto.createECDH('prime256v1');
peer.setPrivateKey(Buffer.from('0f56db78ca460b055c500064824bed999a25aaf48ebb519ac201537b85479813', 'hex'));
print('ecdh secret', ecdh.computeSecret(peer.getPublicKey()).toString('hex'), peer.computeSecret(ecdh.getPublicKey('hex', 'compressed'), 'hex', 'base64'));
print('convertKey', crypto.ECDH.convertKey(ecdh.getPublicKey(), 'prime256v1', undefined, 'hex', 'compressed'));
print('ecdh keyobject', crypto.diffieHellman({
  privateKey: crypto.createPrivateKey({ key: { kty: 'EC', crv: 'P-256', d: ecdh.getPrivateKey().toString('base64url'),
    x: ecdh.getPublicKey().subarray(1, 33).toString('base64url'), y: ecdh.getPublicKey().subarray(33).toString('base64url') }, format: 'jwk' }),
  publicKey: crypto.createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: peer.getPublicKey().subarray(1, 33).toString('base64url'),
    y: peer.getPublicKey().subarray(33).toString('base64url') }, format: 'jwk' }),
}).toString('hex'));

// Secret keys
const sk = crypto.createSecretKey(Buffer.from('0123456789abcdef'));
print('secret', sk.type, sk.symmetricKeySize, sk.export().toString(), JSON.stringify(sk.export({ format: 'jwk' })),
      sk.equals(crypto.createSecretKey('0123456789abcdef', 'utf8')), sk.equals(crypto.createSecretKey(Buffer.from('x'))));
print('secret from jwk', crypto.createSecretKey(Buffer.from('k')).asymmetricKeyType);
print('generateKeySync', crypto.generateKeySync('aes', { length: 256 }).symmetricKeySize, crypto.generateKeySync('hmac', { length: 64 }).symmetricKeySize);

// Errors
attempt('garbage private', () => crypto.createPrivateKey('garbage'));
attempt('garbage public', () => crypto.createPublicKey('garbage'));
attempt('no passphrase', () => crypto.createPrivateKey(read('rsa_private_encrypted.pem')));
attempt('private from public', () => crypto.createPrivateKey(keys.rsa.pub));
attempt('sign with public', () => crypto.sign('sha256', msg, keys.rsa.pub));
attempt('sign bad digest', () => crypto.sign('nope', msg, keys.rsa.priv));
attempt('createSign bad', () => crypto.createSign('nope'));
attempt('der no type', () => crypto.createPrivateKey({ key: Buffer.alloc(3), format: 'der' }));
attempt('export no options', () => keys.rsa.priv.export());
attempt('export no type', () => keys.rsa.priv.export({ format: 'pem' }));
attempt('export pub pkcs8', () => keys.rsa.pub.export({ format: 'pem', type: 'pkcs8' }));
attempt('export sec1 rsa', () => keys.rsa.priv.export({ format: 'pem', type: 'sec1' }));
attempt('export pkcs1 ec', () => keys.ec_p256.pub.export({ format: 'pem', type: 'pkcs1' }));
attempt('ecdh curve', () => crypto.createECDH('nope'));
attempt('ecdh bad pub', () => { const e = crypto.createECDH('prime256v1'); e.generateKeys(); e.computeSecret(Buffer.alloc(65)); });
attempt('ecdh no key', () => crypto.createECDH('prime256v1').getPrivateKey());
attempt('ecdh no pub', () => crypto.createECDH('prime256v1').getPublicKey());
attempt('ecdh format', () => { const e = crypto.createECDH('prime256v1'); e.generateKeys(); e.getPublicKey('hex', 'bogus'); });
attempt('dh mismatch', () => crypto.diffieHellman({ privateKey: keys.rsa.priv, publicKey: keys.ed25519.pub }));
attempt('dh public as private', () => crypto.diffieHellman({ privateKey: keys.x25519.pub, publicKey: keys.x25519.pub }));
attempt('keygen type', () => crypto.generateKeyPairSync('nope'));
attempt('keygen curve', () => crypto.generateKeyPairSync('ec', { namedCurve: 'nope' }));
attempt('keygen modulus', () => crypto.generateKeyPairSync('rsa', {}));
attempt('generateKey aes', () => crypto.generateKeySync('aes', { length: 100 }));
attempt('jwk bad', () => crypto.createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: 'AA', y: 'AA' }, format: 'jwk' }));
attempt('secret type', () => crypto.createSecretKey(1));
attempt('key type', () => crypto.createPublicKey(1));
