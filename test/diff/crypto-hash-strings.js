'use strict';
// Hashing strings: ASCII, Latin-1, BMP, astral and lone-surrogate characters, short and long, as
// utf8 (the default) and latin1 input, with hex/latin1/base64/buffer output.
const crypto = require('crypto');

const strings = ['', 'hello', 'héllo wörld', 'a\u20acb', '\ud800x', 'x\udc00', '\u{1f600}',
                 'x'.repeat(300) + 'é', 'é'.repeat(1000), 'ÿ'.repeat(255) + 'a', 'abc'.repeat(5000),
                 'z'.repeat(255) + '\u0100'];
for (const s of strings) {
  console.log(s.length,
              crypto.hash('sha1', s),
              crypto.hash('md5', s, 'base64'),
              crypto.hash('sha256', s, 'buffer').toString('hex'),
              crypto.createHash('md5').update(s).digest('hex'),
              crypto.createHash('sha1').update(s, 'latin1').digest('base64'),
              crypto.createHash('sha1').update(s, 'binary').digest('latin1').length,
              crypto.createHmac('sha256', 'k').update(s).digest('hex'),
              crypto.createHmac('sha256', 'k').update(s, 'latin1').digest('binary').length);
}
for (const name of ['sha256', 'SHA256', 'sha-256', 'RSA-SHA256', 'shá256', 'sha\u0100']) {
  try {
    console.log(name, crypto.hash(name, 'x'));
  } catch (e) {
    console.log(name, e.message);
  }
  try {
    console.log(name, crypto.createHash(name).update('x').digest('hex'));
  } catch (e) {
    console.log(name, e.message);
  }
}
