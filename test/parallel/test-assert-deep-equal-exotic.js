'use strict';
// Deep equality of exotic values: sparse and huge arrays, replaced
// prototypes and Symbol.toStringTag (an object that reports itself as an
// Object is compared by its own keys only), iterators, weak references,
// data views, NaN payloads, getters. The booleans are Node 22's results for
// deepStrictEqual and deepEqual.
require('../common');
const assert = require('assert');
const { isDeepStrictEqual } = require('util');

function loose(a, b) {
  try {
    assert.deepEqual(a, b);
    return true;
  } catch (err) {
    if (err.code !== 'ERR_ASSERTION') return `throw:${err.message}`;
    return false;
  }
}

function strict(a, b) {
  try {
    return isDeepStrictEqual(a, b);
  } catch (err) {
    return `throw:${err.message}`;
  }
}

const o = { a: 1 };
const P = (obj) => Object.setPrototypeOf(obj, Object.prototype);
const T = (obj) => {
  Object.defineProperty(obj, Symbol.toStringTag, { value: 'Object' });
  return obj;
};

const cases = {
  weakref_diff: [() => [new WeakRef(o), new WeakRef(o)], true, true],
  gen: [() => { function* g() { yield 1 } return [g(), g()] }, true, true],
  iter: [() => [[1].values(), [1].values()], true, true],
  map_iter: [() => [new Map([[1, 2]]).entries(), new Map([[1, 3]]).entries()], true, true],
  dv_offset: [() => [new DataView(new Uint8Array([1, 2, 3]).buffer, 1), new DataView(new Uint8Array([9, 2, 3]).buffer, 1)], true, true],
  dv_offset2: [() => [new DataView(new Uint8Array([1, 2, 3]).buffer, 1), new DataView(new Uint8Array([2, 3]).buffer)], true, true],
  intl: [() => [new Intl.NumberFormat('en'), new Intl.NumberFormat('en')], true, true],
  global: [() => [globalThis, globalThis], true, true],
  class_fn: [() => [class A {}, class A {}], false, false],
  date_vs_proto: [() => [new Date(0), Object.setPrototypeOf(new Date(0), Object.prototype)], false, true],
  map_as_obj: [() => [Object.setPrototypeOf(new Map(), Object.prototype), {}], true, true],
  tag_getter: [() => { const a = {}; Object.defineProperty(a, Symbol.toStringTag, { get() { return 'Y' } }); return [a, {}] }, false, false],
  obj_vs_boxed_tag: [() => [{ [Symbol.toStringTag]: 'Number' }, new Number(1)], false, false],
  err_fake: [() => [Object.create(Error.prototype), Object.create(Error.prototype)], true, true],
  err_vs_fake: [() => [new Error('a'), Object.assign(Object.create(Error.prototype), { message: 'a' })], false, false],
  sym_desc: [() => [Object(Symbol('a')), Object(Symbol('a'))], false, false],
  arr_neg_idx: [() => { const a = [1]; a[-1] = 2; const b = [1]; b[-1] = 3; return [a, b] }, false, false],
  arr_big_idx: [() => { const a = []; a[2 ** 32 - 2] = 1; const b = []; b[2 ** 32 - 2] = 1; return [a, b] }, true, true],
  str_idx: [() => [new String('ab'), new String('ac')], false, false],
  u8_neg: [() => [new Int8Array([-1]), new Uint8Array([255])], false, false],
  f32_nan_payload: [() => { const a = new Float32Array(1); const b = new Float32Array(1); new Uint32Array(a.buffer)[0] = 0x7fc00001; new Uint32Array(b.buffer)[0] = 0x7fc00002; return [a, b] }, false, false],
  f64_vs_f64_loose_len: [() => [new Float64Array([1, 2]), new Float64Array([1])], false, false],
  proto_arr_len: [() => [[1, 2], Object.assign([1, 2], { length: 2 })], true, true],
  set_in_set_loose: [() => [new Set([new Set([1])]), new Set([new Set(['1'])])], false, true],
  map_key_loose_obj: [() => [new Map([[{ a: 1 }, 1]]), new Map([[{ a: '1' }, '1']])], false, true],
  map_two_obj_keys: [() => [new Map([[{ a: 1 }, 1], [{ a: 1 }, 2]]), new Map([[{ a: 1 }, 2], [{ a: 1 }, 1]])], true, true],
  set_obj_dups: [() => [new Set([{ a: 1 }, { a: 1 }, { a: 2 }]), new Set([{ a: 1 }, { a: 2 }, { a: 2 }])], false, false],
  null_proto_arr: [() => [Object.setPrototypeOf([1], null), Object.setPrototypeOf([1], null)], true, true],
  null_proto_date: [() => [Object.setPrototypeOf(new Date(0), null), Object.setPrototypeOf(new Date(0), null)], true, true],
  boxed_bool_vs_num: [() => [new Boolean(false), new Number(0)], false, false],
  getter_throw: [() => { const a = { get x() { throw new Error('g') } }; return [a, { x: 1 }] }, 'throw:g', 'throw:g'],
  map_proto: [() => [P(new Map([[1, 2]])), P(new Map([[1, 3]]))], true, true],
  map_proto_vs_obj: [() => [P(new Map([[1, 2]])), {}], true, true],
  obj_vs_map_proto: [() => [{}, P(new Map([[1, 2]]))], true, true],
  set_proto: [() => [P(new Set([1])), P(new Set([2]))], true, true],
  map_tag: [() => [T(new Map([[1, 2]])), T(new Map([[1, 3]]))], true, true],
  map_tag_vs_obj: [() => [T(new Map([[1, 2]])), {}], false, true],
  set_tag: [() => [T(new Set([1])), T(new Set([2]))], true, true],
  regexp_tag: [() => [T(/a/), T(/b/)], true, true],
  date_tag: [() => [T(new Date(0)), T(new Date(1))], true, true],
  u8_tag: [() => [T(new Uint8Array([1])), T(new Uint8Array([2]))], false, false],
  u8_proto: [() => [P(new Uint8Array([1])), P(new Uint8Array([2]))], false, false],
  err_tag: [() => [T(new Error('a')), T(new Error('b'))], true, true],
  err_proto: [() => [P(new Error('a')), P(new Error('b'))], false, false],
  num_tag: [() => [T(new Number(1)), T(new Number(2))], true, true],
  num_proto: [() => [P(new Number(1)), P(new Number(2))], false, false],
  ab_tag: [() => [T(new ArrayBuffer(1)), T(new ArrayBuffer(2))], true, true],
  weakmap_tag: [() => [T(new WeakMap()), T(new WeakMap())], true, true],
  promise_tag: [() => [T(Promise.resolve(1)), T(Promise.resolve(2))], true, true],
  map_tag_vs_set_tag: [() => [T(new Map()), T(new Set())], false, true],
  obj_tag_map_vs_map: [() => { const o = {}; Object.defineProperty(o, Symbol.toStringTag, {value: 'Map'}); return [o, new Map()]; }, false, false],
  map_vs_obj_tag_map: [() => { const o = {}; Object.defineProperty(o, Symbol.toStringTag, {value: 'Map'}); return [new Map(), o]; }, false, false],
  arr_proto_obj: [() => [P([1]), P([2])], false, false],
  args_tag: [() => [T((function () { return arguments })(1)), T((function () { return arguments })(2))], false, false],
};

for (const [name, [build, expectStrict, expectLoose]] of Object.entries(cases)) {
  const [a, b] = build();
  assert.strictEqual(strict(a, b), expectStrict, `${name}: strict`);
  assert.strictEqual(loose(a, b), expectLoose, `${name}: loose`);
}
