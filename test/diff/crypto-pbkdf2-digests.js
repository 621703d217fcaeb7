'use strict';
// pbkdf2Sync over every SHA-1/SHA-2 digest (and a few others) with passwords shorter and longer
// than the HMAC block, empty and long salts, one or many iterations, and keys of several blocks.
const crypto = require('crypto');

let x = 12345;
const rnd = (n) => { x = (x * 1103515245 + 12345) & 0x7fffffff; return x % n; };
const bytes = (n) => Buffer.from(Array.from({ length: n }, () => rnd(256)));

for (const digest of ['sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'SHA256', 'RSA-SHA1',
                      'md5', 'sha512-256', 'sha3-256']) {
  for (const passLen of [0, 1, 63, 64, 65, 127, 128, 129, 300]) {
    const salt = bytes(rnd(3) === 0 ? 0 : rnd(200));
    const iterations = 1 + rnd(40);
    const keylen = 1 + rnd(200);
    const key = crypto.pbkdf2Sync(bytes(passLen), salt, iterations, keylen, digest);
    console.log(digest, passLen, salt.length, iterations, keylen, key.toString('hex'));
  }
}
console.log(crypto.pbkdf2Sync('password', 'salt', 4096, 20, 'sha1').toString('hex'));
console.log(crypto.pbkdf2Sync('passwordPASSWORDpassword', 'saltSALTsaltSALTsaltSALTsaltSALTsalt',
                              4096, 25, 'sha1').toString('hex'));
crypto.pbkdf2('pass\0word', 'sa\0lt', 4096, 64, 'sha512', (err, key) => {
  console.log('async', err, key.toString('hex'));
});
