'use strict';
// TextDecoder's legacy encodings (WHATWG labels, decoded by ICU as node 22 does): every byte of the
// single-byte ones, samples of the multi-byte ones whole, streamed byte by byte and in fatal mode,
// and the labels node refuses; gbk and gb18030 share a decoder, whose 0x80 is U+20AC.
const names = ['ibm866', 'iso-8859-2', 'iso-8859-3', 'iso-8859-4', 'iso-8859-5', 'iso-8859-6', 'iso-8859-7', 'iso-8859-8', 'iso-8859-8-i', 'iso-8859-10', 'iso-8859-13', 'iso-8859-14', 'iso-8859-15', 'iso-8859-16', 'koi8-r', 'koi8-u', 'macintosh', 'windows-874', 'windows-1250', 'windows-1251', 'windows-1253', 'windows-1254', 'windows-1255', 'windows-1256', 'windows-1257', 'windows-1258', 'x-mac-cyrillic', 'gbk', 'gb18030', 'big5', 'euc-jp', 'iso-2022-jp', 'shift_jis', 'euc-kr', 'x-user-defined', 'replacement', 'hz-gb-2312', 'latin2', 'sjis', 'ks_c_5601-1987'];
const all = Uint8Array.from({ length: 256 }, (_, i) => i);
const samples = { 'shift_jis': '82a082a282a4', 'euc-jp': 'a4a2a4a4', 'iso-2022-jp': '1b2442242224241b2842', 'gbk': 'c4e3bac3', 'gb18030': '8139ef30c4e3', 'big5': 'a7daa6e6', 'euc-kr': 'c7d1b1b9' };
for (const n of names) {
  let d;
  try { d = new TextDecoder(n); } catch (e) { console.log(n, 'ctor', e.code); continue; }
  const one = d.decode(all);
  const hex = samples[d.encoding];
  let multi = '';
  if (hex) {
    const b = Buffer.from(hex, 'hex');
    multi = new TextDecoder(n).decode(b);
    const s = new TextDecoder(n); let st = ''; for (const x of b) st += s.decode(Uint8Array.of(x), { stream: true }); st += s.decode();
    multi += '|' + st;
    try { new TextDecoder(n, { fatal: true }).decode(Buffer.from(hex.slice(0, 3) + '0', 'hex')); multi += '|nofatal'; } catch (e) { multi += '|' + e.code; }
  }
  console.log(n, d.encoding, JSON.stringify(one), JSON.stringify(multi));
}
for (const fatal of [false, true]) for (const enc of ['gb18030', 'gbk', 'shift_jis']) for (const b of [[0x41, 0x80, 0x42], [0xff], [0x82], [0x81, 0x30]]) {
  let r; try { r = JSON.stringify(new TextDecoder(enc, { fatal }).decode(Uint8Array.from(b))); } catch (e) { r = e.code; }
  console.log(enc, fatal, b.join(','), r);
}
