'use strict';
// querystring: parse, stringify, escape, unescape; results recorded from Node 22.
require('../common');
const assert = require('assert');
const qs = require('querystring');

const plain = (o) => JSON.parse(JSON.stringify(o));
assert.deepStrictEqual(plain(qs.parse('a=1&a=2&a=3&b')), { a: ['1', '2', '3'], b: '' });
assert.strictEqual(Object.getPrototypeOf(qs.parse('a=1')), null);
assert.deepStrictEqual(plain(qs.parse('a==b=c')), { a: '=b=c' });
assert.deepStrictEqual(plain(qs.parse('=&=')), { '': ['', ''] });
assert.deepStrictEqual(plain(qs.parse('%E2%82%AC=%80%zz')), { '€': '\ufffd%zz' });
assert.deepStrictEqual(plain(qs.parse('a+b=c+d')), { 'a b': 'c d' });
assert.deepStrictEqual(plain(qs.parse('a:1,,b:2', ',,', ':')), { a: '1', b: '2' });
assert.deepStrictEqual(plain(qs.parse('a&&b', null, null, { maxKeys: 2 })), { a: '' });
assert.deepStrictEqual(plain(qs.parse('a&b&c', null, null, { maxKeys: 0 })), { a: '', b: '', c: '' });
assert.deepStrictEqual(plain(qs.parse('a+b=c&d=', null, null, { decodeURIComponent: (s) => `[${s}]` })),
                       { '[a%20b]': '[c]', '[d]': '' });
assert.strictEqual(Object.keys(qs.parse(Array.from({ length: 1500 }, (_, i) => `k${i}`).join('&'))).length,
                   1000);

assert.strictEqual(qs.stringify({ a: [1, 2], b: true, c: null, d: NaN, f: 1e21, g: 10n, 'é ': "é!'()*~" }),
                   "a=1&a=2&b=true&c=&d=&f=1e%2B21&g=10&%C3%A9%20=%C3%A9!'()*~");
assert.strictEqual(qs.stringify({ a: 'b' }, ';', ':', { encodeURIComponent: (s) => s.toUpperCase() }), 'A:B');
assert.strictEqual(qs.stringify('x'), '');
assert.strictEqual(qs.encode, qs.stringify);
assert.strictEqual(qs.decode, qs.parse);

assert.strictEqual(qs.escape('a b&c=d/é'), 'a%20b%26c%3Dd%2F%C3%A9');
assert.strictEqual(qs.escape(5), '5');
assert.throws(() => qs.escape('\ud800'), { code: 'ERR_INVALID_URI', name: 'URIError', message: 'URI malformed' });
assert.strictEqual(qs.unescape('%E2%82%AC+%zz', true), '€ %zz');
assert.strictEqual(qs.unescape('a+b', true), 'a+b');
assert.strictEqual(qs.unescape('é%zz'), '\ufffd%zz');
assert.deepStrictEqual([...qs.unescapeBuffer('%41%4')], [0x41, 0x25, 0x34]);
assert.deepStrictEqual(Object.keys(qs),
                       ['unescapeBuffer', 'unescape', 'escape', 'stringify', 'encode', 'parse', 'decode']);
