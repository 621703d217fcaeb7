'use strict';
// crypto.Certificate (SPKAC: verifySpkac, exportChallenge, exportPublicKey, the legacy
// constructor), secureHeapUsed(), getFips()/crypto.fips, crypto.webcrypto and crypto.subtle
// identity with globalThis.crypto, KeyObject.from(CryptoKey) and KeyObject#toCryptoKey().
const crypto = require('crypto');
const { print, attempt } = require('./_print');

// `openssl spkac -key <1024-bit RSA key> -challenge this-is-a-challenge`
const spkac = 'MIIBTTCBtzCBnzANBgkqhkiG9w0BAQEFAAOBjQAwgYkCgYEA8CfO43RsEpt5ro2ueuAwYrgYk0pxkEaOi6i6lCWGlnvKSq' +
  'Niykshe6iHmGWX8tRsdLelirc4IHa3o3Btz1lZUSys9TPFVs6RurA6177NhduI42MuaX9UXI5DTeIdTznmWkwJ4G93LJ+qSJZJtJ' +
  'SPMcAbvp00YuIPiaH441hNe8kCAwEAARYTdGhpcy1pcy1hLWNoYWxsZW5nZTANBgkqhkiG9w0BAQQFAAOBgQDHh/EqxQPXFZSnRe' +
  'lS0JIFKBweB6nYcBS8ako8VsInReg8mLlKea8BnAxxqlOEfQJ3qoXu/Tgvk2Szavduph2JwBQsHfUuZ8+S7+YzLNfPWtHB3h4K1W' +
  'LPaI1OyBTUvYvnjMhL3R8yC4yJpd90R/wZR5+ReR6VCbuU6KcmPurBKw==';
const { Certificate } = crypto;
print('verify', Certificate.verifySpkac(Buffer.from(spkac)), Certificate.verifySpkac(spkac),
      Certificate.verifySpkac(`${spkac}\n`));
const tampered = spkac.slice(0, 40) + (spkac[40] === 'A' ? 'B' : 'A') + spkac.slice(41);
print('verify tampered', Certificate.verifySpkac(tampered));
print('challenge', Certificate.exportChallenge(spkac), Certificate.exportChallenge(spkac).toString());
const pem = Certificate.exportPublicKey(spkac);
print('public key', Buffer.isBuffer(pem), pem.toString());
print('public key usable', crypto.createPublicKey(pem).asymmetricKeyDetails);
print('hex encoding', Certificate.exportChallenge(Buffer.from(spkac).toString('hex'), 'hex').toString());
print('garbage', JSON.stringify(Certificate.exportChallenge('garbage')),
      JSON.stringify(Certificate.exportPublicKey('garbage')), Certificate.verifySpkac(Buffer.from('garbage')),
      JSON.stringify(Certificate.exportChallenge('')), Certificate.verifySpkac(''));
attempt('number', () => Certificate.verifySpkac(1));
attempt('object', () => Certificate.exportChallenge({}));
attempt('null', () => Certificate.exportPublicKey(null));
const legacy = Certificate();
const legacy2 = new Certificate();
print('legacy', legacy instanceof Certificate, legacy2 instanceof Certificate, legacy.verifySpkac(spkac),
      legacy2.exportChallenge(spkac).toString(), Object.keys(Certificate), Object.keys(Certificate.prototype));

print('secureHeapUsed', crypto.secureHeapUsed());
print('fips', crypto.getFips(), crypto.fips);
attempt('setFips(false)', () => crypto.setFips(false));
print('webcrypto identity', crypto.webcrypto === globalThis.crypto, crypto.subtle === globalThis.crypto.subtle,
      crypto.webcrypto.subtle === crypto.subtle, crypto.getRandomValues === crypto.getRandomValues);
print('descriptors', Object.getOwnPropertyDescriptor(crypto, 'webcrypto').enumerable,
      typeof Object.getOwnPropertyDescriptor(crypto, 'subtle').get);

(async () => {
  const ck = await crypto.subtle.importKey('raw', Buffer.alloc(16, 7), 'AES-GCM', true, ['encrypt']);
  const ko = crypto.KeyObject.from(ck);
  print('from', ko.type, ko.symmetricKeySize, crypto.KeyObject.from(ck) === ko, ko.export().toString('hex'));
  attempt('from object', () => crypto.KeyObject.from({}));
  const c2 = ko.toCryptoKey('AES-CBC', false, ['decrypt']);
  print('toCryptoKey secret', c2, c2.algorithm, c2 instanceof CryptoKey);
  const ed = crypto.generateKeyPairSync('ed25519');
  const c3 = ed.privateKey.toCryptoKey('Ed25519', true, ['sign']);
  const c4 = ed.publicKey.toCryptoKey({ name: 'Ed25519' }, true, ['verify']);
  const sig = await crypto.subtle.sign('Ed25519', c3, Buffer.from('m'));
  print('toCryptoKey pair', c3.type, c4.type, await crypto.subtle.verify('Ed25519', c4, sig, Buffer.from('m')),
        crypto.KeyObject.from(c4).equals(ed.publicKey));
  attempt('toCryptoKey usage', () => ed.publicKey.toCryptoKey('Ed25519', true, ['sign']));
})();
