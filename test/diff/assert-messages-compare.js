'use strict';
// AssertionError messages of the comparison assertions: one-line and
// stacked forms, the caret, reference-equality headers, custom messages and
// the not* variants, with the error's code, operator and generatedMessage.
const assert = require('assert');
const util = require('util');

function print(...args) {
  process.stdout.write(`${util.format(...args)}\n`);
}

function run(label, fn) {
  print(`# ${label}`);
  try {
    fn();
    print('(no error)');
  } catch (err) {
    print(JSON.stringify(err.message));
    print(err.code, err.operator, err.generatedMessage, err.name);
  }
}

const pairs = [
  [1, 2], [1, '1'], ['a', 'b'], ['abcdef', 'abcdeg'], ['xabcdefg', 'xabcdefh'],
  [123456, 123457], [1234567, 1234568], [12345678, 12345679], ['a', 'bcdefghij'],
  ['ab', 'cdefghijkl'], ['ab', 'cdefghijklm'], ['x\ny\nz', 'x\ny\nw'], [true, 'true'],
  [undefined, null], [null, undefined], [1n, 2n], [Symbol('a'), Symbol('a')], [NaN, 0],
  [0, -0], [-0, 0], [0, 0n], ['', 0], ['a'.repeat(10), 'b'.repeat(10)],
  ['a'.repeat(37) + 'b', 'a'.repeat(37) + 'c'], ['a'.repeat(38) + 'b', 'a'.repeat(38) + 'c'],
  ['a'.repeat(100) + 'b', 'a'.repeat(100) + 'c'], ['abc', 'abd'], ['abcd', 'abce'],
  ['aaa\nbbb\nccc\nddd', 'aaa\nbbb\nxcc\nddd'], [{ a: 1 }, 1], [1, { a: 1 }], [[1, 2], [1, 3]],
  [{}, {}], [[], []], [{}, []], [() => 1, () => 1], [() => 1, {}], [null, {}], [{}, null],
  [new Date(0), new Date(1)], [/a/g, /a/i], [new Set([1]), new Set([2])],
  [new Map([[1, { a: 1 }]]), new Map([[1, { a: 2 }]])], [Object.create(null), {}],
  [[1, 2, 3], [1, 2, 3, 4]], [{ a: 1, b: 2 }, { a: 1 }], [{ a: 1 }, { a: 1, b: 2 }],
  [new Number(1), new Number(2)], [new String('a'), 'a'], [[1, [2, [3, [4]]]], [1, [2, [3, [5]]]]],
  [{ f() {} }, { f() {} }], [new Uint8Array([1, 2]), new Uint8Array([1, 3])],
  [new Float64Array([0.1]), new Float64Array([0.2])], [new ArrayBuffer(2), new ArrayBuffer(3)],
  [{ [Symbol('s')]: 1 }, { [Symbol('s')]: 1 }], [[undefined], [,]], // eslint-disable-line no-sparse-arrays
  [{ a: 'x'.repeat(100) }, { a: 'x'.repeat(99) }],
  [{ get a() { return 1; } }, { a: 1 }], [new WeakMap(), new WeakMap()],
  [Promise.resolve(1), Promise.resolve(2)], [[1, 2, 3].keys(), [1, 2, 3].values()],
];

for (const [i, [a, b]] of pairs.entries()) {
  for (const name of ['strictEqual', 'deepStrictEqual', 'deepEqual', 'equal',
                      'partialDeepStrictEqual']) {
    run(`${i} ${name}`, () => assert[name](a, b));
  }
}

const same = [1, 'a\nb', 'a'.repeat(100), { a: 1 }, [1, 2], null, undefined, NaN,
              'abcdef', Array.from({ length: 60 }, (_, i) => i), new Map([[1, 2]])];
for (const [i, v] of same.entries()) {
  for (const name of ['notStrictEqual', 'notDeepStrictEqual', 'notDeepEqual', 'notEqual']) {
    run(`same ${i} ${name}`, () => assert[name](v, v));
  }
  run(`copy ${i} notDeepStrictEqual`, () => assert.notDeepStrictEqual(v, structuredClone(v)));
  run(`copy ${i} notDeepEqual`, () => assert.notDeepEqual(v, structuredClone(v)));
}

// Custom messages.
run('custom strictEqual', () => assert.strictEqual(1, 2, 'custom'));
run('custom strictEqual objects', () => assert.strictEqual({}, {}, 'custom'));
run('custom deepStrictEqual', () => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'custom'));
run('custom deepEqual', () => assert.deepEqual({ a: 1 }, { a: 2 }, 'custom'));
run('custom notStrictEqual', () => assert.notStrictEqual(1, 1, 'custom'));
run('custom equal', () => assert.equal(1, 2, 'custom'));
run('empty message', () => assert.strictEqual(1, 2, ''));
run('number message', () => assert.deepStrictEqual(1, 2, 42));
run('error message', () => assert.strictEqual(1, 2, new RangeError('mine')));

// Errors on both sides.
run('errors', () => assert.deepStrictEqual(new Error('a'), new Error('b')));
run('errors cause', () => assert.deepStrictEqual(new Error('a', { cause: 1 }),
                                                 new Error('a', { cause: 2 })));
run('errors same', () => assert.strictEqual(new TypeError('e'), new TypeError('e')));
run('errors loose', () => assert.deepEqual(new Error('a'), new RangeError('a')));

// Long structures: skipped lines and the trailing context.
const big = Array.from({ length: 200 }, (_, i) => i);
run('long array', () => assert.deepStrictEqual(big, big.map((v) => (v === 100 ? -1 : v))));
run('long array end', () => assert.deepStrictEqual(big, big.map((v) => (v === 199 ? -1 : v))));
run('long array start', () => assert.deepStrictEqual(big, big.map((v) => (v === 0 ? -1 : v))));
run('long array two', () => assert.deepStrictEqual(
  big, big.map((v) => (v === 20 || v === 150 ? -1 : v))));
const keys = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`k${i}`, i]));
for (const gap of [4, 5, 6, 7, 8, 9]) {
  run(`object gap ${gap}`, () => assert.deepStrictEqual(
    keys, { ...keys, k0: -1, [`k${gap + 1}`]: -1 }));
}
run('reversed', () => assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
                                             [10, 9, 8, 7, 6, 5, 4, 3, 2, 1]));
run('nested change', () => assert.deepStrictEqual(
  { a: [1, 2], b: 'x', c: { d: { e: [1, { f: 2 }] } } },
  { a: [1, 3], b: 'y', c: { d: { e: [1, { f: 3 }] } }, g: 1 }));
run('multiline string', () => assert.strictEqual(
  'line one is quite long\nline two is long too and continues\nend',
  'line one is quite long\nline 2\nend'));
run('long strings in objects', () => assert.deepStrictEqual(
  { s: 'a'.repeat(200) }, { s: `${'a'.repeat(199)}b` }));
const circular = { n: 1 };
circular.self = circular;
run('circular', () => assert.deepStrictEqual(circular, { n: 1, self: { n: 2 } }));
