'use strict';
// util.inspect of arrays, typed arrays, buffers, grouping into columns.
const util = require('util');

// Written straight to stdout so the output does not depend on the console module.
function print(...args) {
  process.stdout.write(`${util.format(...args)}\n`);
}

function show(label, value, opts) {
  print(`# ${label}`);
  print(opts === undefined ? util.inspect(value) : util.inspect(value, opts));
}

const range = (n, f = (i) => i) => Array.from({ length: n }, (_, i) => f(i));

show('empty', []);
show('small', [1, 2, 3]);
show('strings', ['a', 'b', 'c']);
show('nested', [[1, [2, [3, [4]]]]]);
show('six numbers', range(6));
show('seven numbers', range(7));
show('26 numbers', range(26));
show('100 numbers', range(100));
show('101 numbers', range(101));
show('102 numbers', range(102));
show('1000 numbers', range(1000));
show('mixed width numbers', range(30, (i) => i * i * i));
show('negative numbers', range(20, (i) => -i * 7));
show('floats', range(15, (i) => i / 3));
show('bigints', range(12, (i) => BigInt(i) ** 5n));
show('short strings', range(30, (i) => `s${i}`));
show('varied strings', range(20, (i) => 'x'.repeat(i % 7)));
show('long strings', range(8, (i) => 'word'.repeat(i + 3)));
show('one very long entry', [1, 2, 3, 4, 5, 6, 'x'.repeat(60)]);
show('booleans', range(16, (i) => i % 3 === 0));
show('mixed types', [1, 'a', null, undefined, true, 2n, Symbol('s'), {}, []]);
show('objects in array', range(8, (i) => ({ id: i })));
show('arrays in array', range(10, (i) => [i, i + 1]));
show('sparse one hole', [1, , 3]);
show('sparse leading', [, , 1]);
show('sparse trailing', [1, , ,]);
show('sparse all', new Array(5));
show('sparse big', (() => { const a = []; a[3] = 1; a[50] = 2; a.length = 200; return a; })());
show('sparse max length', (() => { const a = []; a[1] = 1; a[3] = 3; a[5] = 5; return a; })(), { maxArrayLength: 2 });
show('array extra props', Object.assign([1, 2], { foo: 'bar', [Symbol('s')]: 1 }));
show('array extra props many', Object.assign(range(10), { extra: true }));
show('array negative key', Object.assign([1], { '-1': 'neg' }));
show('array length only', Object.assign([], { length: 3 }));
show('array maxArrayLength 0', [1, 2, 3], { maxArrayLength: 0 });
show('array maxArrayLength 1', [1, 2, 3], { maxArrayLength: 1 });
show('array maxArrayLength null', range(120), { maxArrayLength: null });
show('array maxArrayLength Infinity', range(110), { maxArrayLength: Infinity });
show('array showHidden', [1, 2], { showHidden: true });
show('array subclass', new (class MyArray extends Array {})(3).fill(0));
show('array subclass empty', new (class Empty extends Array {})());
show('null proto array', Object.setPrototypeOf([1, 2], null));
show('array with holes in columns', (() => { const a = range(30); delete a[5]; delete a[6]; return a; })());
show('nested number grid', range(5, (i) => range(10, (j) => i * j)));
show('array in object in array', [{ a: [1, 2, 3] }]);
show('array of long objects', range(3, (i) => ({ name: `item number ${i}`, description: 'x'.repeat(40) })));

show('Uint8Array', new Uint8Array([1, 2, 3]));
show('Uint8Array empty', new Uint8Array(0));
show('Uint8Array big', new Uint8Array(150));
show('Int16Array', new Int16Array([-1, 2, -3]));
show('Float64Array', new Float64Array([0.5, -0, NaN, Infinity]));
show('Float32Array', new Float32Array([1.5, 2.25]));
show('BigInt64Array', new BigInt64Array([1n, -2n]));
show('BigUint64Array', new BigUint64Array([3n]));
show('Uint8ClampedArray', new Uint8ClampedArray([0, 255]));
show('Uint32Array many', new Uint32Array(range(40, (i) => i * 1000)));
show('typed showHidden', new Uint8Array([1, 2]), { showHidden: true });
show('typed extra prop', Object.assign(new Uint16Array(2), { tag: 'x' }));
show('typed in object', { bytes: new Uint8Array([9, 8]) });
show('typed subclass', new (class Bytes extends Uint8Array {})(2));
show('typed maxArrayLength', new Int8Array(10), { maxArrayLength: 3 });

show('ArrayBuffer', new Uint8Array([1, 2, 255]).buffer);
show('ArrayBuffer empty', new ArrayBuffer(0));
show('ArrayBuffer large', new ArrayBuffer(120));
show('ArrayBuffer maxArrayLength', new ArrayBuffer(10), { maxArrayLength: 4 });
show('ArrayBuffer in object', { buf: new ArrayBuffer(3) });
show('SharedArrayBuffer', new SharedArrayBuffer(4));
show('DataView', new DataView(new ArrayBuffer(4), 1, 2));
show('DataView nested', { dv: new DataView(new ArrayBuffer(2)) });
show('numericSeparator array', [1000, 1234567, 0.123456, -9876543.21], { numericSeparator: true });
show('numericSeparator typed', new Int32Array([1000000, -2000]), { numericSeparator: true });
// Column widths of non-ASCII text decide the grouping.
for (const c of ['\u00e9', 'e\u0301', '\u4e2d', '\uff21', '\u{1F600}', '\u{1F44D}\u{1F3FD}', '\u200b',
  '\u0e01\u0e31', '\uac00', '\u{20000}', '\u2764\ufe0f', '\u{1F1FA}\u{1F1F8}', '\u0600', '\u231a',
  '\u3042', '\uff61', '\u{1F004}', '\u00ad']) {
  show(`grouping ${JSON.stringify(c)}`, Array.from({ length: 10 }, (_, i) => c.repeat(1 + (i % 3))));
}
