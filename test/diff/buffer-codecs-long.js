'use strict';
// base64 / base64url / hex over longer inputs (the vectorised paths): every length up to 100,
// invalid characters at every position of a long input, and writes cut at every length.
const { Buffer } = require('buffer');

const out = [];
let seed = 99;
function rand(n) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}
function randomBytes(n) {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = rand(256);
  return b;
}

for (let n = 0; n <= 100; n++) {
  const b = randomBytes(n);
  const b64 = b.toString('base64');
  const url = b.toString('base64url');
  const hex = b.toString('hex');
  out.push(`${n} ${b64} ${url} ${hex} ${Buffer.from(b64, 'base64').equals(b)} ` +
           `${Buffer.from(url, 'base64url').equals(b)} ${Buffer.from(hex, 'hex').equals(b)} ` +
           `${Buffer.from(hex.toUpperCase(), 'hex').equals(b)}`);
}

// One bad character at each position of a 96-character input.
const base = randomBytes(72);
const b64 = base.toString('base64');
const hex = base.toString('hex');
for (const bad of ['!', ' ', '=', '\n', '\u00ff', '-', '\u0100']) {
  const rowB = [];
  const rowH = [];
  for (let i = 0; i < 96; i += 5) {
    const s = b64.slice(0, i) + bad + b64.slice(i);
    rowB.push(Buffer.from(s, 'base64').toString('hex').length + ':' +
              Buffer.from(s, 'base64').toString('base64').slice(-6));
    const h = hex.slice(0, i) + bad + hex.slice(i);
    rowH.push(Buffer.from(h, 'hex').length);
  }
  out.push(`bad ${JSON.stringify(bad)} ${rowB.join(',')} | ${rowH.join(',')}`);
}

// Writes cut at every length: the decoders must not write past the limit.
for (let len = 0; len <= 40; len++) {
  const b = Buffer.alloc(44, 0xee);
  const n1 = b.write(b64, 2, len, 'base64');
  const c = Buffer.alloc(44, 0xee);
  const n2 = c.write(hex, 2, len, 'hex');
  out.push(`cut ${len} ${n1} ${b.toString('hex')} ${n2} ${c.toString('hex')}`);
}

// Exactly whole blocks of valid input, then the end, '=' or a bad character: bytes after the
// decoded ones stay untouched.
for (const chars of [16, 32, 48, 64, 96]) {
  for (const tail of ['', '=', '!', 'QQ', 'QUI']) {
    const b = Buffer.alloc(90, 0xee);
    const n = b.write(b64.slice(0, chars) + tail, 1, 'base64');
    out.push(`whole ${chars}${JSON.stringify(tail)} ${n} ${b.toString('hex')}`);
  }
}

// Mixed alphabets and whitespace in long input.
const mixed = b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/(.{10})/g, '$1\r\n');
out.push(Buffer.from(mixed, 'base64').equals(base));
out.push(Buffer.from(mixed, 'base64url').toString('hex'));

// Big buffers.
const big = randomBytes(100000);
const bigB64 = big.toString('base64');
out.push(bigB64.length, bigB64.slice(0, 40), bigB64.slice(-40));
out.push(Buffer.from(bigB64, 'base64').equals(big), Buffer.from(big.toString('hex'), 'hex').equals(big));
out.push(big.toString('hex', 99950), big.toString('base64url', 99950));

process.stdout.write(out.join('\n') + '\n');
