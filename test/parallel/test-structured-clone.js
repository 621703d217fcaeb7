'use strict';
require('../common');
const assert = require('assert');

const src = {
  n: 1, s: 'x', d: new Date(0), r: /a/g, m: new Map([[1, { a: 1 }]]), set: new Set([1, 2]),
  arr: [1, , 3], big: 10n, nested: { u8: new Uint8Array([1, 2, 3]) }, err: new RangeError('e'),
};
src.self = src;
const copy = structuredClone(src);
assert.notStrictEqual(copy, src);
assert.strictEqual(copy.self, copy);
assert.deepStrictEqual(copy.m, src.m);
assert.deepStrictEqual(copy.nested.u8, src.nested.u8);
assert.strictEqual(copy.d.getTime(), 0);
assert.strictEqual(copy.r.source, 'a');
assert.strictEqual(copy.big, 10n);
assert.strictEqual(copy.err instanceof RangeError, true);
assert.strictEqual(copy.err.message, 'e');
assert.strictEqual(1 in copy.arr, false);

// Transfer detaches the source buffer and moves its contents.
const ab = new ArrayBuffer(8);
new Uint8Array(ab)[0] = 42;
const moved = structuredClone(ab, { transfer: [ab] });
assert.strictEqual(ab.byteLength, 0);
assert.strictEqual(new Uint8Array(moved)[0], 42);

for (const bad of [() => {}, Symbol('s'), { f() {} }]) {
  assert.throws(() => structuredClone(bad), { name: 'DataCloneError' });
}
assert.throws(() => structuredClone(), { code: 'ERR_MISSING_ARGS' });
