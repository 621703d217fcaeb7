'use strict';
// The built-ins that nodus polyfills on V8 10.2 must look exactly like
// Node 22's native ones: property attributes, name, length, no [[Construct]],
// no own `prototype`, and native-looking source text.
const assert = require('assert');

const TypedArrayPrototype = Object.getPrototypeOf(Int8Array.prototype);
const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

// [holder, key, name, length]
const methods = [
  [Array.prototype, 'toReversed', 'toReversed', 0],
  [Array.prototype, 'toSorted', 'toSorted', 1],
  [Array.prototype, 'toSpliced', 'toSpliced', 2],
  [Array.prototype, 'with', 'with', 2],
  [TypedArrayPrototype, 'toReversed', 'toReversed', 0],
  [TypedArrayPrototype, 'toSorted', 'toSorted', 1],
  [TypedArrayPrototype, 'with', 'with', 2],
  [Object, 'groupBy', 'groupBy', 2],
  [Map, 'groupBy', 'groupBy', 2],
  [Promise, 'withResolvers', 'withResolvers', 0],
  [Array, 'fromAsync', 'fromAsync', 1],
  [Set.prototype, 'union', 'union', 1],
  [Set.prototype, 'intersection', 'intersection', 1],
  [Set.prototype, 'difference', 'difference', 1],
  [Set.prototype, 'symmetricDifference', 'symmetricDifference', 1],
  [Set.prototype, 'isSubsetOf', 'isSubsetOf', 1],
  [Set.prototype, 'isSupersetOf', 'isSupersetOf', 1],
  [Set.prototype, 'isDisjointFrom', 'isDisjointFrom', 1],
  [String.prototype, 'isWellFormed', 'isWellFormed', 0],
  [String.prototype, 'toWellFormed', 'toWellFormed', 0],
  [ArrayBuffer.prototype, 'transfer', 'transfer', 0],
  [ArrayBuffer.prototype, 'transferToFixedLength', 'transferToFixedLength', 0],
  [Iterator, 'from', 'from', 1],
  [IteratorPrototype, 'map', 'map', 1],
  [IteratorPrototype, 'filter', 'filter', 1],
  [IteratorPrototype, 'take', 'take', 1],
  [IteratorPrototype, 'drop', 'drop', 1],
  [IteratorPrototype, 'flatMap', 'flatMap', 1],
  [IteratorPrototype, 'reduce', 'reduce', 1],
  [IteratorPrototype, 'toArray', 'toArray', 0],
  [IteratorPrototype, 'forEach', 'forEach', 1],
  [IteratorPrototype, 'some', 'some', 1],
  [IteratorPrototype, 'every', 'every', 1],
  [IteratorPrototype, 'find', 'find', 1],
];

function checkFunction(fn, name, length) {
  assert.strictEqual(typeof fn, 'function', name);
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(fn, 'name'),
                         { value: name, writable: false, enumerable: false, configurable: true });
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(fn, 'length'),
                         { value: length, writable: false, enumerable: false, configurable: true });
  assert.strictEqual(Object.prototype.hasOwnProperty.call(fn, 'prototype'), false, `${name} has a prototype`);
  assert.strictEqual(Object.getPrototypeOf(fn), Function.prototype);
  assert.throws(() => Reflect.construct(String, [], fn), TypeError, `${name} is a constructor`);
  assert.strictEqual(Function.prototype.toString.call(fn), `function ${name}() { [native code] }`);
}

for (const [holder, key, name, length] of methods) {
  const desc = Object.getOwnPropertyDescriptor(holder, key);
  assert.ok(desc, `missing ${name}`);
  assert.strictEqual(desc.writable, true, name);
  assert.strictEqual(desc.enumerable, false, name);
  assert.strictEqual(desc.configurable, true, name);
  checkFunction(desc.value, name, length);
}

// Calling with `new` is a TypeError.
assert.throws(() => new [].toSorted(), TypeError);
assert.throws(() => new Object.groupBy([], String), TypeError);

// Accessors.
{
  const desc = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'detached');
  assert.strictEqual(desc.enumerable, false);
  assert.strictEqual(desc.configurable, true);
  assert.strictEqual(desc.set, undefined);
  checkFunction(desc.get, 'get detached', 0);
}
for (const [key, label] of [['constructor', 'constructor'], [Symbol.toStringTag, '[Symbol.toStringTag]']]) {
  const desc = Object.getOwnPropertyDescriptor(IteratorPrototype, key);
  assert.strictEqual(desc.enumerable, false);
  assert.strictEqual(desc.configurable, true);
  checkFunction(desc.get, `get ${label}`, 0);
  checkFunction(desc.set, `set ${label}`, 1);
}

// Array.prototype[Symbol.unscopables]
{
  const unscopables = Array.prototype[Symbol.unscopables];
  for (const key of ['toReversed', 'toSorted', 'toSpliced']) {
    assert.deepStrictEqual(Object.getOwnPropertyDescriptor(unscopables, key),
                           { value: true, writable: true, enumerable: true, configurable: true });
  }
  assert.strictEqual(Object.prototype.hasOwnProperty.call(unscopables, 'with'), false);
  // `with` is sloppy-mode only: check the lookup through a sloppy function.
  const sloppy = new Function('arr', 'var toSorted = "outer"; with (arr) { return [toSorted, typeof map]; }');
  assert.deepStrictEqual(sloppy([]), ['outer', 'function']);
}

// Iterator: a constructor with a non-writable prototype.
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(globalThis, 'Iterator'),
                       { value: Iterator, writable: true, enumerable: false, configurable: true });
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(Iterator, 'prototype'),
                       { value: IteratorPrototype, writable: false, enumerable: false, configurable: false });
assert.strictEqual(Iterator.name, 'Iterator');
assert.strictEqual(Iterator.length, 0);
assert.strictEqual(Function.prototype.toString.call(Iterator), 'function Iterator() { [native code] }');

// Symbol.dispose and Symbol.asyncDispose, as Node 22 defines them.
for (const key of ['dispose', 'asyncDispose']) {
  const desc = Object.getOwnPropertyDescriptor(Symbol, key);
  assert.strictEqual(typeof desc.value, 'symbol');
  assert.strictEqual(desc.writable, false);
  assert.strictEqual(desc.enumerable, false);
  assert.strictEqual(desc.configurable, false);
  assert.strictEqual(desc.value.description, `nodejs.${key}`);
  assert.strictEqual(Symbol.keyFor(desc.value), `nodejs.${key}`);
}
assert.notStrictEqual(Symbol.dispose, Symbol.asyncDispose);

// Function.prototype.toString is untouched for everything else.
function plain(a) { return a; }
assert.strictEqual(Function.prototype.toString.call(plain), 'function plain(a) { return a; }');
assert.strictEqual(Function.prototype.toString.call(Math.max), 'function max() { [native code] }');
assert.throws(() => Function.prototype.toString.call({}), TypeError);

// WebAssembly.Exception.prototype[Symbol.toStringTag]
if (typeof WebAssembly === 'object' && typeof WebAssembly.Exception === 'function') {
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(WebAssembly.Exception.prototype, Symbol.toStringTag),
                         { value: 'WebAssembly.Exception', writable: false, enumerable: false, configurable: true });
  const tag = new WebAssembly.Tag({ parameters: [] });
  assert.strictEqual(Object.prototype.toString.call(new WebAssembly.Exception(tag, [])), '[object WebAssembly.Exception]');
}
