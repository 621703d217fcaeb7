'use strict';
// util.inspect of Map, Set, weak collections, iterators, promises, proxies,
// custom inspect functions.
const util = require('util');

// Written straight to stdout so the output does not depend on the console module.
function print(...args) {
  process.stdout.write(`${util.format(...args)}\n`);
}

function show(label, value, opts) {
  print(`# ${label}`);
  print(opts === undefined ? util.inspect(value) : util.inspect(value, opts));
}

show('Map empty', new Map());
show('Map', new Map([['a', 1], [{ k: 1 }, [1, 2]]]));
show('Map many', new Map(Array.from({ length: 120 }, (_, i) => [i, `v${i}`])));
show('Map long', new Map([['key one', 'x'.repeat(40)], ['key two', 'y'.repeat(40)]]));
show('Map nested', new Map([['m', new Map([['inner', new Map([['deep', new Map([[1, 2]])]])]])]]));
show('Map with props', Object.assign(new Map([[1, 2]]), { extra: 'p' }));
show('Map subclass', new (class MyMap extends Map {})([[1, 2]]));
show('Map null proto', Object.setPrototypeOf(new Map([[1, 2]]), null));
show('Map maxArrayLength', new Map([[1, 1], [2, 2], [3, 3]]), { maxArrayLength: 1 });
show('Set empty', new Set());
show('Set', new Set([1, 'two', { three: 3 }]));
show('Set many numbers', new Set(Array.from({ length: 30 }, (_, i) => i)));
show('Set with props', Object.assign(new Set([1]), { p: 1 }));
show('Set subclass', new (class MySet extends Set {})([1]));
show('Set null proto', Object.setPrototypeOf(new Set([1]), null));
show('Set maxArrayLength', new Set([1, 2, 3]), { maxArrayLength: 2 });
show('Set sorted', new Set([3, 1, 2]), { sorted: true });
show('Map sorted', new Map([['b', 1], ['a', 2]]), { sorted: true });
show('WeakMap', new WeakMap([[{}, 1]]));
show('WeakSet', new WeakSet([{}]));
const wkey = { wk: 1 };
show('WeakMap showHidden', new WeakMap([[wkey, 'val']]), { showHidden: true });
show('WeakSet showHidden', new WeakSet([wkey]), { showHidden: true });
show('WeakMap empty showHidden', new WeakMap(), { showHidden: true });
show('WeakRef-free weak in object', { ws: new WeakSet() });

const map = new Map([['a', 1], ['b', 2], ['c', 3]]);
show('map.entries()', map.entries());
show('map.keys()', map.keys());
show('map.values()', map.values());
const it = map.keys();
it.next();
show('map.keys() advanced', it);
const set = new Set(['x', 'y']);
show('set.values()', set.values());
show('set.entries()', set.entries());
show('map iterator maxArrayLength', map.entries(), { maxArrayLength: 1 });
show('iterator in object', { iter: set.values() });
show('iterator with prop', Object.assign(map.values(), { extra: 1 }));
show('array iterator', [1, 2][Symbol.iterator]());
show('generator object', (function* g() { yield 1; })());
show('string iterator', 'ab'[Symbol.iterator]());

show('Promise resolved', Promise.resolve(42));
show('Promise resolved object', Promise.resolve({ a: [1, 2] }));
show('Promise pending', new Promise(() => {}));
const rejected = Promise.reject(new Error('rej'));
rejected.catch(() => {});
rejected.then(null, () => {});
const rejErr = new Error('rej2');
rejErr.stack = 'Error: rej2';
const rejected2 = Promise.reject(rejErr);
rejected2.catch(() => {});
show('Promise rejected', rejected2);
const rejected3 = Promise.reject(3);
rejected3.catch(() => {});
show('Promise rejected primitive', rejected3);
show('Promise with props', Object.assign(Promise.resolve(1), { tag: 'x' }));
show('Promise nested', { p: Promise.resolve(Promise.resolve(1)) });
show('Promise subclass', (class MyP extends Promise {}).resolve(1));
show('async fn result', (async () => 5)());

