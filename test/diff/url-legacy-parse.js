'use strict';
// url.parse (the legacy parser) over a generated corpus and hand-picked quirks, with and
// without parseQueryString and slashesDenoteHost; every field of every result is printed.
const url = require('url');

const inputs = [
  '', ' ', '  http://x.com/a\\b?c\\d#e\\f  ', '\u00a0\ufeffhttp://x.com/\u00a0', '\thttp://x/\n',
  'http://a$b.com/x', 'http://a_b+c.com/x', 'http://a!b/x', 'http://a,b=c(d)&e~f*g/',
  'http://x:8080abc/', 'http://x:abc/', 'http://x:/', 'http://x:1:2/', 'http://[::1]:80/a',
  'http://[::1]', 'http://[fe80::1%25lo0]/', 'http://[::1/a', 'http://münchen.de/ä?ö#ü',
  'HTTP://A.COM', 'http://a@b@c/', 'http://a@b?@c', 'http://a:b@c:d@e/', 'http://%61@b/',
  'http://user:pa%20ss@host/', 'http://us%zzer@host/', 'mailto:a@b.com', 'mailto:a@b.com?subject=x',
  'javascript:alert(1) "x"', 'JavaScript://x/y z', '//foo/bar', '///foo', '////x', 'foo/bar baz',
  'file:///etc/passwd', 'file://localhost/etc/x', 'file:/x', 'file:x', 'file://C:/x',
  'http://x.com:99999/', 'http://ünicode.com:8080', 'http://%41.com/', 'http://a.com%2F/',
  'http://x/?a=1&a=2&b=%20+c#h', '/a?b=1&b=2', '/a/b/c?x', '?x=1', '#x', 'a?b#c?d', 'a#b?c',
  'http://x/p#h#i', 'http://x?y', 'http://x#y', 'x:y', 'x://y', 'git+ssh://git@github.com:a/b.git',
  'svn+ssh://x/y', 'xmpp:isaacschlueter@jabber.org', 'news:comp.lang.javascript',
  'http://a.com/"<>`{}|\\^\'', 'http://a.com/%zz%', 'http://www.ExAmPlE.com/A?B#C',
  'http://x.y.com+a/b/c', 'http://x/a/../b/./c', 'http://x\r\n.com/', 'http://x .com/',
  'http://x\u3002com/', 'http://xn--mnchen-3ya.de/', 'http://xn--x/', 'http://ab\u200bc/',
  'http://a' + 'b'.repeat(300) + '.com/', 'http://a.com/' + '%'.repeat(5), 'gopher://x/y',
  'ws://x:80/', 'wss://x', 'ftp://u:p@x:21/f;type=a', 'coap://[1::2]:5683/x', 'http://@x/',
  'http://:@x/', 'http://a:@x/', 'http://:b@x/', 'http://x@/', 'http://[]/', 'http://[a]/',
  'http://x/\u0000y', 'http://x/\ud800', 'HTTP://X/Y?Z#W', 'Http://a/b', 'a:b@c', 'a@b',
  '//a@b/c', '//user:pass@host:8/p?q#h', 'http:/x', 'http:x', 'http:\\\\x\\y', 'c:\\x\\y',
];

const seen = new Set();
for (const input of inputs) {
  for (const [pqs, sdh] of [[false, false], [true, false], [false, true], [true, true]]) {
    let out;
    try {
      out = JSON.stringify(url.parse(input, pqs, sdh));
    } catch (e) {
      out = `${e.name} ${e.code} ${e.message}`;
    }
    const line = `${JSON.stringify(input)} ${pqs} ${sdh} ${out}`;
    if (!seen.has(line)) console.log(line);
    seen.add(line);
  }
}

// Generated: scheme x auth x host x port x path x query x hash.
const schemes = ['http://', 'HTTPS://', 'ftp://', 'file://', 'mailto:', 'foo:', 'foo://', '//', ''];
const auths = ['', 'u@', 'u:p@', 'a%40b:c@'];
const hosts = ['example.com', 'EXAMPLE.com', '127.0.0.1', '[::1]', 'ünï.com', ''];
const ports = ['', ':8080', ':'];
const paths = ['', '/', '/a/b', '/a b', '/%7e'];
const rests = ['', '?q=1&r', '#h', '?q#h'];
let n = 0;
for (const s of schemes) {
  for (const a of auths) {
    for (const h of hosts) {
      for (const p of ports) {
        for (const path of paths) {
          for (const r of rests) {
            if ((n++ % 3) !== 0) continue;
            const input = s + a + h + p + path + r;
            let out;
            try {
              const u = url.parse(input, n % 2 === 0);
              out = JSON.stringify([u.protocol, u.slashes, u.auth, u.host, u.port, u.hostname,
                                    u.hash, u.search, u.query, u.pathname, u.path, u.href]);
            } catch (e) {
              out = e.code;
            }
            console.log(JSON.stringify(input), out);
          }
        }
      }
    }
  }
}

console.log(url.parse('http://x/') instanceof url.Url, Object.keys(new url.Url()));
const u = url.parse('http://x/');
console.log(url.parse(u) === u);
for (const bad of [undefined, null, 5, {}, true]) {
  try {
    url.parse(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
