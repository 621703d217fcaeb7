'use strict';
// Object.groupBy and Map.groupBy (ES2024).
const assert = require('assert');

// Object.groupBy: null-prototype object, groups in first-seen order, keys
// coerced with ToPropertyKey.
{
  const r = Object.groupBy([1, 2, 3, 4, 5], (x, i) => (x % 2 ? 'odd' : 'even'));
  assert.strictEqual(Object.getPrototypeOf(r), null);
  assert.deepStrictEqual(Object.keys(r), ['odd', 'even']);
  assert.deepStrictEqual(r.odd, [1, 3, 5]);
  assert.deepStrictEqual(r.even, [2, 4]);
  assert.strictEqual(Object.getPrototypeOf(r.odd), Array.prototype);
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(r, 'odd'),
                         { value: r.odd, writable: true, enumerable: true, configurable: true });
}
{
  const sym = Symbol('s');
  const key = { toString() { return 'obj'; } };
  const r = Object.groupBy(['a', 'b', 'c', 'd', 'e'], (x, i) => [1, '1', sym, key, -0][i]);
  assert.deepStrictEqual(r['1'], ['a', 'b']);
  assert.deepStrictEqual(r[sym], ['c']);
  assert.deepStrictEqual(r.obj, ['d']);
  assert.deepStrictEqual(r['0'], ['e']);
  // __proto__ is an ordinary own key on the null-prototype result.
  const p = Object.groupBy([1], () => '__proto__');
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(p, '__proto__').value, [1]);
  assert.strictEqual(Object.getPrototypeOf(p), null);
}

// Map.groupBy: keys compared with SameValueZero, -0 normalized to +0.
{
  const k1 = {};
  const m = Map.groupBy([1, 2, 3, 4, 5], (x) => [k1, '1', 1, -0, 0][x - 1]);
  assert.strictEqual(Object.getPrototypeOf(m), Map.prototype);
  assert.deepStrictEqual([...m.keys()], [k1, '1', 1, 0]);
  assert.strictEqual(Object.is([...m.keys()][3], 0), true);
  assert.deepStrictEqual(m.get(0), [4, 5]);
  assert.deepStrictEqual(Map.groupBy([NaN, NaN], (x) => x).get(NaN), [NaN, NaN]);
  // Map.prototype.set is not used.
  const originalSet = Map.prototype.set;
  Map.prototype.set = () => { throw new Error('set called'); };
  try {
    assert.strictEqual(Map.groupBy([1], (x) => x).size, 1);
  } finally {
    Map.prototype.set = originalSet;
  }
}

// Callback arguments: (value, index), called with undefined this.
{
  const calls = [];
  Object.groupBy(new Set(['a', 'b']), function(v, i) {
    calls.push([this, v, i, arguments.length]);
    return 'k';
  });
  assert.deepStrictEqual(calls, [[undefined, 'a', 0, 2], [undefined, 'b', 1, 2]]);
  // Strings iterate by code point.
  assert.deepStrictEqual(Object.groupBy('a\u{1F600}', (c) => c.length)[2], ['\u{1F600}']);
}

// Validation order: RequireObjectCoercible(items), IsCallable(callback), then GetIterator.
for (const groupBy of [Object.groupBy, Map.groupBy]) {
  assert.throws(() => groupBy(null, () => {}), TypeError);
  assert.throws(() => groupBy(undefined, () => {}), TypeError);
  let iteratorRead = false;
  const items = { get [Symbol.iterator]() { iteratorRead = true; return [][Symbol.iterator]; } };
  assert.throws(() => groupBy(items, 'not callable'), TypeError);
  assert.strictEqual(iteratorRead, false);
  assert.throws(() => groupBy({}, () => {}), TypeError);
  assert.throws(() => groupBy(1, () => {}), TypeError);
  assert.throws(() => groupBy([], undefined), TypeError);
}

// The iterator is closed when the callback (or key coercion) throws, and
// not closed when next() itself throws.
for (const groupBy of [Object.groupBy, Map.groupBy]) {
  const log = [];
  const iterable = {
    [Symbol.iterator]() {
      let i = 0;
      return {
        next() { log.push('next'); return { value: i++, done: false }; },
        return() { log.push('return'); return {}; },
      };
    },
  };
  assert.throws(() => groupBy(iterable, (v) => { if (v === 1) throw new RangeError('boom'); return v; }), RangeError);
  assert.deepStrictEqual(log, ['next', 'next', 'return']);
  log.length = 0;
  const throwingNext = {
    [Symbol.iterator]() {
      return { next() { throw new SyntaxError('next'); }, return() { log.push('return'); return {}; } };
    },
  };
  assert.throws(() => groupBy(throwingNext, (v) => v), SyntaxError);
  assert.deepStrictEqual(log, []);
}
{
  const log = [];
  const iterable = {
    [Symbol.iterator]() {
      return {
        next() { return { value: 1, done: false }; },
        return() { log.push('return'); return {}; },
      };
    },
  };
  const badKey = { toString() { throw new EvalError('key'); } };
  assert.throws(() => Object.groupBy(iterable, () => badKey), EvalError);
  assert.deepStrictEqual(log, ['return']);
}

// next is read once; done and value are read once per step, in that order.
{
  const log = [];
  const iterable = {
    [Symbol.iterator]() {
      log.push('@@iterator');
      let i = 0;
      return {
        get next() {
          log.push('get next');
          return () => ({
            get done() { log.push('done'); return i >= 2; },
            get value() { log.push('value'); return i++; },
          });
        },
      };
    },
  };
  Object.groupBy(iterable, (x) => x);
  assert.deepStrictEqual(log, ['@@iterator', 'get next', 'done', 'value', 'done', 'value', 'done']);
}

// Empty input.
assert.deepStrictEqual(Object.keys(Object.groupBy([], (x) => x)), []);
assert.strictEqual(Map.groupBy([], (x) => x).size, 0);