const target = { t: 1 };
const handler = { get() { return 1; } };
const proxy = new Proxy(target, handler);
show('Proxy', proxy);
show('Proxy showProxy', proxy, { showProxy: true });
show('Proxy of array', new Proxy([1, 2], {}));
show('Proxy of array showProxy', new Proxy([1, 2], {}), { showProxy: true });
show('Proxy of function', new Proxy(function pf() {}, {}));
show('Proxy nested showProxy', new Proxy(new Proxy({}, {}), {}), { showProxy: true });
show('Proxy depth showProxy', { a: { b: { c: new Proxy({}, {}) } } }, { showProxy: true });
const revocable = Proxy.revocable({}, {});
revocable.revoke();
show('revoked Proxy', revocable.proxy);
show('revoked Proxy in object', { p: revocable.proxy });
show('Proxy with throwing traps', new Proxy({ x: 1 }, {
  get() { throw new Error('trap'); },
  ownKeys() { throw new Error('trap'); },
  getPrototypeOf() { throw new Error('trap'); },
}));

const custom = { [util.inspect.custom]() { return 'CUSTOM'; } };
show('custom string', custom);
show('custom in object', { nested: custom });
show('customInspect false', custom, { customInspect: false });
show('custom returns object', { [util.inspect.custom]() { return { replaced: [1, 2] }; } });
show('custom returns this', { a: 1, [util.inspect.custom]() { return this; } });
show('custom multi-line in object', { x: { [util.inspect.custom]() { return 'line1\nline2'; } } });
show('custom args', {
  [util.inspect.custom](depth, options, insp) {
    return `depth=${depth} colors=${options.colors} compact=${options.compact} ` +
      `same=${insp === util.inspect} keys=${Object.keys(options).join(',')}`;
  },
});
show('custom depth nested', { a: { b: {
  [util.inspect.custom](depth) { return `d=${depth}`; },
} } });
show('custom depth null', { [util.inspect.custom](depth) { return `d=${depth}`; } }, { depth: null });
show('custom uses stylize', {
  [util.inspect.custom](depth, options) { return options.stylize('styled', 'special'); },
}, { colors: true });
show('custom user option', {
  [util.inspect.custom](depth, options) { return `user=${options.myOption}`; },
}, { myOption: 'yes' });
show('custom calls inspect', {
  [util.inspect.custom](depth, options, insp) { return insp({ inner: [1, 2] }, options); },
});
class WithCustom { [util.inspect.custom]() { return 'instance custom'; } }
show('class custom', new WithCustom());
show('class prototype with custom', WithCustom.prototype);
show('Symbol.for custom', { [Symbol.for('nodejs.util.inspect.custom')]() { return 'sym.for'; } });
show('custom non-function', { [util.inspect.custom]: 'not a function', v: 1 });
show('inspect.custom value', util.inspect.custom);
for (const n of ['ASetB', 'Sett', 'Set2', 'xSet', 'set', 'SetX', 'Set Thing']) {
  const C = ({ [n]: class extends Set {} })[n];
  show(`Set subclass named ${n}`, new C([1]));
}
const ownTag = Object.create(null);
ownTag[Symbol.toStringTag] = 'Own';
show('null proto with own tag', ownTag);
const hiddenTag = Object.create(null);
Object.defineProperty(hiddenTag, Symbol.toStringTag, { value: 'Hid' });
show('null proto with hidden tag', hiddenTag);
show('null proto with hidden tag showHidden', hiddenTag, { showHidden: true });
const getterTag = Object.create(null);
Object.defineProperty(getterTag, Symbol.toStringTag, { get() { return 'G'; }, enumerable: true });
show('null proto with getter tag', getterTag);
const optionProbe = {
  [util.inspect.custom](depth, options) {
    return `${Object.getPrototypeOf(options) === null} ${Object.keys(options).join(',')} ` +
      `${options.stylize('s', 'string')}`;
  },
};
show('custom options plain', optionProbe, { colors: true, extra: { x: 1 } });
show('custom options through proxy', new Proxy(optionProbe, {}), { colors: true, extra: { x: 1 } });
