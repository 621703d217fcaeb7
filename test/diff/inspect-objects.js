'use strict';
// util.inspect of plain objects, nesting, depth, circular references, keys.
const util = require('util');

// Written straight to stdout so the output does not depend on the console module.
function print(...args) {
  process.stdout.write(`${util.format(...args)}\n`);
}

function show(label, value, opts) {
  print(`# ${label}`);
  print(opts === undefined ? util.inspect(value) : util.inspect(value, opts));
}

show('empty', {});
show('flat', { a: 1, b: 'two', c: true, d: null, e: undefined });
show('nested', { a: { b: { c: { d: 1 } } } });
show('nested empty at depth', { a: { b: { c: {} } } });
show('nested empty array at depth', { a: { b: { c: [] } } });
show('nested array at depth', { a: { b: { c: [1] } } });
show('depth 0', { a: { b: 1 }, c: [1] }, { depth: 0 });
show('depth null', { a: { b: { c: { d: { e: { f: 1 } } } } } }, { depth: null });
show('depth Infinity', { a: { b: { c: { d: { e: 1 } } } } }, { depth: Infinity });
show('depth -1', { a: 1 }, { depth: -1 });
show('depth -1 array', [1, 2], { depth: -1 });
show('quoted keys', { 'a-b': 1, 'with space': 2, '1x': 3, _ok: 4, $dollar: 5, 'a\nb': 6 });
show('numeric keys', { 1: 'a', 2: 'b', 10: 'c' });
show('__proto__ key', JSON.parse('{"__proto__": 1, "x": 2}'));
show('symbol keys', { [Symbol('s')]: 1, [Symbol()]: 2, [Symbol.iterator]: 3, [Symbol.for('reg')]: 4 });
show('symbol with newline', { [Symbol('a\nb')]: 1 });
show('symbol value', Symbol('desc'));
show('symbol in object', { s: Symbol('x'), t: Symbol() });
const hidden = { visible: 1 };
Object.defineProperty(hidden, 'hid', { value: 2, enumerable: false });
Object.defineProperty(hidden, Symbol('hs'), { value: 3, enumerable: false });
show('non-enumerable default', hidden);
show('non-enumerable showHidden', hidden, { showHidden: true });
const acc = {
  get g() { return 1; },
  set s(v) {},
  get gs() { return 2; },
  set gs(v) {},
};
show('accessors', acc);
show('getters true', acc, { getters: true });
show('getters get', acc, { getters: 'get' });
show('getters set', acc, { getters: 'set' });
show('getter returning object', { get o() { return { x: [1, 2] }; } }, { getters: true });
show('getter returning null', { get n() { return null; } }, { getters: true });
show('getter throwing', { get t() { throw new Error('nope'); } }, { getters: true });
show('getter returning string', { get s() { return 'str'; } }, { getters: true });

const circ = { name: 'c' };
circ.self = circ;
show('circular', circ);
const a = { x: 1 };
const b = { y: 2, a };
a.b = b;
show('circular pair', a);
const multi = { one: {}, two: {} };
multi.one.back = multi;
multi.two.inner = { top: multi.two, root: multi };
show('multiple circular', multi);
const carr = [1];
carr.push(carr);
show('circular array', carr);
const cmap = new Map();
cmap.set('me', cmap);
show('circular map', cmap);

show('long object breaks', {
  alpha: 'aaaaaaaaaa', beta: 'bbbbbbbbbb', gamma: 'cccccccccc', delta: 'dddddddddd', eps: 1,
});
show('six short props', { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 });
show('many props', Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`k${i}`, i])));
show('nested 3 levels compact', { a: { b: { c: 1 } }, d: 2 });
show('nested 4 levels', { a: { b: { c: { d: {} } } } }, { depth: 5 });
show('mixed nested', { arr: [{ a: 1 }, { b: [1, 2, { c: 3 }] }], obj: { x: { y: 'z' } } });
show('object with functions', { f() {}, g: () => 1, h: function named() {} });
show('null prototype', Object.assign(Object.create(null), { a: 1 }));
show('null prototype empty', Object.create(null));
show('null prototype nested at depth', { a: { b: { c: Object.assign(Object.create(null), { x: 1 }) } } });
show('object with toStringTag', { [Symbol.toStringTag]: 'Custom', a: 1 });
class Tagged { get [Symbol.toStringTag]() { return 'TagName'; } }
show('class with toStringTag', new Tagged());
show('undefined and null values', { u: undefined, n: null });
show('negative zero', { z: -0, arr: [-0, 0] });
show('special numbers', { nan: NaN, inf: Infinity, ninf: -Infinity, big: 1e21, small: 1e-7 });
show('bigint', { b: 123n, n: -5n });
show('boolean values', { t: true, f: false });
show('object in array in object', { list: [{ id: 1, tags: ['a', 'b'] }, { id: 2, tags: [] }] });
const deep = {};
let cur = deep;
for (let i = 0; i < 6; i++) { cur.next = { level: i }; cur = cur.next; }
show('deep chain', deep);
show('deep chain depth 10', deep, { depth: 10 });
show('arguments', (function() { return arguments; })(1, 'two'));
show('empty arguments', (function() { return arguments; })());
show('object with many nested short arrays', { a: [1, 2], b: [3, 4], c: [5, 6], d: [7, 8] });
show('long string values', { a: 'x'.repeat(70), b: 'y'.repeat(10) });
show('object with object key ordering', { b: 1, a: 2, 3: 'three', 1: 'one' });
show('globalThis-free Math', Math);
show('JSON', JSON);
show('Reflect-like', { apply: Reflect.apply });
show('symbol key with quote', { [Symbol("it's")]: 1 });
const hiddenQuote = {};
Object.defineProperty(hiddenQuote, "it's", { value: 1, enumerable: false });
show('hidden key with quote', hiddenQuote, { showHidden: true });
