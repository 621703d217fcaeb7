'use strict';
// StringDecoder over valid input split at every position and into seeded
// random chunks: the joined output equals decoding the whole buffer at once,
// for every encoding. Also the partial-character state between writes.
require('../common');
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

const text = 'aé€😀\u0000z\u07ff\u0800\uffff\u{10000}\u{10ffff} Ωmix';
const samples = [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le'), Buffer.from([0, 1, 2, 3, 254, 255, 128])];
const encodings = ['utf8', 'utf16le', 'base64', 'base64url', 'hex', 'latin1', 'ascii'];

let seed = 42;
function random(n) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
}

for (const encoding of encodings) {
  for (const buf of samples) {
    if ((encoding === 'utf8' && buf !== samples[0]) || (encoding === 'utf16le' && buf !== samples[1])) {
      continue;
    }
    const whole = buf.toString(encoding);
    for (let i = 0; i <= buf.length; i++) {
      const d = new StringDecoder(encoding);
      const out = d.write(buf.subarray(0, i)) + d.write(buf.subarray(i)) + d.end();
      assert.strictEqual(out, whole, `${encoding} split at ${i}`);
    }
    for (let round = 0; round < 20; round++) {
      const d = new StringDecoder(encoding);
      let out = '';
      let pos = 0;
      while (pos < buf.length) {
        const n = 1 + random(5);
        out += d.write(buf.subarray(pos, pos + n));
        pos += n;
      }
      out += d.end();
      assert.strictEqual(out, whole, `${encoding} round ${round}`);
    }
  }
}

{
  // A 4-byte character written one byte at a time.
  const d = new StringDecoder('utf8');
  const bytes = Buffer.from('😀');
  assert.strictEqual(d.write(bytes.subarray(0, 1)), '');
  assert.strictEqual(d.lastNeed, 3);
  assert.strictEqual(d.lastTotal, 4);
  assert.strictEqual(d.write(bytes.subarray(1, 3)), '');
  assert.strictEqual(d.lastNeed, 1);
  assert.deepStrictEqual([...d.lastChar.subarray(0, 3)], [...bytes.subarray(0, 3)]);
  assert.strictEqual(d.write(bytes.subarray(3)), '😀');
  assert.strictEqual(d.lastNeed, 0);
}

{
  // Incomplete input is flushed as U+FFFD by end(); end() resets.
  const d = new StringDecoder('utf8');
  assert.strictEqual(d.write(Buffer.from([0xe2, 0x82])), '');
  assert.strictEqual(d.end(), '\ufffd');
  assert.strictEqual(d.end(), '');
  assert.strictEqual(d.write(Buffer.from('ok')), 'ok');
  // A new lead byte interrupts an incomplete character.
  assert.strictEqual(d.write(Buffer.from([0xe2])), '');
  assert.strictEqual(d.write(Buffer.from([0x41])), '\ufffdA');
}

{
  // UTF-16LE keeps a high surrogate until its pair arrives.
  const d = new StringDecoder('utf16le');
  assert.strictEqual(d.write(Buffer.from([0x3d, 0xd8])), '');
  assert.strictEqual(d.lastNeed, 2);
  assert.strictEqual(d.write(Buffer.from([0x00, 0xde])), '😀');
  assert.strictEqual(d.write(Buffer.from([0x41])), '');
  assert.strictEqual(d.end(), '');
}

{
  const d = new StringDecoder('base64');
  assert.strictEqual(d.write(Buffer.from('ab')), '');
  assert.strictEqual(d.end(), 'YWI=');
  const u = new StringDecoder('base64url');
  assert.strictEqual(u.write(Buffer.from('ab')), '');
  assert.strictEqual(u.end(), 'YWI');
}

assert.throws(() => new StringDecoder('nope'), { code: 'ERR_UNKNOWN_ENCODING', name: 'TypeError' });
assert.throws(() => new StringDecoder('utf8').write(null), { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(new StringDecoder('UCS-2').encoding, 'utf16le');
assert.strictEqual(new StringDecoder().encoding, 'utf8');
assert.strictEqual(new StringDecoder('utf8').write('str'), 'str');
