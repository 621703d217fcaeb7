'use strict';
// util.inspect options: compact, breakLength, sorted, showHidden, depth,
// legacy arguments, defaultOptions.
const util = require('util');

// Written straight to stdout so the output does not depend on the console module.
function print(...args) {
  process.stdout.write(`${util.format(...args)}\n`);
}

function show(label, value, opts) {
  print(`# ${label}`);
  print(opts === undefined ? util.inspect(value) : util.inspect(value, opts));
}

const sample = {
  name: 'sample', list: [1, 2, 3], nested: { a: { b: { c: 1 } } },
  map: new Map([['k', { v: [1] }]]), str: 'text',
};
show('compact false', sample, { compact: false });
show('compact true', sample, { compact: true });
show('compact 0', sample, { compact: 0 });
show('compact 1', sample, { compact: 1 });
show('compact 2', sample, { compact: 2 });
show('compact 5', sample, { compact: 5 });
show('compact true long', { a: 'x'.repeat(30), b: 'y'.repeat(30), c: 'z'.repeat(30) }, { compact: true });
show('compact true nested long', { outer: { a: 'x'.repeat(40), b: 'y'.repeat(40) } }, { compact: true });
show('compact true array', Array.from({ length: 30 }, (_, i) => i), { compact: true });
show('compact true circular', (() => { const o = { a: 1 }; o.o = o; return o; })(), { compact: true });
show('compact false circular', (() => { const o = { a: 1 }; o.o = o; return o; })(), { compact: false });
show('compact false array', [1, [2, 3]], { compact: false });
show('compact false empty', { a: {}, b: [] }, { compact: false });
show('compact 1 array grouping', Array.from({ length: 30 }, (_, i) => i), { compact: 1 });
show('compact false map', new Map([[1, { a: 1 }]]), { compact: false });
show('compact true map entries', new Map([[1, 2]]).entries(), { compact: true });
show('breakLength Infinity', sample, { breakLength: Infinity });
show('breakLength 40', sample, { breakLength: 40 });
show('breakLength 1', { a: 1, b: [1, 2] }, { breakLength: 1 });
show('breakLength Infinity compact false', { a: 1 }, { breakLength: Infinity, compact: false });
show('breakLength 120 array', Array.from({ length: 60 }, (_, i) => i * 11), { breakLength: 120 });
show('breakLength 200 strings', Array.from({ length: 40 }, (_, i) => `item${i}`), { breakLength: 200 });
show('sorted true', { c: 1, a: 2, b: 3 }, { sorted: true });
show('sorted comparator', { c: 1, a: 2, b: 3 }, { sorted: (x, y) => (x < y ? 1 : x > y ? -1 : 0) });
show('sorted array with keys', Object.assign([3, 1, 2], { z: 1, y: 2 }), { sorted: true });
show('sorted nested', { b: { d: 1, c: 2 }, a: 1 }, { sorted: true });
show('showHidden object', { a: 1 }, { showHidden: true });
show('showHidden array of objects', [{ a: 1 }], { showHidden: true });
show('showHidden error-free Math-free', Object.create(Object.prototype, {
  x: { value: 1, enumerable: false }, y: { value: 2, enumerable: true },
}), { showHidden: true });
show('showHidden map', new Map([[1, 2]]), { showHidden: true });
show('showHidden set', new Set([1]), { showHidden: true });
show('showHidden boxed string', new String('ab'), { showHidden: true });
show('showHidden arrow', () => {}, { showHidden: true });
show('showHidden arraybuffer', new ArrayBuffer(2), { showHidden: true });
show('showHidden depth 0', { a: { b: 1 } }, { showHidden: true, depth: 0 });
show('unknown option ignored', { a: 1 }, { notAnOption: true });
show('maxArrayLength negative', [1, 2, 3], { maxArrayLength: -5 });
show('depth 1 mixed', { a: [1, { b: 2 }], c: new Map([[1, { d: 1 }]]), e: new Set([[1]]) }, { depth: 1 });
show('depth 0 collections', { m: new Map([[1, 2]]), s: new Set([1]), p: Promise.resolve(1), d: new Date(0) }, { depth: 0 });
show('depth 0 typed', { t: new Uint8Array(2), ab: new ArrayBuffer(1), dv: new DataView(new ArrayBuffer(1)) }, { depth: 0 });
show('depth 0 functions', { f: Object.assign(function f() {}, { x: 1 }), c: class K {} }, { depth: 0 });
show('depth 0 error with props', { e: Object.assign(new Error('x'), { stack: 'Error: x', code: 1 }) }, { depth: 0 });
show('depth 0 null proto', { n: Object.assign(Object.create(null), { a: 1 }) }, { depth: 0 });
show('depth 0 subclass instance', { i: new (class Thing { constructor() { this.a = 1; } })() }, { depth: 0 });

print('# legacy arguments');
print(util.inspect({ a: { b: { c: { d: 1 } } } }, false, 0));
print(util.inspect({ a: { b: { c: { d: 1 } } } }, false, null));
print(util.inspect({ a: 1 }, true));
print(util.inspect({ a: 1 }, false, 2, true));
print(util.inspect({ a: 1 }, undefined, undefined, true));
print(util.inspect('str', { colors: false }, 5));
print(util.inspect({ a: { b: { c: { d: 1 } } } }, { depth: 0 }, 5));
print(util.inspect({ a: { b: 1 } }, null, 0, true));
print(util.inspect({ a: { b: { c: { d: 1 } } } }, 'ab', 1));

print('# defaultOptions');
print(util.inspect(util.inspect.defaultOptions));
const saved = { ...util.inspect.defaultOptions };
util.inspect.defaultOptions.depth = 0;
print(util.inspect({ a: { b: 1 } }));
util.inspect.defaultOptions = { depth: 5, compact: false };
print(util.inspect({ a: { b: { c: { d: { e: 1 } } } } }));
util.inspect.defaultOptions = saved;
print(util.inspect({ a: { b: { c: { d: { e: 1 } } } } }));
for (const bad of [null, 1, 'str', undefined]) {
  try {
    util.inspect.defaultOptions = bad;
    print('no throw for', bad);
  } catch (err) {
    print(err.name, err.code, err.message);
  }
}
print(util.inspect(util.inspect.defaultOptions));

print('# inspect properties');
print(typeof util.inspect.custom, util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
print(util.inspect(util.inspect.styles));
print(Object.keys(util.inspect.colors).length, util.inspect.colors.grey, util.inspect.colors.gray);
print(Object.getOwnPropertyNames(util.inspect.colors).join(','));
print(Object.getPrototypeOf(util.inspect.colors), Object.getPrototypeOf(util.inspect.styles));
print(util.inspect.colors.faint, util.inspect.colors.crossedOut, util.inspect.colors.swapColors);
