'use strict';
// URLSearchParams: constructors, every method, serialisation, the link with URL#search,
// iterators and inspect output.
const util = require('util');
const show = (label, v) => console.log(label, typeof v === 'string' ? JSON.stringify(v) : util.inspect(v));

const inits = [undefined, null, '', '?', '??a=1', 'a=1&b=2&a=3', '&&a&=b&c=', 'a=b+c%20d&%E2%82%AC=%F0%9F',
  '%zz=%E2%82', 'x=\ud800', [['a', 'b'], ['c', 'd']], [], new Map([['m', '1']]), { a: 1, b: [1, 2] },
  { ['\ud800']: 'x' }, new URLSearchParams('z=1'), 5, true, { toString: () => 'y=2' },
  function f() {}, Object.assign(Object.create({ inherited: 1 }), { own: 2 })];
for (const init of inits) {
  const p = new URLSearchParams(init);
  show(util.inspect(init), [p.toString(), [...p], p.size]);
}
for (const bad of [[['a']], [['a', 'b', 'c']], [1], [null], { [Symbol.iterator]: 5 },
  { [Symbol.iterator]: () => 5 }, [{ [Symbol.iterator]: null }]]) {
  try {
    new URLSearchParams(bad);
    console.log('no throw');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

const p = new URLSearchParams('b=2&a=1&c=3&a=4&é=5&A=6');
p.append('x', 'y z');
p.append('x', 2);
show('append', p.toString());
show('get', [p.get('a'), p.get('nope'), p.getAll('a'), p.getAll('nope'), p.has('a'), p.has('a', '4'),
  p.has('a', '5'), p.has('a', undefined)]);
p.delete('a', '4');
show('delete value', p.toString());
p.delete('x');
show('delete', p.toString());
p.set('b', 'B');
p.set('new', 'N');
show('set', p.toString());
p.sort();
show('sort', p.toString());
const s2 = new URLSearchParams([['z', '1'], ['\u{1F600}', '2'], ['\uFFFD', '3'], ['a', '4'], ['z', '0']]);
s2.sort();
show('sort surrogates', [...s2.keys()]);
const seen = [];
p.forEach(function(v, k, o) { seen.push([k, v, o === p, this]); }, 'this');
show('forEach', seen);
show('iterators', [[...p.keys()], [...p.values()], [...p.entries()], [...p]]);
const it = p.entries();
it.next();
p.append('late', '1');
show('live iterator', [...it]);
show('special chars', new URLSearchParams({ ' !"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~': 'é\u0000\u{1F600}' }).toString());

for (const call of [() => p.append('a'), () => p.get(), () => p.getAll(), () => p.has(),
  () => p.delete(), () => p.set('a'), () => p.forEach(), () => p.forEach(1),
  () => URLSearchParams.prototype.toString.call({}), () => URLSearchParams.prototype.get.call(null, 'a'),
  () => Object.getOwnPropertyDescriptor(URLSearchParams.prototype, 'size').get.call({}),
  () => p.keys().next.call({})]) {
  try {
    call();
    console.log('no throw');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

const u = new URL('https://x/?a=1&b=2#h');
const sp = u.searchParams;
console.log(u.searchParams === sp);
sp.append('c', '3 4');
show('url after append', u.href);
sp.delete('a');
sp.delete('b');
sp.delete('c');
show('url after emptying', [u.href, u.search]);
u.search = '?x=1&y=2';
show('params after search set', [...sp]);
u.href = 'http://other/?q=z';
show('params after href set', [...sp]);
u.search = '';
show('params after clear', [sp.size, u.href]);
const o = new URL('sc:opaque?x');
o.searchParams.delete('x');
show('opaque', o.href);

show('proto', Object.getOwnPropertyNames(URLSearchParams.prototype));
show('descs', Object.entries(Object.getOwnPropertyDescriptors(URLSearchParams.prototype))
  .map(([k, d]) => [k, d.enumerable, d.writable, d.configurable]));
show('tags', [Object.prototype.toString.call(p), Object.prototype.toString.call(p.keys()),
  URLSearchParams.length, URLSearchParams.name, p[Symbol.iterator] === p.entries]);
const iterProto = Object.getPrototypeOf(p.keys());
show('iter proto', [Object.getOwnPropertyNames(iterProto), Object.getPrototypeOf(iterProto) ===
  Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()))]);

console.log(new URLSearchParams());
console.log(new URLSearchParams('a=1&b=2'));
console.log(new URLSearchParams({ a: 'x'.repeat(80) }));
console.log(new URLSearchParams('a=1&b=2').keys(), new URLSearchParams('a=1&b=2').entries());
console.log(util.inspect(new URLSearchParams('a=1&b=2'), { breakLength: 5 }));
console.log(util.inspect({ x: new URLSearchParams('a=1') }, { depth: 0 }));
console.log(util.inspect(new URLSearchParams('a=1').entries(), { depth: 0 }));
console.log(util.inspect(new URLSearchParams('a=1'), { compact: false }));
const big = new URLSearchParams();
for (let i = 0; i < 30; i++) big.append(`k${i}`, `v${i}`);
console.log(big, big.values());
const done = new URLSearchParams('a=1').keys();
done.next();
console.log(done);
