'use strict';
// The URL class: accessors and setters on a few URLs, errors, statics, property shapes,
// util.inspect output, and JSON/String conversion.
const util = require('util');
const show = (label, v) => console.log(label, typeof v === 'string' ? JSON.stringify(v) : util.inspect(v));

const u = new URL('https://user:pw@example.com:8080/p/a?x=1&y=2#h');
console.log(u);
console.log(util.inspect({ a: u }, { depth: 0 }));
console.log(util.inspect(new URL('file:///tmp/x')));
console.log(String(u), JSON.stringify({ u }), `${u}`, u.toJSON());
class MyURL extends URL {}
console.log(new MyURL('http://sub/'));

const keys = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
  'pathname', 'search', 'hash'];
const setters = {
  protocol: ['http', 'ftp:', 'file', 'foo', 'HTTPS:extra', '', '1x'],
  username: ['', 'me', 'a b@c', '%zz'],
  password: ['', 'pw', ':@/'],
  host: ['other.org', 'other.org:99', '[::1]:1', 'a b', '', 'x:y', 'x:443', 'münchen.de'],
  hostname: ['h', 'h:1', '[::2]', '0x7f.1', ''],
  port: ['', '1', '443', '65535', '65536', 'x', '12x', ' 1', '-1', '0'],
  pathname: ['', 'a/b', '/a/../b', '\\x', '/%2e%2E/y', '/a?b#c', 'é'],
  search: ['', '?', 'a=1', '??x', 'a b', '#x', 'é'],
  hash: ['', '#', 'x', '##y', 'a b', 'é'],
  href: ['http://new/', 'relative'],
};
for (const start of ['https://user:pw@example.com:8080/p?q#h', 'file:///C:/x', 'mailto:a@b',
  'sc://h/p', 'blob:https://a.com/uuid', 'http://[::1]/', 'data:text/plain,x']) {
  for (const [attr, values] of Object.entries(setters)) {
    for (const v of values) {
      const x = new URL(start);
      let err = '';
      try {
        x[attr] = v;
      } catch (e) {
        err = ` threw ${e.name} ${e.code} ${e.message} ${e.input}`;
      }
      console.log(JSON.stringify([start, attr, v]), JSON.stringify(keys.map((k) => x[k])) + err);
    }
  }
}

for (const args of [[], ['x'], ['x', 'y'], ['/p', 'http://b'], ['http://[::1'], [undefined],
  [null], [{ toString: () => 'http://obj/' }], ['http://x', undefined], ['http://x', null],
  ['//x', 'file:///y'], ['\ud800http://x']]) {
  try {
    const x = new URL(...args);
    console.log(JSON.stringify(args), x.href);
  } catch (e) {
    console.log(JSON.stringify(args), e.name, e.code, e.message, e.input, e.base, 'base' in e);
  }
  try {
    console.log('canParse', URL.canParse(...args), 'parse', URL.parse(...args)?.href);
  } catch (e) {
    console.log('static', e.name, e.code, e.message);
  }
}
console.log(URL.parse('/a', 'http://b') instanceof URL, URL.parse('nope'));
try {
  URL.createObjectURL('x');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  URL.revokeObjectURL();
} catch (e) {
  console.log(e.name, e.code, e.message);
}
console.log(URL.revokeObjectURL('blob:nodedata:x'));

show('proto', Object.getOwnPropertyNames(URL.prototype));
show('descs', Object.entries(Object.getOwnPropertyDescriptors(URL.prototype))
  .map(([k, d]) => [k, d.enumerable, typeof d.get, typeof d.set, d.writable, d.configurable]));
show('statics', Object.entries(Object.getOwnPropertyDescriptors(URL))
  .map(([k, d]) => [k, d.enumerable, d.writable, d.configurable]));
show('tags', [Object.prototype.toString.call(u), URL.length, URL.name, Object.keys(u),
  JSON.stringify(u)]);
show('origins', ['http://a:80/', 'https://a:443/', 'ws://a/', 'wss://a:1/', 'ftp://a/', 'file:///x',
  'blob:https://a.com:1/x', 'blob:ftp://a/', 'blob:nope', 'foo://a/', 'data:x',
  'blob:http://[::1]/'].map((s) => new URL(s).origin));
