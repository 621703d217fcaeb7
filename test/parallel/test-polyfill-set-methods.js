'use strict';
// Set.prototype.{union,intersection,difference,symmetricDifference,
// isSubsetOf,isSupersetOf,isDisjointFrom} (ES2025).
const assert = require('assert');

const methods = ['union', 'intersection', 'difference', 'symmetricDifference',
                 'isSubsetOf', 'isSupersetOf', 'isDisjointFrom'];

// A set-like whose property reads and calls are logged.
function setLike(values, log, size = values.length) {
  return {
    get size() { log.push('size'); return size; },
    get has() {
      log.push('get has');
      return (v) => { log.push(`has(${String(v)})`); return values.includes(v); };
    },
    get keys() {
      log.push('get keys');
      return () => {
        log.push('keys()');
        let i = 0;
        return {
          get next() {
            log.push('get next');
            return () => {
              log.push('next()');
              return i < values.length ? { value: values[i++], done: false } : { value: undefined, done: true };
            };
          },
          get return() { log.push('get return'); return undefined; },
        };
      };
    },
  };
}

const list = (s) => [...s];

// Results.
{
  const a = new Set([1, 2, 3]);
  const b = new Set([3, 4]);
  assert.deepStrictEqual(list(a.union(b)), [1, 2, 3, 4]);
  assert.deepStrictEqual(list(a.intersection(b)), [3]);
  assert.deepStrictEqual(list(a.difference(b)), [1, 2]);
  assert.deepStrictEqual(list(a.symmetricDifference(b)), [1, 2, 4]);
  assert.strictEqual(a.isSubsetOf(b), false);
  assert.strictEqual(new Set([3]).isSubsetOf(b), true);
  assert.strictEqual(a.isSupersetOf(new Set([1, 3])), true);
  assert.strictEqual(a.isSupersetOf(b), false);
  assert.strictEqual(a.isDisjointFrom(b), false);
  assert.strictEqual(a.isDisjointFrom(new Set([5])), true);
  assert.deepStrictEqual(list(a), [1, 2, 3]);
  // Maps are set-like (size, has, keys).
  assert.deepStrictEqual(list(a.union(new Map([[9, 'x']]))), [1, 2, 3, 9]);
  assert.deepStrictEqual(list(new Set().union(new Set())), []);
  assert.strictEqual(new Set().isSubsetOf(new Set()), true);
}

// Results are plain Sets; subclasses and Set.prototype.add are not consulted.
{
  class MySet extends Set {
    static get [Symbol.species]() { throw new Error('species'); }
    add() { throw new Error('subclass add'); }
    has() { throw new Error('subclass has'); }
    [Symbol.iterator]() { throw new Error('subclass iterator'); }
  }
  const m = new MySet();
  Set.prototype.add.call(m, 1);
  const arg = new Set([1, 2]);
  const originalAdd = Set.prototype.add;
  Set.prototype.add = () => { throw new Error('Set.prototype.add'); };
  try {
    for (const method of ['union', 'intersection', 'difference', 'symmetricDifference']) {
      const r = m[method](arg);
      assert.strictEqual(Object.getPrototypeOf(r), Set.prototype, method);
    }
    assert.deepStrictEqual(list(m.union(arg)), [1, 2]);
  } finally {
    Set.prototype.add = originalAdd;
  }
}

// -0 from the argument's keys becomes +0.
{
  const r = new Set().union(new Set([-0]));
  assert.strictEqual(Object.is(list(r)[0], 0), true);
  const keysNegZero = { size: 1, has: () => true, keys: () => [-0].values() };
  assert.strictEqual(Object.is(list(new Set([1]).symmetricDifference(keysNegZero))[1], 0), true);
  assert.strictEqual(Object.is(list(new Set([0, 1]).intersection(keysNegZero))[0], 0), true);
  assert.deepStrictEqual(list(new Set([0]).difference(keysNegZero)), []);
}

// GetSetRecord: size, has, keys read in that order, once, before anything else.
for (const method of methods) {
  const log = [];
  new Set()[method](setLike([], log));
  assert.deepStrictEqual(log.slice(0, 3), ['size', 'get has', 'get keys'], method);
}

