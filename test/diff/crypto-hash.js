'use strict';
// createHash over every digest in getHashes(), NIST/FIPS 180 vectors, shake with outputLength,
// copy(), every digest encoding, crypto.hash one-shot, Hash as a stream.
const crypto = require('crypto');
const { print, attempt } = require('./_print');

const inputs = ['', 'abc', 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
  'a'.repeat(1000), '\u00e9\u4e2d\ud83d\ude00'];
for (const alg of crypto.getHashes()) {
  const out = inputs.map((s) => crypto.createHash(alg).update(s).digest('hex'));
  print(alg, out.join(' '));
}
// FIPS 180-2 million a's
const h = crypto.createHash('sha256');
for (let i = 0; i < 1000; i++) h.update('a'.repeat(1000));
print('million-a', h.digest('hex'));

for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'binary', 'buffer', undefined, 'ucs2', 'utf8', 'ascii', 'bogus']) {
  const d = crypto.createHash('sha1').update('abc').digest(enc);
  print('enc', enc, typeof d, Buffer.isBuffer(d), Buffer.from(typeof d === 'string' ? d : d).toString('hex'));
}
for (const enc of ['utf8', 'latin1', 'hex', 'base64', 'ucs2', 'ascii', 'buffer', 'base64url']) {
  print('inenc', enc, crypto.createHash('md5').update('aGVsbG8\u00ff', enc).digest('hex'));
}
print('typed', crypto.createHash('sha1').update(new Uint16Array([1, 2, 3])).digest('hex'),
  crypto.createHash('sha1').update(new DataView(new ArrayBuffer(5))).digest('hex'));

// shake
for (const n of [0, 1, 16, 32, 100]) {
  print('shake128', n, crypto.createHash('shake128', { outputLength: n }).update('abc').digest('hex'));
  print('shake256', n, crypto.createHash('shake256', { outputLength: n }).update('abc').digest('hex'));
}
print('sha256 len32', crypto.createHash('sha256', { outputLength: 32 }).update('x').digest('hex'));

// copy
const base = crypto.createHash('sha512').update('one');
const c1 = base.copy().update('two');
const c2 = base.copy({ outputLength: 64 });
print('copy', base.digest('hex'), c1.digest('hex'), c2.digest('hex'));
const sh = crypto.createHash('shake256', { outputLength: 8 }).update('x');
print('shake copy', sh.copy().digest('hex'), sh.copy({ outputLength: 4 }).digest('hex'));

// one-shot
for (const alg of ['sha1', 'sha256', 'md5', 'sha3-512', 'shake128', 'shake256', 'SHA256', 'RSA-SHA256']) {
  print('hash', alg, crypto.hash(alg, 'hello'), crypto.hash(alg, Buffer.from('hello'), 'base64'));
}
print('hash buffer', crypto.hash('sha1', 'x', 'buffer'));

// errors
attempt('unknown', () => crypto.createHash('nope'));
attempt('bad alg type', () => crypto.createHash(1));
attempt('not xof', () => crypto.createHash('sha256', { outputLength: 5 }));
attempt('neg len', () => crypto.createHash('shake128', { outputLength: -1 }));
attempt('frac len', () => crypto.createHash('shake128', { outputLength: 1.5 }));
attempt('bad data', () => crypto.createHash('sha1').update(1));
attempt('bad data obj', () => crypto.createHash('sha1').update({}));
attempt('odd hex', () => crypto.createHash('sha1').update('abc', 'hex'));
attempt('twice', () => { const x = crypto.createHash('sha1'); x.digest(); x.digest(); });
attempt('update after', () => { const x = crypto.createHash('sha1'); x.digest(); x.update('a'); });
attempt('copy after', () => { const x = crypto.createHash('sha1'); x.digest(); x.copy(); });
attempt('hash unknown', () => crypto.hash('nope', 'x'));
attempt('hash bad input', () => crypto.hash('sha1', 1));
attempt('hash bad enc', () => crypto.hash('sha1', 'x', 1));
attempt('hash bad enc2', () => crypto.hash('sha1', 'x', 'bogus'));

// streams
const s = crypto.createHash('sha256');
s.setEncoding('hex');
s.on('data', (d) => print('stream data', d));
s.on('end', () => print('stream end'));
s.write('hello ');
s.end(Buffer.from('world'));
print('instanceof', s instanceof require('stream').Transform, s instanceof crypto.Hash);
