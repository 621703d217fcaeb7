'use strict';
// Buffer fill (strings in every encoding, numbers, Buffers, ranges) and transcode between utf8, ucs2, latin1 and ascii.
const p = (f) => { try { console.log(f()); } catch (e) { console.log('ERR', e.code, e.name, e.message); } };
p(() => Buffer.alloc(1).fill('€'));
p(() => Buffer.alloc(4).fill('€'));
p(() => Buffer.alloc(5).fill('a€'));
p(() => Buffer.alloc(5).fill('zz', 'hex'));
p(() => Buffer.alloc(5).fill('abz', 'hex'));
p(() => Buffer.alloc(5).fill(''));
p(() => Buffer.alloc(5).fill('', 1));
p(() => Buffer.alloc(5, 'zz', 'hex'));
p(() => Buffer.alloc(5, ''));
p(() => Buffer.alloc(5).fill(Buffer.alloc(0)));
p(() => Buffer.alloc(5).fill(257));
p(() => Buffer.alloc(5).fill(-1.5));
p(() => Buffer.alloc(5).fill('ab', 1, 4));
p(() => Buffer.alloc(5).fill('ab', 1, 9));
p(() => Buffer.alloc(5).fill('ab', -1));
p(() => Buffer.alloc(5).fill('ab', 3, 1));
p(() => Buffer.alloc(5).fill('ab', 'latin1'));
p(() => Buffer.alloc(5).fill('ab', 1, 'ucs2'));
p(() => Buffer.alloc(5).fill('ab', 1, 2, 'bogus'));
p(() => Buffer.alloc(5).fill(true));
p(() => Buffer.alloc(5).fill({}));
p(() => Buffer.alloc(5).fill(null));
p(() => Buffer.alloc(5).fill(new Uint16Array([0x102, 0x304])));
p(() => Buffer.alloc(5).fill('a', 1.5, 3.7));
p(() => Buffer.alloc(5).fill('a', '1'));
p(() => Buffer.alloc(5).fill('x', 0, 5, 'utf8'));
p(() => Buffer.alloc(3).fill('\u0222', 'ucs2'));
p(() => Buffer.alloc(3).fill('a', 'ucs2'));
p(() => Buffer.alloc(1).fill('ab', 'ucs2'));
p(() => Buffer.alloc(5).fill('QUJD', 'base64'));
p(() => Buffer.alloc(5).fill(10n));
p(() => Buffer.alloc(5).fill('a', NaN));
p(() => Buffer.alloc(5).fill('a', 0, NaN));
p(() => Buffer.alloc(5).fill('a', undefined, undefined));
p(() => Buffer.alloc(5).fill('a', null));
const { transcode } = require('buffer');
const q = (s) => { try { const r = eval(s); console.log(s, '=>', r); } catch (e) { console.log(s, '=> ERR', e.code, e.errno, e.message); } };
for (const s of [
 "transcode(Buffer.from([0x61, 0xff, 0xc3]), 'utf8', 'utf8')", "transcode(Buffer.from([0x61, 0xff, 0xc3, 0x62]), 'utf8', 'latin1')", "transcode(Buffer.from([0x61, 0xff, 0xed, 0xa0, 0x80, 0x62]), 'utf8', 'ascii')",
 "transcode(Buffer.from([0x61, 0, 0x62]), 'ucs2', 'latin1')", "transcode(Buffer.from('\\ud800a', 'ucs2'), 'ucs2', 'latin1')", "transcode(Buffer.from('\\ud800a', 'ucs2'), 'ucs2', 'ucs2')", "transcode(Buffer.from([0xff, 0x61]), 'latin1', 'ucs2')", "transcode(Buffer.from([0xff, 0x61]), 'ascii', 'ucs2')",
 "transcode(Buffer.from([0x61, 0xff, 0x62]), 'utf8', 'ucs2')", "transcode(Buffer.from('\\ude00\\ud800', 'ucs2'), 'ucs2', 'utf8')", "transcode(Buffer.from('a\\u20ac', 'ucs2'), 'ucs2', 'ascii')",
 "transcode(Buffer.from([0xe9]), 'latin1', 'latin1')", "transcode(Buffer.from([0xe9]), 'ascii', 'ascii')", "transcode(Buffer.from([0xc3]), 'utf8', 'utf8')", "transcode(new Uint8Array([0x61]), 'utf8', 'ucs2')",
]) q(s);
// Round trips between the four encodings for a set of strings.
for (const s of ['', 'a', 'caf\u00e9', '\u20ac', '\ud83d\ude00', '\u00ff\u0100', 'abc\u0000def']) {
  const row = [JSON.stringify(s)];
  for (const from of ['utf8', 'ucs2', 'latin1', 'ascii']) {
    for (const to of ['utf8', 'ucs2', 'latin1', 'ascii']) {
      try {
        row.push(`${from}>${to}:${transcode(Buffer.from(s, from), from, to).toString('hex')}`);
      } catch (e) {
        row.push(`${from}>${to}:${e.code}`);
      }
    }
  }
  console.log(row.join(' '));
}
