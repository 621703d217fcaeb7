'use strict';
// util.inspect shows the polyfilled built-ins as Node 22 shows the native ones.
const assert = require('assert');
const { inspect } = require('util');

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

const cases = [
  [[].toSorted, '[Function: toSorted]'],
  [Int8Array.prototype.with, '[Function: with]'],
  [Array.fromAsync, '[Function: fromAsync]'],
  [Object.groupBy, '[Function: groupBy]'],
  [Promise.withResolvers, '[Function: withResolvers]'],
  [Set.prototype.union, '[Function: union]'],
  [String.prototype.toWellFormed, '[Function: toWellFormed]'],
  [Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'detached').get, '[Function: get detached]'],
  [Object.getOwnPropertyDescriptor(IteratorPrototype, 'constructor').set, '[Function: set constructor]'],
  [Iterator, '[Function: Iterator]'],
  [Iterator.from, '[Function: from]'],
  [IteratorPrototype.flatMap, '[Function: flatMap]'],
  [[1].values().map((x) => x), 'Object [Iterator Helper] {}'],
  [Iterator.from({ next() {} }), 'Object [Iterator] {}'],
  [IteratorPrototype, 'Object [Iterator] {}'],
  [Object.groupBy([1], () => 'a'), '[Object: null prototype] { a: [ 1 ] }'],
  [Map.groupBy([1], () => 'a'), "Map(1) { 'a' => [ 1 ] }"],
  [new Set([1]).union(new Set([2])), 'Set(2) { 1, 2 }'],
  [[3, 1].toSorted(), '[ 1, 3 ]'],
  [new Uint8Array([2, 1]).toSorted(), 'Uint8Array(2) [ 1, 2 ]'],
  [Symbol.dispose, 'Symbol(nodejs.dispose)'],
  [Symbol.asyncDispose, 'Symbol(nodejs.asyncDispose)'],
];
for (const [value, expected] of cases) {
  assert.strictEqual(inspect(value), expected);
}
assert.strictEqual(inspect(Array.fromAsync([])), 'Promise { <pending> }');
