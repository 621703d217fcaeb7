'use strict';
// createCipheriv/createDecipheriv: NIST AES-GCM (GCM spec test cases), CBC/CTR/ECB/CFB/OFB
// (SP 800-38A F.x), CCM, OCB, ChaCha20-Poly1305, des-ede3-cbc; padding, encodings, streams,
// getCipherInfo and Node's errors.
const crypto = require('crypto');
const { print, attempt } = require('./_print');
const hex = (s) => Buffer.from(s, 'hex');
const z = (n) => Buffer.alloc(n);
// First: OpenSSL errors (Node reports the oldest queued error, so these run before any other failure).
attempt('bad decrypt', () => { const d = crypto.createDecipheriv('aes-128-cbc', z(16), z(16)); d.update(z(16)); d.final(); });
attempt('wrong final block', () => { const d = crypto.createDecipheriv('aes-128-cbc', z(16), z(16)); d.setAutoPadding(false); d.update(z(15)); d.final(); });
attempt('nopad enc', () => { const d = crypto.createCipheriv('aes-128-cbc', z(16), z(16)); d.setAutoPadding(false); d.update(z(15)); d.final(); });

// SP 800-38A F.2.5 (CBC-AES256), F.5.1 (CTR-AES128), F.1.1 (ECB-AES128), F.3.13 (CFB128-AES128), F.4.1 (OFB)
const pt = hex('6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51');
const k128 = hex('2b7e151628aed2a6abf7158809cf4f3c');
const k256 = hex('603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4');
const iv = hex('000102030405060708090a0b0c0d0e0f');
const ctrIv = hex('f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff');
for (const [name, key, v] of [['aes-256-cbc', k256, iv], ['aes-128-ctr', k128, ctrIv],
  ['aes-128-ecb', k128, null], ['aes-128-cfb', k128, iv], ['aes-128-ofb', k128, iv],
  ['aes-192-cbc', hex('8e73b0f7da0e6452c810f32b809079e562f8ead2522c6b7b'), iv],
  ['aes-256-ctr', k256, ctrIv], ['aes-128-cfb8', k128, iv], ['aes-128-cfb1', k128, iv],
  ['aes256', k256, iv], ['des-ede3-cbc', hex('0123456789abcdef23456789abcdef01456789abcdef0123'), hex('1234567890abcdef')]]) {
  const c = crypto.createCipheriv(name, key, v);
  c.setAutoPadding(false);
  const ct = Buffer.concat([c.update(pt), c.final()]);
  const d = crypto.createDecipheriv(name, key, v);
  d.setAutoPadding(false);
  const back = Buffer.concat([d.update(ct), d.final()]);
  print(name, ct.toString('hex'), back.equals(pt));
  const c2 = crypto.createCipheriv(name, key, v);
  const padded = c2.update('hello, world', 'utf8', 'base64') + c2.final('base64');
  const d2 = crypto.createDecipheriv(name, key, v);
  print(name, 'padded', padded, d2.update(padded, 'base64', 'utf8') + d2.final('utf8'));
}

