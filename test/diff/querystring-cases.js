'use strict';
// querystring: parse (separators, maxKeys, decoders, malformed escapes), stringify (types,
// arrays, custom encoders), escape/unescape/unescapeBuffer, over a table of inputs.
const qs = require('querystring');
const show = (label, v) => console.log(label, JSON.stringify(v));

const inputs = ['', 'a', 'a=', '=a', '=', '&', '&&', 'a&b', 'a=1&a=2&a=3', 'a==b=c', 'a=1&&b=2&',
  '+a+=+b+', 'a%20b=c%20d', 'a+b=c+d', '%E2%82%AC=%F0%9F%98%80', '%E2%82=%80', '%zz=%2', '%=%%',
  '%41%4', 'a=%ZZ%41', '\u00e9=\u20ac', 'x=\ud800', 'x=\ud800+', 'a+%zz\ud800=1',
  'a[]=1&a[]=2', '__proto__=1', 'constructor=2&hasOwnProperty=3', 'a=b;c=d', 'a:b,c:d',
  'k=v&k=&k', '?a=1', 'a=1#h', 'é%zz=€%zz&x=%41\ud800', '%C0%80=%ED%A0%80', '%F4%90%80%80'];
for (const s of inputs) show(JSON.stringify(s), qs.parse(s));
for (const [s, sep, eq] of [['a=1;b=2', ';'], ['a:1,,b:2', ',,', ':'], ['a=>1||b=>2', '||', '=>'],
  ['a=1&b=2', '', ''], ['a=1&b=2', null, null], ['a1b2', 1, 2], ['a=1&b', '&', '=']]) {
  show(JSON.stringify([s, sep, eq]), qs.parse(s, sep, eq));
}
for (const o of [{ maxKeys: 2 }, { maxKeys: 0 }, { maxKeys: -1 }, { maxKeys: 1.5 },
  { maxKeys: NaN }, { maxKeys: '1' }, { maxKeys: 1 }]) {
  show(JSON.stringify(o), [qs.parse('a&&b&c', null, null, o), qs.parse('&&&a&b', null, null, o)]);
}
const dec = { decodeURIComponent: (s) => `[${s}]` };
show('custom', qs.parse('a+b=c+d&e%20f=1&g', null, null, dec));
show('throwing', qs.parse('a=%41&b=%zz', null, null, {
  decodeURIComponent() { throw new Error('x'); },
}));
show('gbk-ish', qs.parse('a=%E4', null, null, { decodeURIComponent: unescape }));
show('long', Object.keys(qs.parse(Array.from({ length: 1500 }, (_, i) => `k${i}=${i}`).join('&'))).length);

const values = [{ a: [1, 2], b: true, c: null, d: undefined, e: NaN, f: 1e21, g: 10n, h: {},
  'é ': 'é!\'()*~', i: -0, j: Infinity, k: 1.5, l: [], m: [null, 'x'] }, {}, [], 'x', 5, null,
  { '': '' }, { 'a b': 'c&d=e' }, { '\u{1F600}': '\u{1F600}' }, Object.create({ inherited: 1 })];
for (const v of values) {
  show(typeof v, qs.stringify(v));
  show('sep', qs.stringify(v, ';', ':'));
}
show('enc', qs.stringify({ a: 'b c', d: [1, 2] }, null, null, { encodeURIComponent: (s) => s.toUpperCase() }));
show('encode alias', qs.encode === qs.stringify && qs.decode === qs.parse);
for (const s of ['', 'abc', 'a b&c=d/é€😀', '!\'()*-._~', '\u0000\u007f', 5, true, null, undefined,
  { toString() { return 'o b'; } }, [1, 2]]) {
  show('escape', qs.escape(s));
}
for (const s of ['\ud800', 'a\udc00', '\ud800\ud800']) {
  try {
    qs.escape(s);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
for (const s of ['%41', '%E2%82%AC+%zz', '%E2%82+x', 'é%zz', '€%zz', '%', '%4', '%%41', 'a+b']) {
  show('unescape', [qs.unescape(s), qs.unescape(s, true), [...qs.unescapeBuffer(s)],
                    [...qs.unescapeBuffer(s, true)]]);
}
console.log(Object.keys(qs));
