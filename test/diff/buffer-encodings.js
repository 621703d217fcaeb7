'use strict';
// Buffer encodings: from/byteLength/toString/write for every encoding over valid and invalid
// inputs (lone surrogates, bad hex, base64 whitespace/padding/url-safe chars), and partial
// writes at the end of a buffer.
const { Buffer } = require('buffer');

const out = [];
function print(line) { out.push(line); }

const encodings = ['utf8', 'utf-8', 'UTF8', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'latin1',
                   'binary', 'ascii', 'base64', 'base64url', 'hex'];

const strings = [
  '', 'a', 'abc', 'hello world', '\u00e9', '\u00ff\u0100', '\u20ac', '\ud83d\ude00', 'x\ud800',
  '\ud800', '\udc00', '\udc00\ud800', 'a\ud800b', '\ud83d', '\ude00x', '\u0000\u0001\u007f\u0080',
  'QQ==', 'QQ', 'Q', 'QUJD', 'QU=JD', 'Q U J D', 'QU\nJD', 'QU-_', 'QU+/', 'QUJ=D', 'QQ==QQ==',
  '!!QUJD', '====', 'QUJDRA=', 'QUJDRA', 'QUJDR', 'QQ=', 'Q===', '\u00ffQUJD', 'QU\u0100JD',
  'aGVsbG8gd29ybGQ=', 'aGVsbG8gd29ybGQ', ' aGVs bG8\t\r\nd29y bGQ= ', '-_-_', '+/+/', '////',
  '0', '00', '0g', 'g0', 'abc', 'abcd', 'ABCDEF', 'aBcDeF01', '12345', 'zz', '0x12', '1 2',
  '\u0661\u0662', 'caf\u00e9 \u2603 \ud834\udd1e', 'a'.repeat(100), '\u00e9'.repeat(70),
  '\u20ac'.repeat(50), 'QUJD'.repeat(40) + '=', 'ff'.repeat(60) + 'f',
];

for (const s of strings) {
  const row = [JSON.stringify(s)];
  for (const enc of encodings) {
    const b = Buffer.from(s, enc);
    row.push(`${enc}:${b.toString('hex')}/${Buffer.byteLength(s, enc)}`);
  }
  print(row.join(' '));
}

// Decoding arbitrary bytes in every encoding.
let seed = 12345;
function rand(n) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}
const byteInputs = [
  [], [0x61], [0xff], [0xc3], [0xc3, 0xa9], [0xe2, 0x82], [0xe2, 0x82, 0xac], [0xed, 0xa0, 0x80],
  [0xf0, 0x9f, 0x98, 0x80], [0xf0, 0x9f, 0x98], [0xf4, 0x90, 0x80, 0x80], [0xc0, 0x80],
  [0xe0, 0x80, 0x80], [0x80, 0x81], [0xfe, 0xff, 0x00, 0x61], [0x61, 0x00, 0x62],
  [0xef, 0xbb, 0xbf, 0x61],
];
for (let i = 0; i < 60; i++) {
  const len = rand(12);
  const bytes = [];
  for (let j = 0; j < len; j++) bytes.push(rand(4) === 0 ? 0x80 + rand(128) : rand(256));
  byteInputs.push(bytes);
}
const decodeEncodings = ['utf8', 'ucs2', 'latin1', 'ascii', 'base64', 'base64url', 'hex'];
for (const bytes of byteInputs) {
  const b = Buffer.from(bytes);
  const row = [b.toString('hex')];
  for (const enc of decodeEncodings) row.push(`${enc}:${JSON.stringify(b.toString(enc))}`);
  row.push(`sub:${JSON.stringify(b.toString('utf8', 1, 3))}`);
  print(row.join(' '));
}

// Partial writes: never split a character; report bytes written for every length.
const writeCases = ['a\u00e9\u20ac\ud83d\ude00z', '\ud800\ud800', 'abc', 'QUJDREVG', 'QUJD REVG',
                    '0123456789abcdef', '01234g', '\u0100\u0101'];
for (const s of writeCases) {
  for (const enc of ['utf8', 'ucs2', 'latin1', 'ascii', 'base64', 'hex']) {
    const row = [];
    for (let len = 0; len <= 10; len++) {
      const b = Buffer.alloc(10, 0xee);
      const n = b.write(s, 0, len, enc);
      row.push(`${n}:${b.toString('hex', 0, Math.max(n, 1))}`);
    }
    print(`write ${JSON.stringify(s)} ${enc} ${row.join(' ')}`);
  }
  // At an odd offset (ucs2 alignment) and near the end.
  for (const off of [1, 7, 9, 10]) {
    const b = Buffer.alloc(10, 0xee);
    const n = b.write(s, off, 'ucs2');
    const m = Buffer.alloc(10, 0xee).write(s, off);
    print(`at ${off}: ucs2 ${n} ${b.toString('hex')} utf8 ${m}`);
  }
}

// Round trips of random strings through every encoding.
for (let i = 0; i < 40; i++) {
  let s = '';
  const len = rand(10);
  for (let j = 0; j < len; j++) {
    const k = rand(5);
    s += String.fromCharCode(k === 0 ? rand(0x80) : k === 1 ? rand(0x100) : k === 2 ? 0xd800 + rand(0x800) :
                                k === 3 ? rand(0x10000) : 0x20 + rand(0x5f));
  }
  const row = [JSON.stringify(s)];
  for (const enc of decodeEncodings) {
    const b = Buffer.from(s, enc);
    row.push(`${b.toString('hex')}=>${JSON.stringify(b.toString(enc))}`);
  }
  print(row.join(' '));
}

// Base64 of every length, both alphabets; decoding with stray characters.
const all = Buffer.alloc(256);
for (let i = 0; i < 256; i++) all[i] = 255 - i;
for (let n = 0; n < 10; n++) {
  const b = all.subarray(0, n * 7 % 40);
  const b64 = b.toString('base64');
  const url = b.toString('base64url');
  print(`${b.length} ${b64} ${url} ${Buffer.from(b64, 'base64url').equals(b)} ${Buffer.from(url, 'base64').equals(b)}`);
}
print(Buffer.from(all.toString('base64'), 'base64').equals(all));
print(Buffer.from(all.toString('latin1'), 'latin1').equals(all));
print(Buffer.from(all.toString('hex'), 'hex').equals(all));
print(Buffer.from(all.toString('ucs2'), 'ucs2').equals(all));
print(JSON.stringify(all.toString('ascii')));
print(JSON.stringify(all.toString('utf8')));

// Large inputs go through the unpooled path.
const big = 'x\u00e9\u20ac'.repeat(3000);
const bb = Buffer.from(big);
print(`${bb.length} ${bb.toString() === big} ${Buffer.byteLength(big)}`);
const bigHex = Buffer.from('ab'.repeat(5000) + 'zz' + 'cd', 'hex');
print(`${bigHex.length} ${bigHex[0]} ${bigHex[bigHex.length - 1]}`);
const bigB64 = Buffer.from('QUJD'.repeat(3000) + '=QUJD', 'base64');
print(`${bigB64.length} ${bigB64.toString('latin1', 0, 6)}`);

process.stdout.write(out.join('\n') + '\n');
