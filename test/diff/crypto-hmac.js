'use strict';
// createHmac: RFC 4231 and RFC 2202 vectors, key types, encodings, streams, errors.
const crypto = require('crypto');
const { print, attempt } = require('./_print');

const rfc4231 = [
  ['0b'.repeat(20), '4869205468657265'],
  ['4a656665', '7768617420646f2079612077616e7420666f72206e6f7468696e673f'],
  ['aa'.repeat(20), 'dd'.repeat(50)],
  ['0102030405060708090a0b0c0d0e0f10111213141516171819', 'cd'.repeat(50)],
  ['0c'.repeat(20), '546573742057697468205472756e636174696f6e'],
  ['aa'.repeat(131), '54657374205573696e67204c6172676572205468616e20426c6f636b2d53697a65204b6579202d2048617368204b6579204669727374'],
  ['aa'.repeat(131), '5468697320697320612074657374207573696e672061206c6172676572207468616e20626c6f636b2d73697a65206b657920616e642061206c6172676572207468616e20626c6f636b2d73697a6520646174612e20546865206b6579206e6565647320746f20626520686173686564206265666f7265206265696e6720757365642062792074686520484d414320616c676f726974686d2e'],
];
for (const [k, d] of rfc4231) {
  for (const alg of ['sha224', 'sha256', 'sha384', 'sha512', 'sha1', 'md5', 'sha3-256', 'ripemd160']) {
    print(alg, crypto.createHmac(alg, Buffer.from(k, 'hex')).update(Buffer.from(d, 'hex')).digest('hex'));
  }
}
print('empty key', crypto.createHmac('sha256', '').update('x').digest('hex'));
print('string key', crypto.createHmac('sha256', 'key').update('The quick brown fox jumps over the lazy dog').digest('base64'));
print('key encoding', crypto.createHmac('sha1', '6b6579', { encoding: 'hex' }).update('x').digest('hex'));
print('ab key', crypto.createHmac('sha1', new ArrayBuffer(3)).update('x').digest('hex'));
print('keyobject', crypto.createHmac('sha1', crypto.createSecretKey(Buffer.from('key'))).update('x').digest('hex'));
const h = crypto.createHmac('sha256', 'k');
print('digest twice', h.digest('hex'), JSON.stringify(h.digest('hex')), h.digest());
attempt('update after', () => h.update('x'));
attempt('bad digest', () => crypto.createHmac('nope', 'k'));
attempt('bad key', () => crypto.createHmac('sha1', 1));
attempt('bad hmac', () => crypto.createHmac(1, 'k'));
attempt('null key', () => crypto.createHmac('sha1', null));
const s = crypto.createHmac('sha1', 'key');
s.on('readable', () => {
  let d;
  while ((d = s.read()) !== null) print('stream', d.toString('hex'));
});
s.write('a');
s.end('b');