// GCM spec test cases 2, 3, 4 (AES-128) and 16 (AES-256), 6 (60-byte IV)
const gcm = [
  ['00000000000000000000000000000000', '000000000000000000000000', '00000000000000000000000000000000', ''],
  ['feffe9928665731c6d6a8f9467308308', 'cafebabefacedbaddecaf888',
    'd9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255', ''],
  ['feffe9928665731c6d6a8f9467308308', 'cafebabefacedbaddecaf888',
    'd9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39',
    'feedfacedeadbeeffeedfacedeadbeefabaddad2'],
  ['feffe9928665731c6d6a8f9467308308', '9313225df88406e555909c5aff5269aa6a7a9538534f7da1e4c303d2a318a728c3c0c95156809539fcf0e2429a6b525416aedbf5a0de6a57a637b39b',
    'd9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39',
    'feedfacedeadbeeffeedfacedeadbeefabaddad2'],
  ['feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308', 'cafebabefacedbaddecaf888',
    'd9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39',
    'feedfacedeadbeeffeedfacedeadbeefabaddad2'],
];
for (const [k, i, p, a] of gcm) {
  const name = `aes-${k.length * 4}-gcm`;
  const c = crypto.createCipheriv(name, hex(k), hex(i));
  if (a) c.setAAD(hex(a));
  const ct = Buffer.concat([c.update(hex(p)), c.final()]);
  const tag = c.getAuthTag();
  print(name, ct.toString('hex'), tag.toString('hex'));
  const d = crypto.createDecipheriv(name, hex(k), hex(i));
  if (a) d.setAAD(hex(a));
  d.setAuthTag(tag);
  print(name, 'open', Buffer.concat([d.update(ct), d.final()]).toString('hex') === p);
  const bad = crypto.createDecipheriv(name, hex(k), hex(i));
  bad.setAuthTag(Buffer.from(tag).fill(0));
  bad.update(ct);
  attempt(name + ' bad tag', () => bad.final());
}
// short tags
{
  const c = crypto.createCipheriv('aes-128-gcm', k128, hex('cafebabefacedbaddecaf888'), { authTagLength: 8 });
  const ct = Buffer.concat([c.update('short tag'), c.final()]);
  const tag = c.getAuthTag();
  print('gcm tag8', ct.toString('hex'), tag.toString('hex'));
  const d = crypto.createDecipheriv('aes-128-gcm', k128, hex('cafebabefacedbaddecaf888'), { authTagLength: 8 });
  d.setAuthTag(tag);
  print('gcm tag8 open', d.update(ct, undefined, 'utf8') + d.final('utf8'));
  const d2 = crypto.createDecipheriv('aes-128-gcm', k128, hex('cafebabefacedbaddecaf888'));
  d2.setAuthTag(tag);
  print('gcm tag8 open no option', d2.update(ct, undefined, 'utf8') + d2.final('utf8'));
}
// CCM (RFC 3610 packet vector #1 style, 8-byte tag) and OCB, chacha20-poly1305 (RFC 8439 2.8.2)
{
  const key = hex('c0c1c2c3c4c5c6c7c8c9cacbcccdcecf');
  const nonce = hex('00000003020100a0a1a2a3a4a5');
  const aad = hex('0001020304050607');
  const p = hex('08090a0b0c0d0e0f101112131415161718191a1b1c1d1e');
  const c = crypto.createCipheriv('aes-128-ccm', key, nonce, { authTagLength: 8 });
  c.setAAD(aad, { plaintextLength: p.length });
  const ct = Buffer.concat([c.update(p), c.final()]);
  const tag = c.getAuthTag();
  print('ccm', ct.toString('hex'), tag.toString('hex'));
  const d = crypto.createDecipheriv('aes-128-ccm', key, nonce, { authTagLength: 8 });
  d.setAuthTag(tag);
  d.setAAD(aad, { plaintextLength: ct.length });
  print('ccm open', Buffer.concat([d.update(ct), d.final()]).equals(p));
  const bad = crypto.createDecipheriv('aes-128-ccm', key, nonce, { authTagLength: 8 });
  bad.setAuthTag(Buffer.alloc(8));
  bad.setAAD(aad, { plaintextLength: ct.length });
  bad.update(ct);
  attempt('ccm bad tag', () => bad.final());
  const noaad = crypto.createCipheriv('aes-256-ccm', k256, hex('0011223344556677889900'), { authTagLength: 16 });
  print('ccm no aad', noaad.update('x').toString('hex'), noaad.final().length, noaad.getAuthTag().toString('hex'));
}
{
  const c = crypto.createCipheriv('aes-128-ocb', k128, hex('bbaa99887766554433221100'), { authTagLength: 16 });
  c.setAAD(hex('0001020304050607'));
  const ct = Buffer.concat([c.update(hex('0001020304050607')), c.final()]);
  print('ocb', ct.toString('hex'), c.getAuthTag().toString('hex'));
  const d = crypto.createDecipheriv('aes-128-ocb', k128, hex('bbaa99887766554433221100'), { authTagLength: 16 });
  d.setAAD(hex('0001020304050607'));
  d.setAuthTag(c.getAuthTag());
  print('ocb open', Buffer.concat([d.update(ct), d.final()]).toString('hex'));
}
{
  const key = hex('808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f');
  const nonce = hex('070000004041424344454647');
  const aad = hex('50515253c0c1c2c3c4c5c6c7');
  const p = Buffer.from("Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.");
  const c = crypto.createCipheriv('chacha20-poly1305', key, nonce, { authTagLength: 16 });
  c.setAAD(aad);
  const ct = Buffer.concat([c.update(p), c.final()]);
  print('chacha', ct.toString('hex'), c.getAuthTag().toString('hex'));
  const d = crypto.createDecipheriv('chacha20-poly1305', key, nonce, { authTagLength: 16 });
  d.setAAD(aad);
  d.setAuthTag(c.getAuthTag());
  print('chacha open', Buffer.concat([d.update(ct), d.final()]).equals(p));
}
// streams
{
  const c = crypto.createCipheriv('aes-128-cbc', k128, iv);
  const chunks = [];
  c.on('data', (d) => chunks.push(d));
  c.on('end', () => {
    const ct = Buffer.concat(chunks);
    print('stream ct', ct.toString('hex'));
    const d = crypto.createDecipheriv('aes-128-cbc', k128, iv);
    d.setEncoding('utf8');
    let out = '';
    d.on('data', (s) => { out += s; });
    d.on('end', () => print('stream pt', out));
    d.end(ct);
  });
  c.write('streamed ');
  c.write(Buffer.from('plaintext '));
  c.end('end');
}
// key as KeyObject, string keys, ArrayBuffer iv
print('keyobject', crypto.createCipheriv('aes-128-ecb', crypto.createSecretKey(k128), null).final('hex'));
print('string key', crypto.createCipheriv('aes-128-cbc', 'abcdefghijklmnop', 'ponmlkjihgfedcba').final('hex'));
print('ab iv', crypto.createCipheriv('aes-128-cbc', k128, new Uint8Array(16).buffer).final('hex'));
print('hex output chunks', (() => {
  const c = crypto.createCipheriv('aes-128-ctr', k128, ctrIv);
  return [c.update('a', 'utf8', 'hex'), c.update('bc', 'utf8', 'hex'), c.final('hex')].join('|');
})());