// GetSetRecord validation.
for (const method of methods) {
  const s = new Set([1]);
  const has = () => false;
  const keys = () => [].values();
  for (const bad of [undefined, null, 1, 'abc', Symbol('x'), [1], true]) {
    assert.throws(() => s[method](bad), TypeError, method);
  }
  assert.throws(() => s[method]({ has, keys }), TypeError);                     // size undefined -> NaN
  assert.throws(() => s[method]({ size: 'x', has, keys }), TypeError);          // NaN
  assert.throws(() => s[method]({ size: 1n, has, keys }), TypeError);           // ToNumber(BigInt)
  assert.throws(() => s[method]({ size: -1, has, keys }), RangeError);
  assert.throws(() => s[method]({ size: -Infinity, has, keys }), RangeError);
  assert.throws(() => s[method]({ size: 1, has: 1, keys }), TypeError);
  assert.throws(() => s[method]({ size: 1, has, keys: {} }), TypeError);
  assert.throws(() => s[method]({ size: 1, keys }), TypeError);
  // Size is ToNumber'd then truncated: -0.5 -> 0, '2' -> 2, Infinity is fine.
  s[method]({ size: -0.5, has, keys });
  s[method]({ size: '2', has, keys });
  s[method]({ size: Infinity, has, keys });
  s[method]({ size: { valueOf: () => 1 }, has, keys });
  // Receiver must be a Set (internal slot), checked before the argument.
  const log = [];
  for (const badThis of [{}, new Map(), new WeakSet(), [], null, undefined, 1]) {
    assert.throws(() => Set.prototype[method].call(badThis, setLike([], log)), TypeError);
  }
  assert.deepStrictEqual(log, []);
}

// keys() result validation (only for methods that iterate the argument).
{
  const keysReturning = (it) => ({ size: Infinity, has: () => false, keys: () => it });
  for (const method of ['union', 'symmetricDifference']) {
    assert.throws(() => new Set([1])[method](keysReturning(1)), TypeError);
    assert.throws(() => new Set([1])[method](keysReturning({ next: 1 })), TypeError);
    assert.throws(() => new Set([1])[method](keysReturning({ next: () => 1 })), TypeError);
  }
}

// union: keys() is called before the receiver is copied; values read in order.
{
  const log = [];
  const s = new Set([1]);
  const other = setLike([2, 1, 3], log);
  const r = s.union(other);
  assert.deepStrictEqual(list(r), [1, 2, 3]);
  assert.deepStrictEqual(log, ['size', 'get has', 'get keys', 'keys()', 'get next',
                               'next()', 'next()', 'next()', 'next()']);
}
// (The spec copies the receiver after calling keys(); V8 12.4 copies it
// before in union, so an element added by keys() is not checked there.)
{
  const s = new Set([1]);
  const other = { size: 0, has: () => false, keys() { s.add(5); return [].values(); } };
  assert.deepStrictEqual(list(s.symmetricDifference(other)), [1, 5]);
}

// intersection: if this.size <= other.size, call other.has for each element
// of this (live: sees elements added by has); else iterate other.keys().
{
  const log = [];
  assert.deepStrictEqual(list(new Set([1, 2, 3]).intersection(setLike([3, 2, 9], log, 3))), [2, 3]);
  assert.deepStrictEqual(log.slice(3), ['has(1)', 'has(2)', 'has(3)']);
  log.length = 0;
  assert.deepStrictEqual(list(new Set([1, 2, 3, 4]).intersection(setLike([3, 9, 2, 3], log, 3))), [3, 2]);
  assert.deepStrictEqual(log.slice(3), ['keys()', 'get next', 'next()', 'next()', 'next()', 'next()', 'next()']);
}
{
  const s = new Set([1, 2, 3]);
  const r = s.intersection({
    size: 10,
    has(v) {
      if (v === 1) { s.delete(2); s.add(4); }
      return true;
    },
    keys() { throw new Error('keys must not be called'); },
  });
  assert.deepStrictEqual(list(r), [1, 3, 4]);
}

// difference: this.size <= other.size walks a copy of this calling has;
// otherwise removes every key of other from the copy.
{
  const s = new Set([1, 2, 3]);
  const r = s.difference({
    size: 10,
    has(v) {
      if (v === 1) s.delete(2);
      return v === 3;
    },
    keys() { throw new Error('keys must not be called'); },
  });
  assert.deepStrictEqual(list(r), [1, 2]);
  const log = [];
  assert.deepStrictEqual(list(new Set([1, 2, 3, 4]).difference(setLike([2, 5], log))), [1, 3, 4]);
  assert.strictEqual(log.some((x) => x.startsWith('has(')), false);
}

