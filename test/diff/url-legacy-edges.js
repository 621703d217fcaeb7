'use strict';
// url.parse/format/resolve at the edges node 22 defines: C0 controls, space, NBSP and BOM are
// trimmed from both ends; an ASCII hostname is kept as it is (control characters and malformed
// punycode labels too) rather than refused.
const url = require('url');
const show = (f) => { try { return JSON.stringify(f()); } catch (e) { return `${e.name} ${e.code}`; } };
const inputs = ['\u0000!', 'a\u0000\u0000', '\u000bhttp://a/\u000c', '\u00a0http://a/b\ufeff',
  '\u0001a\u001f b\u0000', 'http://a\u007fb/', 'http://a\u0001b/c', 'x:@\u007f', 'user:pass@\u007f{=',
  '//xn--_xn--9/p', 'http://A_B.example/', 'http://\u00e9xample.com/'];
for (const s of inputs) {
  console.log(JSON.stringify(s));
  console.log('  parse  ', show(() => { const u = url.parse(s, true, true); return [u.protocol, u.auth, u.host, u.pathname, u.search, u.href]; }));
  console.log('  format ', show(() => url.format(url.parse(s))));
  console.log('  resolve', show(() => url.resolve(s, '../x?y#z')), show(() => url.resolve('http://h/a/b', s)));
}
