'use strict';
// util.format and util.formatWithOptions.
const util = require('util');

// Written straight to stdout so the output does not depend on the console module.
function print(...args) {
  process.stdout.write(`${util.format(...args)}\n`);
}

function f(...args) {
  print(JSON.stringify(util.format(...args)));
}

f();
f('plain');
f('%s', 'str');
f('%s', 42);
f('%s', -0);
f('%s', 42n);
f('%s', null);
f('%s', undefined);
f('%s', true);
f('%s', Symbol('sym'));
f('%s', { a: { b: { c: 1 } } });
f('%s', [1, [2, [3]]]);
f('%s', new Error('err-in-s').message);
f('%s', { toString() { return 'custom toString'; } });
f('%s', new (class Foo { toString() { return 'Foo!'; } })());
f('%s', new (class Bar {})());
f('%s', new Date(0).toISOString());
f('%s', { [Symbol.toPrimitive]() { return 'prim'; } });
f('%s', Object.create(null));
f('%s', function fn() {});
f('%s', new Map([[1, 2]]));
f('%s %s', 'only one');
f('%d', 42);
f('%d', '42');
f('%d', 4.5);
f('%d', -0);
f('%d', '0x10');
f('%d', 'abc');
f('%d', 12n);
f('%d', Symbol('s'));
f('%d', {});
f('%d', null);
f('%d', []);
f('%i', 42.9);
f('%i', '-42.9');
f('%i', 12n);
f('%i', Symbol('s'));
f('%i', 'x');
f('%f', '3.14abc');
f('%f', 2n);
f('%f', Symbol('s'));
f('%f', 'abc');
f('%j', { a: 1, b: [1, 2] });
f('%j', 'str');
f('%j', undefined);
f('%j', (() => { const o = {}; o.o = o; return o; })());
f('%j', { toJSON() { return 'tojson'; } });
f('%o', { a: 1, f() {} });
f('%o', [1, 2]);
f('%o', { a: { b: { c: { d: { e: 1 } } } } });
f('%O', { a: { b: { c: { d: { e: 1 } } } } });
f('%O', 'string with %O');
f('%c', 'color: red');
f('%c%s', 'css', 'after');
f('%%');
f('%% %s', 'x');
f('100%');
f('%');
f('%x', 1);
f('%s%', 'a');
f('%%s', 'a');
f('%s:%s', 'a');
f('a', 'b', 'c');
f('a', 1, { x: 1 });
f(1, 2, 3);
f({ a: 1 }, 'str');
f('%s', 'a', 'extra', 42, { o: 1 });
f('%d%%', 50);
f('%s %d %i %f %j %o %O %c end', 's', 1, 2.5, '3.5', { j: 1 }, [1], { O: 1 }, 'css');
f('no format', { long: 'x'.repeat(100) });
f('%s', 'x'.repeat(5), 'multi\nline');
f(Symbol('first'));
f(null, undefined);
f('%s', [new Error('in array').message]);
f('%s', { e: 1n });
f('%s', new Set([1]));
f('%s', Promise.resolve(1));
f('%s', new Proxy({ a: 1 }, {}));
f('%s', new Number(3));
f('%s', new String('boxed'));
f('%s', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27]);
f('%s', { a: [1, 2], b: { c: 1 } });
f('%s', Object.assign(new Error('with props'), { stack: 'Error: with props', code: 'X' }));
f('%s', class K {});

print('# formatWithOptions');
print(JSON.stringify(util.formatWithOptions({ colors: true }, 'num %d', 5, { a: 'x' })));
print(JSON.stringify(util.formatWithOptions({ colors: true }, '%s', { a: 'x' })));
print(JSON.stringify(util.formatWithOptions({ depth: 0 }, { a: { b: 1 } })));
print(JSON.stringify(util.formatWithOptions({ compact: false }, '%O', { a: 1 })));
print(JSON.stringify(util.formatWithOptions({ showHidden: true }, [1])));
print(JSON.stringify(util.formatWithOptions({}, 'plain %s', 'x')));
print(JSON.stringify(util.formatWithOptions([], 'array options %d', 1)));
for (const bad of [null, 1, 'str', undefined, true]) {
  try {
    util.formatWithOptions(bad, 'x');
    print('no throw');
  } catch (err) {
    print(err.name, err.code, err.message);
  }
}

print('# %s and toString / Symbol.toPrimitive');
class WithPrim { [Symbol.toPrimitive]() { return 'proto-prim'; } }
class WithToString { toString() { return 'proto-toString'; } }
class InheritsToString extends WithToString {}
class DateSub extends Date {}
f('%s', new Date(0));
f('%s', new DateSub(0));
f('%s', { [Symbol.toPrimitive]() { return 'own-prim'; } });
f('%s', new WithPrim());
f('%s', new WithToString());
f('%s', new InheritsToString());
f('%s', Object(Symbol('boxed')));
f('%s', Object.assign(Object.create(null), { toString() { return 'null-proto toString'; } }));
f('%s', Object.assign([1], { toString() { return 'array own toString'; } }));
f('%s', { toString: 5 });
f('%s', new Boolean(false));
f('%s', /re/g);
f('%s', Object.create({ toString() { return 'x'; }, constructor: Array }));
