'use strict';
// url.resolve, url.resolveObject and url.format (legacy objects, strings and URL instances).
const url = require('url');

const bases = ['http://a/b/c/d;p?q', 'http://a/b/c/d;p?q#f', 'http://x.com/', 'http://x.com',
  'http://u:p@x.com:8/a/b', 'mailto:a@b.com', 'mailto:local1@domain1', 'file:///a/b',
  '/a/b/c', 'a/b/c', '', 'foo:bar/baz', 'http://x/a/', '//x/y', 'https://[::1]:3/z'];
const refs = ['g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x',
  '', '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '../../../../g',
  '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y',
  'g;x=1/../y', 'g?y/./x', 'g?y/../x', 'g#s/./x', 'g#s/../x', 'http:g', 'http:', 'https:g',
  'https://h/', 'mailto:x@y', 'local2@domain2', 'file:z', 'file:///z', 'ftp:q', 'javascript:x',
  '//u@h:9/p?q#r', 'HTTP://A/B', '/a/b/../../..', 'a/../../b', '..//x', '\\x\\y', '?', '#',
  'http://x.com/../a', 'foo:qux', 'foo://qux'];
for (const b of bases) {
  for (const r of refs) {
    let out;
    try {
      out = url.resolve(b, r);
    } catch (e) {
      out = `${e.code} ${e.message}`;
    }
    console.log(JSON.stringify([b, r, out]));
  }
}
for (const [b, r] of [['http://a/b', 'c'], ['mailto:a@b', 'x@y'], ['', 'x'], ['http://a', '']]) {
  console.log(JSON.stringify(url.resolveObject(b, r)));
}

const objects = [
  {}, { protocol: 'http', host: 'x.com' }, { protocol: 'http:', hostname: 'x.com', port: 8 },
  { protocol: 'http', hostname: '::1', port: 8, query: { a: [1, 2], b: 'c d' } },
  { protocol: 'file', pathname: '/x' }, { protocol: 'file:', pathname: 'x' },
  { protocol: 'mailto', pathname: 'a@b' }, { protocol: 'mailto', auth: 'a', host: 'b' },
  { auth: 'a b:c@d!$&\'()*+,;=~é/?#[]', host: 'x', pathname: 'p#?', search: 's#', hash: 'h' },
  { slashes: true, host: 'x', pathname: 'p' }, { host: 'x', pathname: 'p' },
  { protocol: 'https', host: 'h', search: 'q', hash: '#f', query: { z: 1 } },
  { protocol: 'foo', slashes: true, host: 'h' }, { protocol: 'foo:', host: 'h', pathname: '/p' },
  { hostname: 'a:b' }, { hostname: '[a:b]', port: '1' }, { pathname: '/a', query: 'str' },
  { query: {} }, { search: '', query: { a: 1 } }, { protocol: 'HTTP', host: 'X' },
];
for (const o of objects) console.log(JSON.stringify(o), url.format(o));
const w = new URL('http://user:pass@xn--mnchen-3ya.de:8/p?q#h');
for (const opts of [undefined, {}, { fragment: false }, { unicode: true }, { search: false },
  { auth: false }, { fragment: false, unicode: true, search: false, auth: false }]) {
  console.log(JSON.stringify(opts), url.format(w, opts));
}
console.log(url.format('http://x.com/a b'), url.format(new URL('http://[::1]/'), { unicode: true }));
for (const bad of [undefined, null, 5, true]) {
  try {
    url.format(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
try {
  url.format(w, 5);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
