'use strict';
// Array.prototype.{toReversed,toSorted,toSpliced,with} (ES2023).
const assert = require('assert');

// Holes are read as undefined (Get), never preserved.
{
  const a = [3, , 1]; // eslint-disable-line no-sparse-arrays
  const r = a.toReversed();
  assert.deepStrictEqual(r, [1, undefined, 3]);
  assert.strictEqual(Object.prototype.hasOwnProperty.call(r, 1), true);
  assert.deepStrictEqual(a.toSorted(), [1, 3, undefined]);
  assert.deepStrictEqual(a.with(0, 0), [0, undefined, 1]);
  assert.deepStrictEqual(a.toSpliced(0, 0), [3, undefined, 1]);
  assert.deepStrictEqual(a, [3, , 1]); // eslint-disable-line no-sparse-arrays
}

// Results are plain Arrays: no species.
{
  class MyArray extends Array {
    static get [Symbol.species]() { throw new Error('species must not be read'); }
  }
  const m = MyArray.from([2, 1]);
  for (const r of [m.toSorted(), m.toReversed(), m.toSpliced(0, 1), m.with(0, 5)]) {
    assert.strictEqual(Object.getPrototypeOf(r), Array.prototype);
    assert.strictEqual(Array.isArray(r), true);
  }
}

// Generic: array-likes, primitives as this, length clamping.
{
  const arrayLike = { length: 3, 0: 'a', 1: 'b', 2: 'c', 3: 'ignored' };
  assert.deepStrictEqual(Array.prototype.toReversed.call(arrayLike), ['c', 'b', 'a']);
  assert.deepStrictEqual(Array.prototype.toSorted.call({ length: '2', 0: 'b', 1: 'a' }), ['a', 'b']);
  assert.deepStrictEqual(Array.prototype.toReversed.call('ab'), ['b', 'a']);
  assert.deepStrictEqual(Array.prototype.toReversed.call(5), []);
  assert.deepStrictEqual(Array.prototype.toSorted.call({ length: -3 }), []);
  assert.deepStrictEqual(Array.prototype.with.call({ length: 1.9, 0: 'x' }, 0, 'y'), ['y']);
  for (const m of ['toReversed', 'toSorted', 'toSpliced', 'with']) {
    assert.throws(() => Array.prototype[m].call(null), TypeError);
    assert.throws(() => Array.prototype[m].call(undefined), TypeError);
  }
}

// Elements are read in order, once, through getters.
{
  const log = [];
  const obj = { length: 3 };
  for (let i = 0; i < 3; i++) {
    Object.defineProperty(obj, i, { get() { log.push(i); return i; } });
  }
  Array.prototype.toReversed.call(obj);
  assert.deepStrictEqual(log, [2, 1, 0]);
  log.length = 0;
  Array.prototype.toSorted.call(obj);
  assert.deepStrictEqual(log, [0, 1, 2]);
  log.length = 0;
  Array.prototype.with.call(obj, 1, 'x');
  assert.deepStrictEqual(log, [0, 2]);
  log.length = 0;
  Array.prototype.toSpliced.call(obj, 1, 1);
  assert.deepStrictEqual(log, [0, 2]);
}

// Setters on Array.prototype are not called: results use CreateDataProperty.
{
  Object.defineProperty(Array.prototype, 0, {
    set() { throw new Error('setter called'); }, get() { return 'proto'; }, configurable: true,
  });
  try {
    assert.strictEqual([1, 2].toReversed()[0], 2);
    assert.strictEqual([2, 1].toSorted()[0], 1);
    assert.strictEqual([1].with(0, 3)[0], 3);
    assert.strictEqual([1].toSpliced(0, 1, 9)[0], 9);
    // A hole at 0 of the receiver reads through the prototype.
    assert.deepStrictEqual([, 2].toReversed(), [2, 'proto']); // eslint-disable-line no-sparse-arrays
  } finally {
    delete Array.prototype[0];
  }
}

// toSorted: comparator validation happens before anything else.
{
  let touched = false;
  const obj = { get length() { touched = true; return 0; } };
  for (const bad of [null, 1, 'x', {}, true]) {
    assert.throws(() => Array.prototype.toSorted.call(obj, bad), TypeError);
  }
  assert.strictEqual(touched, false);
  assert.deepStrictEqual([3, 1, 2].toSorted(undefined), [1, 2, 3]);
  // Default order is by string; undefined sorts last and is never compared.
  assert.deepStrictEqual([10, 9, 1, undefined, 2].toSorted(), [1, 10, 2, 9, undefined]);
  const calls = [];
  const sorted = [undefined, 2, undefined, 1].toSorted((a, b) => { calls.push([a, b]); return a - b; });
  assert.deepStrictEqual(sorted, [1, 2, undefined, undefined]);
  for (const [a, b] of calls) {
    assert.notStrictEqual(a, undefined);
    assert.notStrictEqual(b, undefined);
  }
  // Stable; comparator results are coerced to numbers.
  const items = [{ k: 1, i: 0 }, { k: 0, i: 1 }, { k: 1, i: 2 }, { k: 0, i: 3 }];
  assert.deepStrictEqual(items.toSorted((a, b) => ({ valueOf() { return a.k - b.k; } })).map((x) => x.i),
                         [1, 3, 0, 2]);
  // Original untouched.
  const orig = [2, 1];
  orig.toSorted();
  assert.deepStrictEqual(orig, [2, 1]);
  // Errors thrown by the comparator propagate.
  assert.throws(() => [1, 2].toSorted(() => { throw new RangeError('x'); }), RangeError);
}