// symmetricDifference: a value in this and in result is removed; a value in
// neither is appended; duplicates in other's keys are handled.
{
  assert.deepStrictEqual(list(new Set([1, 2]).symmetricDifference(setLike([2, 3, 3, 2], []))), [1, 3]);
  const s = new Set([1, 2]);
  const other = {
    size: 2,
    has() { throw new Error('has must not be called'); },
    keys() {
      const values = [2, 5];
      let i = 0;
      return { next() { if (i === 1) s.delete(1); return i < values.length ? { value: values[i++], done: false } : { done: true }; } };
    },
  };
  // The copy of this is taken after keys(); removing from this later does not
  // change it.
  assert.deepStrictEqual(list(s.symmetricDifference(other)), [1, 5]);
}

// isSubsetOf: false early when this.size > other.size (no has calls).
{
  const log = [];
  assert.strictEqual(new Set([1, 2]).isSubsetOf(setLike([1, 2, 3], log, 1)), false);
  assert.deepStrictEqual(log, ['size', 'get has', 'get keys']);
  log.length = 0;
  assert.strictEqual(new Set([1, 2]).isSubsetOf(setLike([1, 3], log, 5)), false);
  assert.deepStrictEqual(log.slice(3), ['has(1)', 'has(2)']);
}

// isSupersetOf: false early when this.size < other.size; iterates keys and
// closes the iterator (return) when a key is missing.
{
  const log = [];
  assert.strictEqual(new Set([1]).isSupersetOf(setLike([1], log, 2)), false);
  assert.deepStrictEqual(log, ['size', 'get has', 'get keys']);
  log.length = 0;
  assert.strictEqual(new Set([1, 2, 3]).isSupersetOf(setLike([1, 4, 2], log)), false);
  assert.deepStrictEqual(log.slice(3), ['keys()', 'get next', 'next()', 'next()', 'get return']);
  log.length = 0;
  assert.strictEqual(new Set([1, 2, 3]).isSupersetOf(setLike([1, 2], log)), true);
  assert.deepStrictEqual(log.slice(3), ['keys()', 'get next', 'next()', 'next()', 'next()']);
}

// isDisjointFrom: this.size <= other.size calls has; else iterates keys and
// closes the iterator on the first common element.
{
  const log = [];
  assert.strictEqual(new Set([1, 2]).isDisjointFrom(setLike([2], log, 5)), false);
  assert.deepStrictEqual(log.slice(3), ['has(1)', 'has(2)']);
  log.length = 0;
  assert.strictEqual(new Set([1, 2, 3]).isDisjointFrom(setLike([7, 2, 8], log, 1)), false);
  assert.deepStrictEqual(log.slice(3), ['keys()', 'get next', 'next()', 'next()', 'get return']);
  log.length = 0;
  assert.strictEqual(new Set([1, 2, 3]).isDisjointFrom(setLike([7, 8], log, 1)), true);
}

// IteratorClose: a `return` that is not callable, or returns a non-object,
// is a TypeError; its errors propagate.
{
  const make = (ret) => ({
    size: 0,
    has: () => false,
    keys: () => ({ next: () => ({ value: 9, done: false }), return: ret }),
  });
  assert.throws(() => new Set([1]).isSupersetOf(make(1)), TypeError);
  assert.throws(() => new Set([1]).isSupersetOf(make(() => 1)), TypeError);
  assert.throws(() => new Set([1]).isSupersetOf(make(() => { throw new EvalError('r'); })), EvalError);
  let called = 0;
  assert.strictEqual(new Set([1]).isSupersetOf(make(function() { called++; return {}; })), false);
  assert.strictEqual(called, 1);
}

// has() results are ToBoolean'd; has is called with this = the argument.
{
  const other = {
    size: 5,
    has(v) { assert.strictEqual(this, other); return v === 1 ? 'yes' : 0; },
    keys() { return [].values(); },
  };
  assert.deepStrictEqual(list(new Set([1, 2]).intersection(other)), [1]);
  assert.strictEqual(new Set([1]).isSubsetOf(other), true);
}
