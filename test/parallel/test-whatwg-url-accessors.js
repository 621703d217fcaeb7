'use strict';
// URL accessors and setters: components, the searchParams link, special cases of each setter.
require('../common');
const assert = require('assert');

const u = new URL('https://user:pw@example.com:8080/p/a?x=1&y=2#h');
assert.deepStrictEqual(
  [u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname,
   u.search, u.hash],
  ['https://user:pw@example.com:8080/p/a?x=1&y=2#h', 'https://example.com:8080', 'https:',
   'user', 'pw', 'example.com:8080', 'example.com', '8080', '/p/a', '?x=1&y=2', '#h']);
assert.strictEqual(String(u), u.href);
assert.strictEqual(u.toJSON(), u.href);
assert.strictEqual(JSON.stringify({ u }), `{"u":"${u.href}"}`);

u.port = '443';
assert.strictEqual(u.port, '');
assert.strictEqual(u.host, 'example.com');
u.port = '99999';
assert.strictEqual(u.port, '');
u.port = '12abc';
assert.strictEqual(u.port, '12');
u.protocol = 'http';
assert.strictEqual(u.href, 'http://user:pw@example.com:12/p/a?x=1&y=2#h');
u.protocol = 'foo';  // special to non-special: ignored
assert.strictEqual(u.protocol, 'http:');
u.username = 'a b';
u.password = '';
assert.strictEqual(u.href, 'http://a%20b@example.com:12/p/a?x=1&y=2#h');
u.hostname = 'EXAMPLE.org';
u.pathname = '/a/../b c';
u.search = 'q=1 2';
u.hash = 'frag ment';
assert.strictEqual(u.href, 'http://a%20b@example.org:12/b%20c?q=1%202#frag%20ment');
u.search = '';
u.hash = '';
assert.strictEqual(u.href, 'http://a%20b@example.org:12/b%20c');
assert.throws(() => { u.href = 'not a url'; }, { code: 'ERR_INVALID_URL', name: 'TypeError' });
u.href = 'https://new.example/';
assert.strictEqual(u.host, 'new.example');

// searchParams stays the same object and follows the URL.
const v = new URL('http://x/?a=1');
const sp = v.searchParams;
sp.append('b', '2 3');
assert.strictEqual(v.href, 'http://x/?a=1&b=2+3');
v.search = '?c=4';
assert.strictEqual(v.searchParams, sp);
assert.deepStrictEqual([...sp], [['c', '4']]);
sp.delete('c');
assert.strictEqual(v.href, 'http://x/');
assert.strictEqual(v.search, '');

// Hosts: IPv4 number forms and IPv6 compression.
assert.strictEqual(new URL('http://0x7f.1/').host, '127.0.0.1');
assert.strictEqual(new URL('http://2130706433/').host, '127.0.0.1');
assert.strictEqual(new URL('http://0177.0.0.01/').host, '127.0.0.1');
assert.strictEqual(new URL('http://[0:0:0:0:0:0:0:1]/').host, '[::1]');
assert.strictEqual(new URL('http://[1:0:0:2:0:0:0:3]/').host, '[1:0:0:2::3]');
assert.throws(() => new URL('http://256.256.256.256.256/'), { code: 'ERR_INVALID_URL' });
assert.strictEqual(new URL('http://münchen.de/').host, 'xn--mnchen-3ya.de');

// Origins.
assert.strictEqual(new URL('blob:https://a.com:1/x').origin, 'https://a.com:1');
assert.strictEqual(new URL('file:///x').origin, 'null');
assert.strictEqual(new URL('foo://a/').origin, 'null');

// Lone surrogates become U+FFFD.
assert.strictEqual(new URL('http://x/\ud800').pathname, '/%EF%BF%BD');
