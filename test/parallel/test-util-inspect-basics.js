'use strict';
require('../common');
const assert = require('assert');
const util = require('util');

// Primitives.
assert.strictEqual(util.inspect(1), '1');
assert.strictEqual(util.inspect(-0), '-0');
assert.strictEqual(util.inspect(1n), '1n');
assert.strictEqual(util.inspect('a'), "'a'");
assert.strictEqual(util.inspect("a'b"), `"a'b"`);
assert.strictEqual(util.inspect(`a'"b`), "`a'\"b`");
assert.strictEqual(util.inspect(`a'"\`b`), "'a\\'\"`b'");
assert.strictEqual(util.inspect('\n\t\x00'), "'\\n\\t\\x00'");
assert.strictEqual(util.inspect(undefined), 'undefined');
assert.strictEqual(util.inspect(null), 'null');
assert.strictEqual(util.inspect(Symbol('s')), 'Symbol(s)');

// Objects and arrays.
assert.strictEqual(util.inspect({}), '{}');
assert.strictEqual(util.inspect({ a: 1, 'b-c': 2 }), "{ a: 1, 'b-c': 2 }");
assert.strictEqual(util.inspect([1, [2, [3, [4, [5]]]]]), '[ 1, [ 2, [ 3, [Array] ] ] ]');
assert.strictEqual(util.inspect({ a: { b: { c: { d: 1 } } } }), '{ a: { b: { c: [Object] } } }');
assert.strictEqual(util.inspect({ a: { b: { c: { d: 1 } } } }, { depth: null }),
                   '{\n  a: { b: { c: { d: 1 } } }\n}');
assert.strictEqual(util.inspect([1, , 3]), '[ 1, <1 empty item>, 3 ]');
assert.strictEqual(util.inspect(new Array(101).fill(0)).endsWith('... 1 more item\n]'), true);
assert.strictEqual(util.inspect(Object.create(null)), '[Object: null prototype] {}');

// Circular references.
const circular = { a: 1 };
circular.self = circular;
assert.strictEqual(util.inspect(circular), '<ref *1> { a: 1, self: [Circular *1] }');

// Functions and classes.
assert.strictEqual(util.inspect(function foo() {}), '[Function: foo]');
assert.strictEqual(util.inspect(class Foo {}), '[class Foo]');
assert.strictEqual(util.inspect(class Bar extends Map {}), '[class Bar extends Map]');
assert.strictEqual(util.inspect(async function af() {}), '[AsyncFunction: af]');
assert.strictEqual(util.inspect(function* g() {}), '[GeneratorFunction: g]');
assert.strictEqual(util.inspect((() => () => {})()), '[Function (anonymous)]');

// Collections.
assert.strictEqual(util.inspect(new Map([[1, 'a']])), "Map(1) { 1 => 'a' }");
assert.strictEqual(util.inspect(new Set([1, 2])), 'Set(2) { 1, 2 }');
assert.strictEqual(util.inspect(new WeakMap()), 'WeakMap { <items unknown> }');
assert.strictEqual(util.inspect(new WeakSet()), 'WeakSet { <items unknown> }');
assert.strictEqual(util.inspect(new Map([[1, 2]]).entries()), '[Map Entries] { [ 1, 2 ] }');
assert.strictEqual(util.inspect(new Set([1]).values()), '[Set Iterator] { 1 }');
assert.strictEqual(util.inspect(new Uint8Array([1, 2])), 'Uint8Array(2) [ 1, 2 ]');
assert.strictEqual(util.inspect(new ArrayBuffer(2)),
                   'ArrayBuffer { [Uint8Contents]: <00 00>, [byteLength]: 2 }');

// Promises and proxies.
assert.strictEqual(util.inspect(Promise.resolve(3)), 'Promise { 3 }');
assert.strictEqual(util.inspect(new Promise(() => {})), 'Promise { <pending> }');
const rejected = Promise.reject(5);
rejected.catch(() => {});
assert.strictEqual(util.inspect(rejected), 'Promise { <rejected> 5 }');
const proxy = new Proxy({ a: 1 }, {});
assert.strictEqual(util.inspect(proxy), '{ a: 1 }');
assert.strictEqual(util.inspect(proxy, { showProxy: true }), 'Proxy [ { a: 1 }, {} ]');

// Boxed primitives, dates, regexps.
assert.strictEqual(util.inspect(new Number(3)), '[Number: 3]');
assert.strictEqual(util.inspect(new String('ab')), "[String: 'ab']");
assert.strictEqual(util.inspect(new Date(0)), '1970-01-01T00:00:00.000Z');
assert.strictEqual(util.inspect(new Date(NaN)), 'Invalid Date');
assert.strictEqual(util.inspect(/a/g), '/a/g');

// Errors.
const err = new Error('boom');
err.stack = 'Error: boom';
assert.strictEqual(util.inspect(err), '[Error: boom]');
err.code = 'E1';
assert.strictEqual(util.inspect(err), "[Error: boom] { code: 'E1' }");

// Getters.
const withGetter = { get g() { return 1; } };
assert.strictEqual(util.inspect(withGetter), '{ g: [Getter] }');
assert.strictEqual(util.inspect(withGetter, { getters: true }), '{ g: [Getter: 1] }');

// Strings are cut at maxStringLength.
assert.strictEqual(util.inspect('abcdef', { maxStringLength: 2 }), "'ab'... 4 more characters");