// errors
attempt('keylen', () => crypto.createCipheriv('aes-128-cbc', z(3), z(16)));
attempt('iv', () => crypto.createCipheriv('aes-128-cbc', z(16), z(3)));
attempt('iv null', () => crypto.createCipheriv('aes-128-cbc', z(16), null));
attempt('ecb null iv', () => crypto.createCipheriv('aes-128-ecb', z(16), null).final().length);
attempt('unknown', () => crypto.createCipheriv('foo', z(16), z(16)));
attempt('update after final', () => { const d = crypto.createCipheriv('aes-128-cbc', z(16), z(16)); d.final(); d.update('x'); });
attempt('final twice', () => { const d = crypto.createCipheriv('aes-128-cbc', z(16), z(16)); d.final(); d.final(); });
attempt('gcm no tag', () => { const d = crypto.createDecipheriv('aes-128-gcm', z(16), z(12)); d.update('aa', 'hex'); d.final(); });
attempt('ccm no taglen', () => crypto.createCipheriv('aes-128-ccm', z(16), z(12)));
attempt('gcm taglen', () => crypto.createCipheriv('aes-128-gcm', z(16), z(12), { authTagLength: 7 }));
attempt('gcm taglen bad', () => crypto.createCipheriv('aes-128-gcm', z(16), z(12), { authTagLength: -1 }));
attempt('getAuthTag early', () => crypto.createCipheriv('aes-128-gcm', z(16), z(12)).getAuthTag());
attempt('setAuthTag len', () => crypto.createDecipheriv('aes-128-gcm', z(16), z(12)).setAuthTag(z(3)));
attempt('setAuthTag twice', () => crypto.createDecipheriv('aes-128-gcm', z(16), z(12)).setAuthTag(z(16)).setAuthTag(z(16)));
attempt('setAuthTag on cipher', () => typeof crypto.createCipheriv('aes-128-gcm', z(16), z(12)).setAuthTag);
attempt('getAuthTag on decipher', () => typeof crypto.createDecipheriv('aes-128-gcm', z(16), z(12)).getAuthTag);
attempt('ccm aad no len', () => crypto.createCipheriv('aes-128-ccm', z(16), z(12), { authTagLength: 16 }).setAAD(z(3)));
attempt('ccm iv', () => crypto.createCipheriv('aes-128-ccm', z(16), z(5), { authTagLength: 16 }));
attempt('chacha iv', () => crypto.createCipheriv('chacha20-poly1305', z(32), z(13)));
attempt('gcm empty iv', () => crypto.createCipheriv('aes-128-gcm', z(16), z(0)));
attempt('padding after final', () => { const x = crypto.createCipheriv('aes-128-cbc', z(16), z(16)); x.final(); x.setAutoPadding(false); });
attempt('aad after update', () => { const x = crypto.createCipheriv('aes-128-gcm', z(16), z(12)); x.update('a'); x.setAAD(z(2)); });
attempt('aad on cbc', () => crypto.createCipheriv('aes-128-cbc', z(16), z(16)).setAAD(z(2)));
attempt('string key len', () => crypto.createCipheriv('aes-128-cbc', 'k', z(16)));
attempt('key type', () => crypto.createCipheriv('aes-128-cbc', 1, z(16)));
attempt('iv type', () => crypto.createCipheriv('aes-128-cbc', z(16), 1));
attempt('cipher type', () => crypto.createCipheriv(1, z(16), z(16)));
attempt('data type', () => crypto.createCipheriv('aes-128-cbc', z(16), z(16)).update(1));
attempt('odd hex', () => crypto.createCipheriv('aes-128-cbc', z(16), z(16)).update('abc', 'hex'));
attempt('change enc', () => { const x = crypto.createCipheriv('aes-128-ctr', z(16), z(16)); x.update('a', 'utf8', 'hex'); x.update('a', 'utf8', 'base64'); });


// getCipherInfo
for (const n of ['aes-128-gcm', 'aes-256-cbc', 'AES-128-ECB', 'chacha20-poly1305', 'aes-128-ccm',
  'des-ede3-cbc', 'aes-128-ocb', 'id-aes128-GCM', 'aes128', 'nope', 419]) {
  print('info', n, JSON.stringify(crypto.getCipherInfo(n)));
}
print('info iv', JSON.stringify(crypto.getCipherInfo('aes-128-gcm', { ivLength: 5 })),
  crypto.getCipherInfo('aes-128-cbc', { ivLength: 5 }), crypto.getCipherInfo('aes-128-cbc', { keyLength: 5 }),
  JSON.stringify(crypto.getCipherInfo('aes-128-ccm', { ivLength: 7 })));
attempt('info type', () => crypto.getCipherInfo({}));
