// RFC 3492 section 7.1 samples and IDNA helpers, compared with node's punycode module.
const punycode = require('punycode');
const samples = [
  '\u0644\u064a\u0647\u0645\u0627\u0628\u062a\u0643\u0644\u0645\u0648\u0634\u0639\u0631\u0628\u064a\u061f',
  '\u4ed6\u4eec\u4e3a\u4ec0\u4e48\u4e0d\u8bf4\u4e2d\u6587',
  'Pro\u010dprost\u011bnemluv\u00ed\u010desky',
  '\u05dc\u05de\u05d4\u05d4\u05dd\u05e4\u05e9\u05d5\u05d8\u05dc\u05d0\u05de\u05d3\u05d1\u05e8\u05d9\u05dd\u05e2\u05d1\u05e8\u05d9\u05ea',
  '\u0939\u093f\u0928\u094d\u0926\u0940',
  '\u306a\u305c\u307f\u3093\u306a\u65e5\u672c\u8a9e\u3092\u8a71\u3057\u3066\u304f\u308c\u306a\u3044\u306e\u304b',
  'Pourquoi\u0020ne\u0020parlent-ils\u0020pas\u0020fran\u00e7ais',
  '3\u5e74B\u7d44\u91d1\u516b\u5148\u751f',
  'ma\u00f1ana', 'b\u00fccher', 'abc', '', '\ud83d\ude00 emoji', '-> $1.00 <-', 'MajiKoi5\u79d2\u524d',
];
for (const s of samples) {
  const e = punycode.encode(s);
  console.log(JSON.stringify(e), punycode.decode(e) === s);
}
for (const d of ['ma\u00f1ana.com', 'b\u00fccher.example', 'user@b\u00fccher.de', '\u2603.net',
  'xn--maana-pta.com', 'xn--bcher-kva.example', 'example.com', 'a\u3002b\uff0ec']) {
  console.log(punycode.toASCII(d), punycode.toUnicode(punycode.toASCII(d)));
}
console.log(punycode.ucs2.decode('\ud83d\ude00a\ud800'), punycode.ucs2.encode([0x1f600, 97]));
console.log(punycode.version, Object.keys(punycode).join(','));
for (const bad of ['\u0080-', 'a-!', 'zzzzzzzzzzzzzzzzzzzzzz']) {
  try { console.log(punycode.decode(bad)); } catch (e) { console.log(e.name, e.message); }
}
