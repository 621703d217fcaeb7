// Differential fuzzing of node:crypto argument handling against node 22 (synchronous calls with
// odd arguments: algorithms, key and IV lengths, sizes, encodings). Left as they are: node 22
// reports stale OpenSSL errors from earlier calls in some messages (its error queue), aborts on
// hkdfSync lengths past 2^32, and stack headers of errors it throws natively lack the [code].
//   usage: <runtime> tools/difffuzz-crypto.js SEED COUNT [kind,kind...]   (see tools/difffuzz.sh)
'use strict';
const { N, only, rnd, ri, pick } = require('./difffuzz-lib')(2000);
const crypto = require('crypto');
const anyv = () => pick([undefined, null, 0, -1, 1, 1.5, 2 ** 31, NaN, '1', 'x', true, {}, [], 10n, Buffer.alloc(0), Buffer.alloc(16, 1), new Uint8Array(3), 'a'.repeat(40)]);
const desc = (v) => (v === undefined ? 'U' : typeof v === 'bigint' ? `${v}n` : Buffer.isBuffer(v) ? `buf${v.length}` : v instanceof Uint8Array ? `u8:${v.length}` : v);
const show = (f) => { try { const v = f(); return JSON.stringify(v, (k, x) => (typeof x === 'bigint' ? `${x}n` : x)); } catch (e) { return `THROW ${e.name} ${e.code} ${e.message}`; } };
const algs = ['sha256', 'SHA256', 'sha1', 'md5', 'sha512-256', 'sha3-256', 'shake128', 'ripemd160', 'nope', '', 'RSA-SHA256', 'sha-256'];
const ciphers = ['aes-128-cbc', 'aes-256-gcm', 'aes-128-ctr', 'chacha20-poly1305', 'aes-128-ecb', 'des-ede3-cbc', 'aes-128-ccm', 'aes-128-ocb', 'id-aes128-wrap', 'nope', 'AES-128-CBC', 'aes128'];
const tests = {
  hash: () => { const a = pick(algs), d = pick([anyv(), 'x', Buffer.from('y')]), o = pick([undefined, { outputLength: pick([0, 5, -1, 1.5, 'x']) }]); const enc = pick([undefined, 'hex', 'base64', 'latin1', 'bad']); return [a, desc(d), o, enc, () => crypto.createHash(a, o).update(d).digest(enc)]; },
  hashOneShot: () => { const a = pick(algs), d = pick([anyv(), 'x']), enc = pick([undefined, 'hex', 'base64', 'buffer', 'bad']); return [a, desc(d), enc, () => { const r = crypto.hash(a, d, enc); return Buffer.isBuffer(r) ? r.toString('hex') : r; }]; },
  hmac: () => { const a = pick(algs), k = anyv(), d = pick(['x', anyv()]); return [a, desc(k), desc(d), () => crypto.createHmac(a, k).update(d).digest('hex')]; },
  randomBytes: () => { const n = anyv(); return [desc(n), () => crypto.randomBytes(n).length]; },
  randomInt: () => { const a = pick([0, 1, -5, 2 ** 48, 2 ** 48 - 1, 1.5, 'x', 10, NaN]), b = pick([undefined, 10, 0, -1, 2 ** 48, 1.5]); return [a, desc(b), () => { const r = b === undefined ? crypto.randomInt(a) : crypto.randomInt(a, b); return typeof r; }]; },
  pbkdf2: () => { const a = [pick(['pw', anyv()]), pick(['salt', anyv()]), pick([1, 0, -1, 1.5, 'x', 2 ** 31]), pick([16, 0, -1, 1.5, 'x', 2 ** 31]), pick(['sha256', 'nope', undefined, 'md5'])]; return [a.map(desc), () => crypto.pbkdf2Sync(...a).toString('hex')]; },
  scrypt: () => { const a = [pick(['pw', anyv()]), pick(['salt', anyv()]), pick([16, 0, -1, 'x']), pick([undefined, { N: pick([16, 3, 0, 2 ** 20]) }, { r: 0 }, { maxmem: 1 }, { cost: 16, N: 16 }, anyv()])]; return [a.map(desc), () => crypto.scryptSync(...a).toString('hex')]; },
  cipher: () => { const c = pick(ciphers), k = Buffer.alloc(pick([16, 24, 32, 15, 0, 8]), 1), iv = pick([Buffer.alloc(16, 2), Buffer.alloc(12, 2), Buffer.alloc(0), null, Buffer.alloc(8), 'x', undefined]); const o = pick([undefined, { authTagLength: pick([16, 4, 7, 20]) }, anyv()]); return [c, k.length, desc(iv), desc(o), () => { const ci = crypto.createCipheriv(c, k, iv, o); const out = Buffer.concat([ci.update('hello'), ci.final()]); return out.length; }]; },
  cipherInfo: () => { const c = pick(ciphers.concat([anyv()])); const o = pick([undefined, { keyLength: pick([16, 17, 32]) }, { ivLength: pick([12, 0, 16, 1]) }, anyv()]); return [desc(c), desc(o), () => crypto.getCipherInfo(c, o)]; },
  timingSafeEqual: () => { const a = pick([Buffer.alloc(4), Buffer.alloc(5), new Uint16Array(2), 'abcd', anyv()]), b = pick([Buffer.alloc(4), Buffer.alloc(5), new Uint8Array(4), anyv()]); return [desc(a), desc(b), () => crypto.timingSafeEqual(a, b)]; },
  hkdf: () => { const a = [pick(['sha256', 'nope', 'md5']), pick(['key', '', anyv()]), pick(['salt', anyv()]), pick(['info', anyv(), 'x'.repeat(1025)]), pick([16, 0, -1, 255 * 32 + 1, 'x'])]; return [a.map((x) => (typeof x === 'string' && x.length > 50 ? `str${x.length}` : desc(x))), () => Buffer.from(crypto.hkdfSync(...a)).toString('hex')]; },
  secretKey: () => { const k = pick([Buffer.alloc(16), 'str', Buffer.alloc(0), anyv()]); const e = pick([undefined, 'hex', 'bad']); return [desc(k), e, () => { const key = crypto.createSecretKey(k, e); return [key.type, key.symmetricKeySize, key.export().length]; }]; },
};
const names = only ? only.split(',') : Object.keys(tests);
for (let i = 0; i < N; i++) { const n = pick(names); const t = tests[n](); const f = t.pop(); console.log(`${n} ${JSON.stringify(t, (k, x) => (typeof x === 'bigint' ? `${x}n` : x))} => ${show(f)}`); }
