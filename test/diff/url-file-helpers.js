'use strict';
// fileURLToPath, pathToFileURL (posix and windows forms), urlToHttpOptions and the domain
// helpers of node:url.
const url = require('url');
const util = require('util');
const cwd = process.cwd();
const show = (label, v) => console.log(label, util.inspect(v).split(cwd).join('<cwd>'));

for (const p of ['/tmp/a b%c?d#e\n\\f', '/tmp/x/', '/tmp/x/.', 'rel', 'rel/', '.', '', '/', '//x',
  '/a\tb\rc', '/é€😀', '/%2F', '/a:b', '/\u0000']) {
  show(JSON.stringify(p), url.pathToFileURL(p).href);
}
for (const p of ['C:\\a b\\c', 'C:\\x\\', '\\\\server\\share\\f%g', 'c:/a/b', '\\\\?\\C:\\x']) {
  try {
    show(`win ${JSON.stringify(p)}`, url.pathToFileURL(p, { windows: true }).href);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
for (const bad of ['\\\\server', '\\\\\\share', 5]) {
  try {
    url.pathToFileURL(bad, { windows: true });
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
for (const s of ['file:///tmp/a%20b', 'file:///tmp/%E2%82%AC', 'file:///C:/x', 'file://localhost/x',
  'file://host/x', 'file:///a%2fb', 'file:///a%2Fb', 'file:///a%5cb', 'http://x/', 'file:///%',
  new URL('file:///u/v'), 5, null, { href: 'file:///x', protocol: 'file:', pathname: '/x', hostname: '' }]) {
  for (const windows of [false, true]) {
    try {
      show(JSON.stringify([String(s), windows]), url.fileURLToPath(s, { windows }));
    } catch (e) {
      console.log(String(s), windows, e.name, e.code, e.message);
    }
  }
}
show('buffer', [...url.fileURLToPathBuffer('file:///a%FF%20b')]);

for (const s of ['http://a:b@[::1]:90/x?y#z', 'https://x/', 'http://%C3%A9:p%40@x:80/', 'file:///x']) {
  show(s, url.urlToHttpOptions(new URL(s)));
}
const ext = new URL('http://x/');
ext.custom = 1;
show('extended', url.urlToHttpOptions(ext));

for (const d of ['xn--iñvalid.com', 'example.com/foo', 'EXAMPLE.com:80', '[::1]', 'münchen.de',
  'xn--mnchen-3ya.de', 'xn--x', 'a b', '1.2.3', '', '%41.com', '0x7f.1', 'ÄÖÜ.com', 'a..b',
  'xn--a.xn--b', '\u3002', 'a\u200db']) {
  show(JSON.stringify(d), [url.domainToASCII(d), url.domainToUnicode(d)]);
}
try {
  url.domainToASCII();
} catch (e) {
  console.log(e.name, e.code, e.message);
}
console.log(Object.keys(url));
