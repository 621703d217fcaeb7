'use strict';
// Deep equality over every pair of a list of values: one line per value
// with the results of isDeepStrictEqual (S/s) and deepEqual (L/l) against
// each other value. Upper case: equal.
const assert = require('assert');
const util = require('util');

function print(...args) {
  process.stdout.write(`${util.format(...args)}\n`);
}

function loose(a, b) {
  try {
    assert.deepEqual(a, b);
    return true;
  } catch {
    return false;
  }
}

const sym = Symbol('s');
const shared = { k: 1 };
const fnA = function() {};
function args() { return arguments; }
class Point { constructor(x) { this.x = x; } }
class Other { constructor(x) { this.x = x; } }
class MyArray extends Array {}

const values = [
  ['0', 0], ['-0', -0], ['1', 1], ['"1"', '1'], ['1n', 1n], ['NaN', NaN], ['true', true],
  ['"true"', 'true'], ['null', null], ['undefined', undefined], ['""', ''], ['"a"', 'a'],
  ['sym', sym], ['fnA', fnA], ['{}', {}], ['{} null proto', Object.create(null)],
  ['[]', []], ['[1]', [1]], ['["1"]', ['1']], ['[1,,]', [1, , ]], // eslint-disable-line
  ['[1,undefined]', [1, undefined]], ['[1] extra', Object.assign([1], { p: 1 })],
  ['{0:1,length:1}', { 0: 1, length: 1 }], ['args(1)', args(1)], ['{0:1}', { 0: 1 }],
  ['{a:1}', { a: 1 }], ['{a:"1"}', { a: '1' }], ['{a:1,b:undefined}', { a: 1, b: undefined }],
  ['{a:1} sym', { a: 1, [sym]: 1 }], ['{a:null}', { a: null }], ['{a:undefined}', { a: undefined }],
  ['Point(1)', new Point(1)], ['Other(1)', new Other(1)], ['{x:1}', { x: 1 }],
  ['MyArray(1)', MyArray.of(1)], ['Number(1)', new Number(1)], ['Number(-0)', new Number(-0)],
  ['Number(0)', new Number(0)], ['String("1")', new String('1')], ['Boolean(true)', new Boolean(true)],
  ['Object(1n)', Object(1n)], ['Object(sym)', Object(sym)], ['Date(0)', new Date(0)],
  ['Date(0) b', new Date(0)], ['Date(1)', new Date(1)], ['Date(NaN)', new Date(NaN)],
  ['/a/', /a/], ['/a/ b', /a/], ['/a/g', /a/g], ['/a/i', /a/i],
  ['Error(a)', new Error('a')], ['Error(a) b', new Error('a')], ['TypeError(a)', new TypeError('a')],
  ['Error(b)', new Error('b')], ['Error(a,cause)', new Error('a', { cause: 1 })],
  ['Set()', new Set()], ['Set(1)', new Set([1])], ['Set("1")', new Set(['1'])],
  ['Set({k})', new Set([{ k: 1 }])], ['Set(shared)', new Set([shared])],
  ['Set(1,"1")', new Set([1, '1'])], ['Map()', new Map()], ['Map(1=>1)', new Map([[1, 1]])],
  ['Map("1"=>1)', new Map([['1', 1]])], ['Map(1=>"1")', new Map([[1, '1']])],
  ['Map({k}=>1)', new Map([[{ k: 1 }, 1]])], ['Map(shared=>1)', new Map([[shared, 1]])],
  ['U8(1,2)', new Uint8Array([1, 2])], ['U8(1,2) b', new Uint8Array([1, 2])],
  ['I8(1,2)', new Int8Array([1, 2])], ['U8C(1,2)', new Uint8ClampedArray([1, 2])],
  ['U16(1,2)', new Uint16Array([1, 2])], ['F32(0)', new Float32Array([0])],
  ['F32(-0)', new Float32Array([-0])], ['F64(NaN)', new Float64Array([NaN])],
  ['F64(NaN) b', new Float64Array([NaN])], ['BI64(1)', new BigInt64Array([1n])],
  ['AB(2)', new ArrayBuffer(2)], ['AB(2) b', new ArrayBuffer(2)], ['AB(3)', new ArrayBuffer(3)],
  ['SAB(2)', new SharedArrayBuffer(2)], ['DV(AB2)', new DataView(new ArrayBuffer(2))],
  ['DV(AB2) b', new DataView(new ArrayBuffer(2))], ['WeakMap', new WeakMap()],
  ['WeakMap b', new WeakMap()], ['WeakSet', new WeakSet()], ['Promise', Promise.resolve(1)],
  ['Proxy({a:1})', new Proxy({ a: 1 }, {})], ['[{a:1}]', [{ a: 1 }]], ['[{a:"1"}]', [{ a: '1' }]],
  ['{toStringTag}', { [Symbol.toStringTag]: 'X' }],
];

for (const [name, a] of values) {
  let line = '';
  for (const [, b] of values) {
    line += util.isDeepStrictEqual(a, b) ? 'S' : 's';
    line += loose(a, b) ? 'L' : 'l';
  }
  print(name.padEnd(20), line);
}
