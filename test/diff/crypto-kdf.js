'use strict';
// pbkdf2 (RFC 6070), scrypt (RFC 7914), hkdf (RFC 5869): sync and async forms, option handling
// and Node's errors.
const crypto = require('crypto');
const { print, attempt } = require('./_print');

const rfc6070 = [
  ['password', 'salt', 1, 20], ['password', 'salt', 2, 20], ['password', 'salt', 4096, 20],
  ['passwordPASSWORDpassword', 'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25],
  ['pass\0word', 'sa\0lt', 4096, 16],
];
for (const [p, s, i, l] of rfc6070) {
  print('pbkdf2', crypto.pbkdf2Sync(p, s, i, l, 'sha1').toString('hex'));
}
for (const d of ['sha256', 'sha512', 'md5', 'sha3-256', 'SHA256']) {
  print('pbkdf2', d, crypto.pbkdf2Sync('pw', Buffer.from('salt'), 3, 40, d).toString('hex'));
}
attempt('pbkdf2 zero', () => crypto.pbkdf2Sync('a', 'b', 1, 0, 'sha1'));
attempt('scrypt zero', () => crypto.scryptSync('a', 'b', 0));
attempt('pbkdf2 digest', () => crypto.pbkdf2Sync('a', 'b', 1, 10, 'nope'));
attempt('pbkdf2 no digest', () => crypto.pbkdf2Sync('a', 'b', 1, 10));
attempt('pbkdf2 iter', () => crypto.pbkdf2Sync('a', 'b', 0, 10, 'sha1'));
attempt('pbkdf2 keylen', () => crypto.pbkdf2Sync('a', 'b', 1, -1, 'sha1'));
attempt('pbkdf2 keylen type', () => crypto.pbkdf2Sync('a', 'b', 1, '1', 'sha1'));
attempt('pbkdf2 pass', () => crypto.pbkdf2Sync(1, 'b', 1, 1, 'sha1'));
attempt('pbkdf2 cb', () => crypto.pbkdf2('a', 'b', 1, 1, 'sha1'));
attempt('pbkdf2 async digest', () => crypto.pbkdf2('a', 'b', 1, 1, 'nope', () => {}));

// RFC 7914 section 12 (the 1 GiB vector is left out)
print('scrypt', crypto.scryptSync('', '', 64, { N: 16, r: 1, p: 1 }).toString('hex'));
print('scrypt', crypto.scryptSync('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 }).toString('hex'));
print('scrypt', crypto.scryptSync('pleaseletmein', 'SodiumChloride', 64, { N: 16384, r: 8, p: 1 }).toString('hex'));
print('scrypt default', crypto.scryptSync('pw', 'salt', 32).toString('hex'));
print('scrypt aliases', crypto.scryptSync('pw', 'salt', 16, { cost: 32, blockSize: 2, parallelization: 3 }).toString('hex'));
print('scrypt zeros', crypto.scryptSync('pw', 'salt', 16, { N: 0, r: 0, p: 0, maxmem: 0 }).toString('hex'));
attempt('scrypt N', () => crypto.scryptSync('a', 'b', 64, { N: 3 }));
attempt('scrypt mem', () => crypto.scryptSync('a', 'b', 64, { N: 2 ** 20 }));
attempt('scrypt pair', () => crypto.scryptSync('a', 'b', 64, { N: 16, cost: 16 }));
attempt('scrypt r', () => crypto.scryptSync('a', 'b', 64, { r: -1 }));
attempt('scrypt maxmem', () => crypto.scryptSync('a', 'b', 64, { maxmem: -1 }));
attempt('scrypt keylen', () => crypto.scryptSync('a', 'b', 1.5));
attempt('scrypt cb', () => crypto.scrypt('a', 'b', 16, {}));

// RFC 5869 A.1-A.3
const hk = [
  ['sha256', '0b'.repeat(22), '000102030405060708090a0b0c', 'f0f1f2f3f4f5f6f7f8f9', 42],
  ['sha256', Buffer.from(Array.from({ length: 80 }, (_, i) => i)).toString('hex'),
    Buffer.from(Array.from({ length: 80 }, (_, i) => 0x60 + i)).toString('hex'),
    Buffer.from(Array.from({ length: 80 }, (_, i) => 0xb0 + i)).toString('hex'), 82],
  ['sha256', '0b'.repeat(22), '', '', 42],
  ['sha1', '0b'.repeat(11), '000102030405060708090a0b0c', 'f0f1f2f3f4f5f6f7f8f9', 42],
  ['sha1', '0c'.repeat(22), '', '', 42],
];
for (const [d, k, s, i, l] of hk) {
  const r = crypto.hkdfSync(d, Buffer.from(k, 'hex'), Buffer.from(s, 'hex'), Buffer.from(i, 'hex'), l);
  print('hkdf', r instanceof ArrayBuffer, Buffer.from(r).toString('hex'));
}
print('hkdf empty key', Buffer.from(crypto.hkdfSync('sha256', '', 'salt', 'info', 16)).toString('hex'));
print('hkdf keyobject', Buffer.from(crypto.hkdfSync('sha512', crypto.createSecretKey(Buffer.from('k')), 's', 'i', 16)).toString('hex'));
attempt('hkdf zero', () => crypto.hkdfSync('sha256', 'k', 's', 'i', 0).byteLength);
attempt('hkdf digest', () => crypto.hkdfSync('nope', 'k', 's', 'i', 10));
attempt('hkdf length', () => crypto.hkdfSync('sha256', 'k', 's', 'i', 255 * 32 + 1));
attempt('hkdf info', () => crypto.hkdfSync('sha256', 'k', 's', Buffer.alloc(1025), 10));
attempt('hkdf key', () => crypto.hkdfSync('sha256', 1, 's', 'i', 10));
attempt('hkdf salt', () => crypto.hkdfSync('sha256', 'k', 1, 'i', 10));

// async forms, in completion order of a single queue
crypto.pbkdf2('password', 'salt', 1, 20, 'sha1', (err, key) => {
  print('pbkdf2 async', err, key.toString('hex'));
  crypto.scrypt('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 }, (err, key) => {
    print('scrypt async', err, key.toString('hex'));
    crypto.hkdf('sha256', 'key', 'salt', 'info', 16, (err, bits) => {
      print('hkdf async', err, bits instanceof ArrayBuffer, Buffer.from(bits).toString('hex'));
    });
  });
});
