'use strict';
// The deep-equality algorithm: each case builds [actual, expected]; the two
// booleans are Node 22's results for deepStrictEqual and deepEqual.
require('../common');
const assert = require('assert');
const util = require('util');

const circ = () => { const a = { x: 1 }; a.self = a; return a; };

function strictResult(a, b) {
  try {
    assert.deepStrictEqual(a, b);
    return true;
  } catch (err) {
    assert.strictEqual(err.code, 'ERR_ASSERTION');
    return false;
  }
}

function looseResult(a, b) {
  try {
    assert.deepEqual(a, b);
    return true;
  } catch (err) {
    assert.strictEqual(err.code, 'ERR_ASSERTION');
    return false;
  }
}

const cases = {
  re_lastIndex: [()=>{const a=/a/g,b=/a/g;b.lastIndex=1;return [a,b]}, false, false],
  err_cause: [()=>[new Error('a',{cause:1}), new Error('a',{cause:2})], false, false],
  err_cause_missing: [()=>[new Error('a',{cause:undefined}), new Error('a')], false, false],
  err_errors: [()=>[new AggregateError([1],'a'), new AggregateError([2],'a')], false, false],
  err_name: [()=>[new Error('a'), new TypeError('a')], false, false],
  err_prop: [()=>{const a=new Error('x'),b=new Error('x');a.code=1;return [a,b]}, false, false],
  weakmap: [()=>[new WeakMap(), new WeakMap()], false, false],
  weakset: [()=>[new WeakSet(), new WeakSet()], false, false],
  arr_obj: [()=>[[], {}], false, false],
  nullproto: [()=>[Object.create(null), {}], false, true],
  holes: [()=>[[1,,3],[1,undefined,3]], false, false],
  f32neg0: [()=>[new Float32Array([-0]), new Float32Array([0])], false, true],
  f32nan: [()=>[new Float32Array([NaN]), new Float32Array([NaN])], true, false],
  u8_vs_i8: [()=>[new Uint8Array([1]), new Int8Array([1])], false, false],
  num_box: [()=>[new Number(1), new Number(1)], true, true],
  num_box2: [()=>[new Number(1), 1], false, false],
  str_loose: [()=>[{a:1},{a:'1'}], false, true],
  set_loose: [()=>[new Set([1]), new Set(['1'])], false, true],
  map_loose: [()=>[new Map([[1,'1']]), new Map([['1',1]])], false, true],
  date_prop: [()=>{const a=new Date(0),b=new Date(0);a.x=1;return [a,b]}, false, false],
  date_invalid: [()=>[new Date(NaN), new Date(NaN)], false, false],
  args: [()=>[(function(){return arguments})(1), [1]], false, false],
  args_obj: [()=>[(function(){return arguments})(1), {0:1}], false, false],
  sym: [()=>{const s=Symbol();return [{[s]:1},{[s]:2}]}, false, true],
  sym_nonenum: [()=>{const s=Symbol();const a={};Object.defineProperty(a,s,{value:1});return [a,{}]}, true, true],
  neg0: [()=>[-0, 0], false, true],
  nan: [()=>[NaN, NaN], true, true],
  fn: [()=>[function(){}, function(){}], false, false],
  promise: [()=>[Promise.resolve(1), Promise.resolve(1)], true, true],
  ab: [()=>[new ArrayBuffer(2), new ArrayBuffer(2)], true, true],
  ab_sab: [()=>[new ArrayBuffer(2), new SharedArrayBuffer(2)], false, false],
  dv: [()=>[new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2))], true, true],
  boxstr_prop: [()=>{const a=new String('a');const b=new String('a');a.x=1;return[a,b]}, false, false],
  arr_extra_prop: [()=>{const a=[1];a.x=1;return [a,[1]]}, false, false],
  loose_null_undef: [()=>[{a:null},{a:undefined}], false, true],
  loose_undefined_missing: [()=>[{a:undefined},{}], false, false],
  loose_class: [()=>{class A{};return [new A(), {}]}, false, true],
  loose_date_obj: [()=>[new Date(0), {}], false, false],
  loose_arr_arrlike: [()=>[[1], {0:1, length:1}], false, false],
  loose_num: [()=>[1, '1'], false, true],
  loose_bool_str: [()=>[true, 'true'], false, false],
  map_obj_key: [()=>[new Map([[{a:1},1]]), new Map([[{a:1},1]])], true, true],
  set_obj: [()=>[new Set([{a:1},{a:2}]), new Set([{a:2},{a:1}])], true, true],
  re_flags: [()=>[/a/g, /a/i], false, false],
  symbol_prim: [()=>[Symbol('a'), Symbol('a')], false, false],
  get_proto: [()=>{const a={};const b={};Object.defineProperty(a,'x',{get(){return 1},enumerable:true});b.x=1;return [a,b]}, true, true],
  keyObjNum: [()=>[{1:1},{'1':1}], true, true],
  err_msg_diff_loose: [()=>[new Error('a'), new Error('b')], false, false],
  boxedSym: [()=>{const s=Symbol();return [Object(s), Object(s)]}, true, true],
  boxed_vs_prim_loose: [()=>[new String('a'), 'a'], false, false],
  loose_boxed: [()=>[new Number(1), new Number(2)], false, false],
  arr_vs_typed: [()=>[[1], new Uint8Array([1])], false, false],
  f64loose: [()=>[new Float64Array([0]), new Float64Array([-0])], false, true],
  u8_len: [()=>[new Uint8Array(2), new Uint8Array(3)], false, false],
  typed_prop: [()=>{const a=new Uint8Array(1);a.x=1;return [a,new Uint8Array(1)]}, false, false],
  map_key_neg0: [()=>[new Map([[-0,1]]), new Map([[0,1]])], true, true],
  set_nan: [()=>[new Set([NaN]), new Set([NaN])], true, true],
  set_loose_obj_prim: [()=>[new Set([1,{}]), new Set(['1',{}])], false, true],
  set_undefined_null_loose: [()=>[new Set([undefined]), new Set([null])], false, true],
  circ_same: [() => [circ(), circ()], true, true],
  circ_diff: [() => { const a = circ(); const b = {x: 1, self: {x: 1, self: null}}; b.self.self = b; return [a, b]; }, true, true],
  circ_arr: [() => { const a = [1]; a.push(a); const b = [1]; b.push(b); return [a, b]; }, true, true],
  circ_cross: [() => { const a = {}; a.a = a; const b = {}; b.a = {a: b}; return [a, b]; }, true, true],
  circ_map: [() => { const a = new Map(); a.set('x', a); const b = new Map(); b.set('x', b); return [a, b]; }, true, true],
  holes_null: [() => [[1,,3],[1,null,3]], false, false],
  holes_both: [() => [[1,,3],[1,,3]], true, true],
  holes_diffpos: [() => [[,1],[1,,]], false, false],
  sparse_big: [() => { const a = []; a[1000] = 1; const b = []; b[1000] = 1; return [a, b]; }, true, true],
  err_vs_obj: [() => [new Error('a'), {message: 'a', name: 'Error'}], false, false],
  err_stack: [() => { const a = new Error('a'); const b = new Error('a'); b.stack = 'x'; return [a, b]; }, true, true],
  err_enum_msg: [() => { const a = new Error('a'); const b = new Error('a'); Object.defineProperty(b, 'message', {value:'a', enumerable:true}); return [a, b]; }, false, false],
  err_errors_same: [() => [new AggregateError([1,{a:1}],'a'), new AggregateError([1,{a:1}],'a')], true, true],
  err_cause_deep: [() => [new Error('a', {cause: {x: [1]}}), new Error('a', {cause: {x: [1]}})], true, true],
  err_cause_undef_vs_missing_rev: [() => [new Error('a'), new Error('a', {cause: undefined})], false, false],
  err_name_own: [() => { const a = new Error('a'); a.name = 'X'; const b = new Error('a'); b.name = 'X'; return [a,b]; }, true, true],
  typed_view_offset: [() => [new Uint8Array([0,1,2]).subarray(1), new Uint8Array([1,2])], true, true],
  dv_diff: [() => [new DataView(new Uint8Array([1]).buffer), new DataView(new Uint8Array([2]).buffer)], false, false],
  f64_nan_loose: [() => [new Float64Array([NaN]), new Float64Array([NaN])], true, false],
  i16_vs_u8: [() => [new Int16Array(1), new Uint8Array(2)], false, false],
  ab_diff: [() => [new Uint8Array([1]).buffer, new Uint8Array([2]).buffer], false, false],
  bigint_box: [() => [Object(1n), Object(1n)], true, true],
  bool_box_diff: [() => [new Boolean(true), new Boolean(false)], false, false],
  str_box_vs_num_box: [() => [new String('1'), new Number(1)], false, false],
  num_box_nan: [() => [new Number(NaN), new Number(NaN)], true, true],
  num_box_neg0: [() => [new Number(-0), new Number(0)], false, false],
  set_of_sets: [() => [new Set([new Set([1]), new Set([2])]), new Set([new Set([2]), new Set([1])])], true, true],
  set_dup_objs: [() => [new Set([{a:1},{a:1}]), new Set([{a:1},{a:2}])], false, false],
  map_objkey_diffval: [() => [new Map([[{a:1},1]]), new Map([[{a:1},2]])], false, false],
  map_same_key_diff_val: [() => { const k = {}; return [new Map([[k,1]]), new Map([[k,2]])]; }, false, false],
  map_loose_val: [() => [new Map([[1, 1]]), new Map([[1, '1']])], false, true],
  map_nan: [() => [new Map([[NaN, 1]]), new Map([[NaN, 1]])], true, true],
  set_loose_neg: [() => [new Set([0]), new Set([-0])], true, true],
  set_loose_2: [() => [new Set([1, '1']), new Set(['1', 1])], true, true],
  set_loose_3: [() => [new Set([1, 2]), new Set(['1', 2])], false, true],
  set_loose_false: [() => [new Set([false]), new Set([0])], false, true],
  set_loose_str_num2: [() => [new Set(['1', 1]), new Set([1, 1n])], false, true],
  map_loose_key_obj: [() => [new Map([[{a:1}, 'x']]), new Map([[{a:'1'}, 'x']])], false, true],
  arr_len_prop: [() => [[1,2], Object.assign([1,2], {length: 2})], true, true],
  date_vs_date_sub: [() => { class D extends Date {}; return [new Date(0), new D(0)]; }, false, true],
  regexp_prop: [() => { const a = /a/; a.x = 1; return [a, /a/]; }, false, false],
  fn_props: [() => { const f = () => {}; return [{f}, {f}]; }, true, true],
  sym_key_diff_sym: [() => [{[Symbol('a')]: 1}, {[Symbol('a')]: 1}], false, true],
  arr_sym: [() => { const s = Symbol(); const a = [1]; a[s] = 1; const b = [1]; b[s] = 2; return [a, b]; }, false, true],
  obj_tag: [() => [{[Symbol.toStringTag]: 'X'}, {}], false, false],
  obj_tag2: [() => { const a = {}; Object.defineProperty(a, Symbol.toStringTag, {value: 'X'}); return [a, {}]; }, false, false],
  args_args: [() => [(function(){return arguments})(1,2), (function(){return arguments})(1,2)], true, true],
  args_arr_loose: [() => [(function(){return arguments})(1,2), [1,2]], false, false],
  promise_diff: [() => [Promise.resolve(1), Promise.resolve(2)], true, true],
  proxy: [() => [new Proxy({a:1}, {}), {a:1}], true, true],
  getter_nonenum: [() => { const a = {}; Object.defineProperty(a, 'x', {get(){ return 1 }}); return [a, {}]; }, true, true],
  nested_arr_neg0: [() => [[-0], [0]], false, true],
  nan_obj: [() => [{a: NaN}, {a: NaN}], true, true],
  boxed_vs_obj_loose: [() => [new String('ab'), {0:'a', 1:'b'}], false, false],
  date_loose_str: [() => [new Date(0), new Date(0).toString()], false, false],
  obj_num_keys_order: [() => [{a:1,b:2}, {b:2,a:1}], true, true],
  weak_same: [() => { const w = new WeakMap(); return [{w}, {w}]; }, true, true],
  int_keyed: [() => [{0: 1, length: 1}, [1]], false, false],
  u8_extra_idx: [() => { const a = new Uint8Array(1); return [a, new Uint8Array([0])]; }, true, true],
  buffer_like: [() => [new Uint8Array([1,2,3]), new Uint8ClampedArray([1,2,3])], false, false],
  bigint_arr: [() => [new BigInt64Array([1n]), new BigInt64Array([1n])], true, true],
  class_loose: [() => { class A { constructor(){ this.x = 1 } }; class B { constructor(){ this.x = 1 } }; return [new A, new B]; }, false, true],
  array_subclass_loose: [() => { class X extends Array {}; return [X.from([1]), [1]]; }, false, true],
  map_vs_obj_loose: [() => [new Map(), {}], false, false],
  set_vs_arr_loose: [() => [new Set([1]), [1]], false, false],
  set_size_diff: [() => [new Set([1,2]), new Set([1])], false, false],
  empty_arr_obj_loose: [() => [[], {length: 0}], false, false],
  str_box_extra_idx: [() => [new String('a'), Object.assign(new String('a'), {})], true, true],
};

for (const [name, [build, strict, loose]] of Object.entries(cases)) {
  const [a, b] = build();
  assert.strictEqual(strictResult(a, b), strict, `${name}: deepStrictEqual`);
  assert.strictEqual(looseResult(a, b), loose, `${name}: deepEqual`);
  // The negations agree, and util.isDeepStrictEqual is the strict check.
  assert.strictEqual(util.isDeepStrictEqual(a, b), strict, `${name}: isDeepStrictEqual`);
  if (strict) {
    assert.throws(() => assert.notDeepStrictEqual(a, b), { code: 'ERR_ASSERTION' });
  } else {
    assert.notDeepStrictEqual(a, b);
  }
  if (loose) {
    assert.throws(() => assert.notDeepEqual(a, b), { code: 'ERR_ASSERTION' });
  } else {
    assert.notDeepEqual(a, b);
  }
}
