'use strict';
// URL micro-benchmarks: `cases.js <seconds> [filter...]` runs each case for about that long
// (CPU time) in this one process and prints one JSON object {case: ops per CPU-second}.
// bench.py runs it under nodus and node alternately.
const url = require('url');
const querystring = require('querystring');
const seconds = Number(process.argv[2] || 0.3);
const filters = process.argv.slice(3);

// A mix of real-world shapes: sites, APIs with queries, CDNs, IPs, IDN, file and data URLs.
const urls = [
  'https://www.google.com/search?q=node.js+url+parser&oq=node&sourceid=chrome&ie=UTF-8',
  'https://github.com/nodejs/node/blob/main/doc/api/url.md#the-whatwg-url-api',
  'https://developer.mozilla.org/en-US/docs/Web/API/URL/URL',
  'http://localhost:3000/api/v1/users/42?include=posts,comments&sort=-created_at',
  'https://user:secret@registry.npmjs.org:443/@scope%2fpackage/-/package-1.2.3.tgz',
  'https://cdn.jsdelivr.net/npm/lodash@4.17.21/lodash.min.js',
  'https://en.wikipedia.org/wiki/Uniform_Resource_Identifier#Syntax',
  'http://192.168.1.1/admin/login.php?redirect=%2Fdashboard',
  'http://[2001:db8::8a2e:370:7334]:8080/metrics',
  'https://münchen.de/stadtplan?lat=48.137&lon=11.575',
  'https://example.com/a/b/../c/./d/index.html?x=1&y=2&z=%20three#section-4',
  'file:///home/user/projects/app/src/index.js',
  'ftp://ftp.example.org/pub/releases/v2.0/archive.tar.gz',
  'wss://stream.example.com/socket?token=eyJhbGciOiJIUzI1NiJ9.e30.abc',
  'https://api.stripe.com/v1/charges?limit=3&starting_after=ch_1Hh1',
  'https://www.amazon.com/dp/B08N5WRWNW/ref=sr_1_1?keywords=echo&qid=1600000000',
  'https://s3.us-east-1.amazonaws.com/bucket-name/path/to/object.json?X-Amz-Expires=3600',
  'mailto:someone@example.com?subject=Hello%20there',
  'data:text/plain;base64,SGVsbG8sIFdvcmxkIQ==',
  'https://news.ycombinator.com/item?id=12345678',
];
const relative = [['../img/logo.png', 'https://example.com/a/b/page.html'],
  ['/search?q=x', 'https://example.com/a/'], ['?page=2', 'https://example.com/list?page=1'],
  ['//cdn.example.com/x.js', 'https://example.com/']];
const queries = ['q=node.js+url+parser&oq=node&sourceid=chrome&ie=UTF-8',
  'include=posts,comments&sort=-created_at&page%5Bsize%5D=20&page%5Bnumber%5D=3',
  'a=1&b=2&c=3&d=4&e=5&f=6&g=7&h=8&i=9&j=10', 'name=J%C3%BCrgen+M%C3%BCller&city=M%C3%BCnchen'];

let i = 0;
const next = (list) => list[(i++) % list.length];
const cases = {
  'new URL(real urls)': () => new URL(next(urls)),
  'new URL(input, base)': () => { const [r, b] = next(relative); return new URL(r, b); },
  'URL.canParse': () => URL.canParse(next(urls)),
  'new URL + read href/host/pathname': () => {
    const u = new URL(next(urls));
    return u.href.length + u.host.length + u.pathname.length;
  },
  'URL setters (pathname, search)': (() => {
    const u = new URL('https://example.com/a?b');
    return () => { u.pathname = '/x/y'; u.search = 'q=1'; return u.href; };
  })(),
  'new URLSearchParams(string)': () => new URLSearchParams(next(queries)),
  'URLSearchParams get/append/toString': () => {
    const p = new URLSearchParams(next(queries));
    p.append('extra', 'v a l');
    return p.get('a') + p.toString();
  },
  'url.parse(real urls)': () => url.parse(next(urls)),
  'url.parse(url, true)': () => url.parse(next(urls), true),
  'url.resolve': () => { const [r, b] = next(relative); return url.resolve(b, r); },
  'url.format(object)': () => url.format({ protocol: 'https', host: 'example.com', pathname: '/p',
    query: { a: 1, b: 'two' } }),
  'querystring.parse': () => querystring.parse(next(queries)),
  'querystring.stringify': () => querystring.stringify({ a: 1, b: 'two words', c: ['x', 'y'],
    d: 'J\u00fcrgen' }),
  'querystring.escape': () => querystring.escape('J\u00fcrgen M\u00fcller & co'),
};

const out = {};
for (const [name, fn] of Object.entries(cases)) {
  if (filters.length && !filters.some((f) => name.includes(f))) continue;
  let sink;
  for (let k = 0; k < 200; k++) sink = fn();
  let ops = 0;
  let batch = 100;
  const start = process.cpuUsage();
  let used = 0;
  while (used < seconds * 1e6) {
    for (let k = 0; k < batch; k++) sink = fn();
    ops += batch;
    const u = process.cpuUsage(start);
    used = u.user + u.system;
    if (used < 20000) batch *= 2;
  }
  if (sink === undefined) throw new Error(name);
  out[name] = ops / (used / 1e6);
}
console.log(JSON.stringify(out));