// Length limits: ArrayCreate throws a RangeError above 2**32 - 1.
{
  assert.throws(() => Array.prototype.toReversed.call({ length: 2 ** 32 }), RangeError);
  assert.throws(() => Array.prototype.toSorted.call({ length: 2 ** 32 }), RangeError);
  assert.throws(() => Array.prototype.with.call({ length: 2 ** 32 }, 0, 0), RangeError);
  assert.throws(() => Array.prototype.toSpliced.call({ length: 2 ** 32 }, 0, 0), RangeError);
  // toSpliced: above 2**53 - 1 it is a TypeError, checked before ArrayCreate.
  assert.throws(() => Array.prototype.toSpliced.call({ length: 2 ** 53 - 1 }, 0, 0, 1), TypeError);
  // ... and the length is clamped to 2**53 - 1 first.
  assert.throws(() => Array.prototype.toSpliced.call({ length: Infinity }, 0, 0, 1), TypeError);
}

// with: relative indices and range errors.
{
  const a = [1, 2, 3];
  assert.deepStrictEqual(a.with(-1, 'x'), [1, 2, 'x']);
  assert.deepStrictEqual(a.with(-3, 'x'), ['x', 2, 3]);
  assert.deepStrictEqual(a.with('1', 'x'), [1, 'x', 3]);
  assert.deepStrictEqual(a.with(1.7, 'x'), [1, 'x', 3]);
  assert.deepStrictEqual(a.with(-0.5, 'x'), ['x', 2, 3]);
  assert.deepStrictEqual(a.with(NaN, 'x'), ['x', 2, 3]);
  assert.deepStrictEqual(a.with(undefined, 'x'), ['x', 2, 3]);
  assert.throws(() => a.with(3, 'x'), RangeError);
  assert.throws(() => a.with(-4, 'x'), RangeError);
  assert.throws(() => a.with(Infinity, 'x'), RangeError);
  assert.throws(() => a.with(-Infinity, 'x'), RangeError);
  assert.throws(() => [].with(0, 'x'), RangeError);
  assert.throws(() => a.with(Symbol('s'), 'x'), TypeError);
  assert.throws(() => a.with(1n, 'x'), TypeError);
  // The index is converted after the length is read.
  const log = [];
  const obj = { get length() { log.push('length'); return 1; } };
  Array.prototype.with.call(obj, { valueOf() { log.push('index'); return 0; } }, 0);
  assert.deepStrictEqual(log, ['length', 'index']);
}

// toSpliced: argument handling.
{
  const a = [1, 2, 3, 4];
  assert.deepStrictEqual(a.toSpliced(), [1, 2, 3, 4]);
  assert.deepStrictEqual(a.toSpliced(undefined), []);
  assert.deepStrictEqual(a.toSpliced(1), [1]);
  assert.deepStrictEqual(a.toSpliced(1, undefined), [1, 2, 3, 4]);
  assert.deepStrictEqual(a.toSpliced(-2), [1, 2]);
  assert.deepStrictEqual(a.toSpliced(-10, 1), [2, 3, 4]);
  assert.deepStrictEqual(a.toSpliced(10, 1, 'x'), [1, 2, 3, 4, 'x']);
  assert.deepStrictEqual(a.toSpliced(1, -1, 'x'), [1, 'x', 2, 3, 4]);
  assert.deepStrictEqual(a.toSpliced(1, 2, 'x', 'y', 'z'), [1, 'x', 'y', 'z', 4]);
  assert.deepStrictEqual(a.toSpliced(1, Infinity), [1]);
  assert.deepStrictEqual(a.toSpliced(-Infinity, 1), [2, 3, 4]);
  assert.deepStrictEqual(a.toSpliced('1', '1'), [1, 3, 4]);
  assert.deepStrictEqual(a, [1, 2, 3, 4]);
  // Conversion order: length, start, skipCount.
  const log = [];
  const obj = { get length() { log.push('length'); return 0; } };
  Array.prototype.toSpliced.call(obj,
                                 { valueOf() { log.push('start'); return 0; } },
                                 { valueOf() { log.push('skip'); return 0; } });
  assert.deepStrictEqual(log, ['length', 'start', 'skip']);
}

// Frozen receivers are fine: nothing is written to them.
{
  const f = Object.freeze([2, 1]);
  assert.deepStrictEqual(f.toSorted(), [1, 2]);
  assert.deepStrictEqual(f.toReversed(), [1, 2]);
  assert.deepStrictEqual(f.with(0, 0), [0, 1]);
  assert.deepStrictEqual(f.toSpliced(0, 1), [1]);
}
