'use strict';
// Errors node 22 throws from its C++ crypto layer: a plain Error/TypeError/RangeError whose stack
// header has no [code], an own enumerable `code`, and for OpenSSL errors `opensslErrorStack`,
// `library` and `reason`. Printed: the stack header, own keys, OpenSSL fields and util.inspect
// without the frames.
const crypto = require('crypto');
const util = require('util');

const rsa = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
const ec = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
const ed = crypto.generateKeyPairSync('ed25519');
const cases = {
  hashUnknown: () => crypto.createHash('sha257'),
  hmacUnknown: () => crypto.createHmac('nope', 'k'),
  signUnknown: () => crypto.createSign('nope'),
  verifyUnknown: () => crypto.createVerify('nope'),
  signOneShot: () => crypto.sign('nope', Buffer.alloc(3), rsa.privateKey),
  verifyOneShot: () => crypto.verify('nope', Buffer.alloc(3), rsa.publicKey, Buffer.alloc(3)),
  cipherUnknown: () => crypto.createCipheriv('nope', Buffer.alloc(16), Buffer.alloc(16)),
  cipherKeyLength: () => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(15), Buffer.alloc(16)),
  cipherIvLength: () => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(15)),
  decipherKeyLength: () => crypto.createDecipheriv('aes-256-gcm', Buffer.alloc(16), Buffer.alloc(12)),
  cipherTagLength: () => crypto.createCipheriv('aes-128-gcm', Buffer.alloc(16), Buffer.alloc(12), { authTagLength: 3 }),
  cipherTagRequired: () => crypto.createCipheriv('aes-128-ccm', Buffer.alloc(16), Buffer.alloc(12)),
  setAuthTag: () => crypto.createDecipheriv('aes-128-gcm', Buffer.alloc(16), Buffer.alloc(12)).setAuthTag(Buffer.alloc(3)),
  finalTwice: () => { const c = crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16)); c.final(); c.final(); },
  ccmAAD: () => crypto.createCipheriv('aes-128-ccm', Buffer.alloc(16), Buffer.alloc(12), { authTagLength: 16 }).setAAD(Buffer.alloc(2)),
  pbkdf2Digest: () => crypto.pbkdf2Sync('a', 'b', 1, 16, 'nope'),
  pbkdf2AsyncDigest: () => crypto.pbkdf2('a', 'b', 1, 16, 'nope', () => {}),
  hkdfDigest: () => crypto.hkdfSync('nope', 'k', 's', 'i', 16),
  hkdfAsyncDigest: () => crypto.hkdf('nope', 'k', 's', 'i', 16, () => {}),
  hkdfLength: () => crypto.hkdfSync('sha256', 'k', 's', 'i', 255 * 32 + 1),
  scryptParams: () => crypto.scryptSync('a', 'b', 16, { N: 3 }),
  scryptAsyncParams: () => crypto.scrypt('a', 'b', 16, { N: 3 }, () => {}),
  ecdhCurve: () => crypto.createECDH('bad'),
  ecdhConvertCurve: () => crypto.ECDH.convertKey(Buffer.alloc(3), 'bad'),
  ecdhConvertPoint: () => crypto.ECDH.convertKey(Buffer.alloc(3), 'prime256v1'),
  ecdhConvertEmpty: () => crypto.ECDH.convertKey(Buffer.alloc(0), 'bad'),
  ecdhPrivateKey: () => crypto.createECDH('prime256v1').setPrivateKey(Buffer.alloc(32)),
  ecdhNoPublicKey: () => crypto.createECDH('prime256v1').getPublicKey(),
  dhGroup: () => crypto.getDiffieHellman('bad'),
  dhGroupName: () => crypto.createDiffieHellmanGroup(1),
  dhSecretSmall: () => { const d = crypto.getDiffieHellman('modp1'); d.generateKeys(); d.computeSecret(Buffer.alloc(0)); },
  dhNoPublicKey: () => crypto.createDiffieHellman(crypto.getDiffieHellman('modp1').getPrime()).getPublicKey(),
  dhGenerator: () => crypto.createDiffieHellman(64, 'x'),
  keygenCurve: () => crypto.generateKeyPairSync('ec', { namedCurve: 'bad' }),
  keygenAsyncCurve: () => crypto.generateKeyPair('ec', { namedCurve: 'bad' }, () => {}),
  keygenPssHash: () => crypto.generateKeyPairSync('rsa-pss', { modulusLength: 512, hashAlgorithm: 'nope' }),
  keygenPssMgf1: () => crypto.generateKeyPairSync('rsa-pss', { modulusLength: 512, mgf1HashAlgorithm: 'nope' }),
  oaepHash: () => crypto.publicEncrypt({ key: rsa.publicKey, oaepHash: 'nope' }, Buffer.alloc(3)),
  timingSafeEqualLength: () => crypto.timingSafeEqual(Buffer.alloc(1), Buffer.alloc(2)),
  timingSafeEqualType: () => crypto.timingSafeEqual(Buffer.alloc(1), 'x'),
  jwkEC: () => crypto.createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: 'AA', y: 'AA' }, format: 'jwk' }),
  privateKeyPem: () => crypto.createPrivateKey('-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----'),
  publicKeyJunk: () => crypto.createPublicKey('junk'),
  privateKeyDer: () => crypto.createPrivateKey({ key: Buffer.from('3003020101', 'hex'), format: 'der', type: 'pkcs8' }),
  // XOF digests and Ed25519 keys where node's streams and OpenSSL refuse them
  signStreamXof: () => crypto.createSign('shake128').update('x').sign(ec.privateKey),
  verifyStreamXof: () => crypto.createVerify('shake256').update('x').verify(ec.publicKey, Buffer.alloc(8)),
  signStreamEd25519: () => crypto.createSign('sha256').update('x').sign(ed.privateKey),
  signOneShotEcXof: () => crypto.sign('shake128', Buffer.from('x'), ec.privateKey),
  hmacXof: () => crypto.createHmac('shake128', 'k'),
  pbkdf2Xof: () => crypto.pbkdf2Sync('a', 'b', 1, 4, 'shake128'),
  hkdfXof: () => crypto.hkdfSync('shake128', 'a', 'b', 'c', 4),
  hkdfZero: () => crypto.hkdfSync('sha256', 'a', 'b', 'c', 0),
  chachaTagLength: () => crypto.createDecipheriv('chacha20-poly1305', Buffer.alloc(32), Buffer.alloc(12)).setAuthTag(Buffer.alloc(8)),
  wrapUpdate: () => crypto.createCipheriv('id-aes128-wrap', Buffer.alloc(16), Buffer.alloc(8)).update('hello'),
  rsaExponentZero: () => crypto.generateKeyPairSync('rsa', { modulusLength: 512, publicExponent: 0 }),
  rsaNoQueuedError: () => crypto.privateEncrypt(ec.privateKey, Buffer.from('x')),
  dhZeroPrime: () => crypto.createDiffieHellman(Buffer.alloc(1)).getPrime(),
  dhTinyPrimeKeys: () => crypto.createDiffieHellman(Buffer.from([7])).generateKeys(),
  dhZeroPublicKey: () => { const d = crypto.createDiffieHellman(crypto.getDiffieHellman('modp1').getPrime()); d.setPublicKey(Buffer.from([0])); d.getPublicKey(); },
  emptyPemKey: () => crypto.createPublicKey(Buffer.alloc(0)),
  emptyDerPrivateKey: () => crypto.createPrivateKey({ key: Buffer.alloc(0), format: 'der', type: 'pkcs8' }),
  emptyDerPublicKey: () => crypto.createPublicKey({ key: Buffer.alloc(0), format: 'der', type: 'spki' }),
  badDerPublicKey: () => crypto.createPublicKey({ key: Buffer.from('ffff', 'hex'), format: 'der', type: 'spki' }),
  // node's JS fails destructuring null
  keyNull: () => crypto.createPrivateKey(null),
  keygenOptionsNull: () => crypto.generateKeyPairSync('ec', null),
  // thrown from JS in node too: the header keeps its [code]
  hashFinalized: () => { const h = crypto.createHash('sha256'); h.digest(); h.digest(); },
  cipherArgType: () => crypto.createCipheriv(1),
};
for (const [name, f] of Object.entries(cases)) {
  try {
    f();
    console.log(name, 'no throw');
  } catch (e) {
    console.log(`${name}: ${e.stack.split('\n')[0]}`);
    console.log(`  name=${e.name} code=${e.code} keys=${Object.keys(e).join(',')} ` +
                `ownCode=${Object.getOwnPropertyDescriptor(e, 'code')?.enumerable}`);
    for (const k of ['opensslErrorStack', 'library', 'reason']) {
      if (Object.hasOwn(e, k)) console.log(`  ${k}=${JSON.stringify(e[k])}`);
    }
    console.log(util.inspect(e).split('\n').filter((l) => !/^\s+at /.test(l)).map((l) => `  | ${l}`).join('\n'));
  }
}
