'use strict';
// url.parse, url.format and url.resolve: Node's legacy parser, results recorded from Node 22.
require('../common');
const assert = require('assert');
const url = require('url');

function fields(u) {
  return [u.protocol, u.slashes, u.auth, u.host, u.port, u.hostname, u.hash, u.search, u.query,
          u.pathname, u.path, u.href];
}
assert.deepStrictEqual(fields(url.parse('http://user:pass@host.com:8080/p/a/t/h?query=string#hash')),
                       ['http:', true, 'user:pass', 'host.com:8080', '8080', 'host.com', '#hash',
                        '?query=string', 'query=string', '/p/a/t/h', '/p/a/t/h?query=string',
                        'http://user:pass@host.com:8080/p/a/t/h?query=string#hash']);
assert.deepStrictEqual(fields(url.parse('//foo/bar', false, true)),
                       [null, true, null, 'foo', null, 'foo', null, null, null, '/bar', '/bar',
                        '//foo/bar']);
assert.deepStrictEqual(fields(url.parse('//foo/bar')),
                       [null, null, null, null, null, null, null, null, null, '//foo/bar',
                        '//foo/bar', '//foo/bar']);
const q = url.parse('/a?b=1&b=2&c', true);
assert.deepStrictEqual({ ...q.query }, { b: ['1', '2'], c: '' });
assert.strictEqual(Object.getPrototypeOf(q.query), null);
assert.strictEqual(url.parse('http://[::1]:80/a').hostname, '::1');
assert.strictEqual(url.parse('http://[::1]:80/a').host, '[::1]:80');
assert.strictEqual(url.parse('http://a@b@c/').auth, 'a@b');
assert.strictEqual(url.parse('http://münchen.de/').hostname, 'xn--mnchen-3ya.de');
assert.strictEqual(url.parse('  http://x.com/a\\b?c\\d  ').href, 'http://x.com/a/b?c%5Cd');
assert.strictEqual(url.parse('mailto:a@b.com').auth, 'a');
assert.strictEqual(url.parse('javascript:alert(1) "x"').pathname, 'alert(1) "x"');
assert.strictEqual(url.parse('http://x\r\n.com/').host, 'x.com');
assert.throws(() => url.parse('http://[::1/a'), { code: 'ERR_INVALID_URL' });
assert.throws(() => url.parse(5), { code: 'ERR_INVALID_ARG_TYPE' });
const parsed = url.parse('http://x/');
assert(parsed instanceof url.Url);
assert.strictEqual(url.parse(parsed), parsed);

assert.strictEqual(url.format({ protocol: 'http', hostname: '::1', port: 8, query: { a: [1, 2] } }),
                   'http://[::1]:8?a=1&a=2');
assert.strictEqual(url.format({ protocol: 'file', pathname: '/x' }), 'file:///x');
assert.strictEqual(url.format({ protocol: 'mailto', pathname: 'a@b' }), 'mailto:a@b');
assert.strictEqual(url.format({ auth: 'a b:c@d', host: 'x', pathname: 'p#?' }), 'a%20b:c%40d@xp%23%3F');
const w = new URL('http://user:pass@xn--mnchen-3ya.de:8/p?q#h');
assert.strictEqual(url.format(w), 'http://user:pass@xn--mnchen-3ya.de:8/p?q#h');
assert.strictEqual(url.format(w, { fragment: false, unicode: true, search: false, auth: false }),
                   'http://münchen.de:8/p');
assert.throws(() => url.format(5), { code: 'ERR_INVALID_ARG_TYPE' });

const base = 'http://a/b/c/d;p?q';
const rfc = [['g', 'http://a/b/c/g'], ['./g', 'http://a/b/c/g'], ['g/', 'http://a/b/c/g/'],
  ['/g', 'http://a/g'], ['//g', 'http://g/'], ['?y', 'http://a/b/c/d;p?y'],
  ['g?y', 'http://a/b/c/g?y'], ['#s', 'http://a/b/c/d;p?q#s'], ['..', 'http://a/b/'],
  ['../..', 'http://a/'], ['../../../g', 'http://a/g'], ['g;x=1/../y', 'http://a/b/c/y'],
  ['', 'http://a/b/c/d;p?q']];
for (const [ref, want] of rfc) assert.strictEqual(url.resolve(base, ref), want, ref);
assert.strictEqual(url.resolve('mailto:local1@domain1', 'local2@domain2'), 'mailto:local2@domain2');
assert.strictEqual(url.resolve('/one/two/three', 'four'), '/one/two/four');
assert.strictEqual(url.resolve('http://example.com/one', '/two'), 'http://example.com/two');
