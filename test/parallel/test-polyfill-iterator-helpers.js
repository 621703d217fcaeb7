'use strict';
// Iterator, Iterator.from and the Iterator.prototype helpers (ES2025).
const assert = require('assert');

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

// An iterator over `values` (extends Iterator.prototype) that logs calls.
function logged(values, log, extra = {}) {
  let i = 0;
  return {
    __proto__: IteratorPrototype,
    next(...args) {
      log.push(args.length ? `next(${args})` : 'next');
      return i < values.length ? { value: values[i++], done: false } : { value: undefined, done: true };
    },
    return(...args) {
      log.push(args.length ? `return(${args})` : 'return');
      return {};
    },
    ...extra,
  };
}

// Iterator itself.
{
  assert.strictEqual(Iterator.prototype, IteratorPrototype);
  assert.throws(() => Iterator(), TypeError);
  assert.throws(() => new Iterator(), TypeError);
  class MyIterator extends Iterator {
    next() { return { done: true }; }
  }
  const it = new MyIterator();
  assert.ok(it instanceof Iterator);
  assert.strictEqual(Object.getPrototypeOf(it), MyIterator.prototype);
  assert.deepStrictEqual(it.toArray(), []);
  // Reflect.construct with a newTarget whose prototype is not an object:
  // the fallback is Iterator.prototype.
  function NT() {}
  NT.prototype = null;
  const r = Reflect.construct(Iterator, [], NT);
  assert.strictEqual(Object.getPrototypeOf(r), IteratorPrototype);
  // Built-in iterators inherit the helpers.
  assert.ok([].values() instanceof Iterator);
  assert.ok(new Map().entries() instanceof Iterator);
  assert.ok((function*() {})() instanceof Iterator);
}

// Iterator.prototype[Symbol.toStringTag] and constructor are accessors with
// setters that ignore the prototype itself.
{
  assert.strictEqual(Object.prototype.toString.call(Object.create(IteratorPrototype)), '[object Iterator]');
  assert.strictEqual(IteratorPrototype[Symbol.toStringTag], 'Iterator');
  assert.strictEqual(IteratorPrototype.constructor, Iterator);
  assert.throws(() => { IteratorPrototype[Symbol.toStringTag] = 'x'; }, TypeError);
  assert.throws(() => { IteratorPrototype.constructor = 'x'; }, TypeError);
  assert.strictEqual(IteratorPrototype[Symbol.toStringTag], 'Iterator');
  // On an inheriting object, assignment creates an own data property.
  const o = Object.create(IteratorPrototype);
  o[Symbol.toStringTag] = 'Mine';
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(o, Symbol.toStringTag),
                         { value: 'Mine', writable: true, enumerable: true, configurable: true });
  o.constructor = 5;
  assert.strictEqual(o.constructor, 5);
  // ... and on one that has its own, an ordinary Set.
  o.constructor = 6;
  assert.strictEqual(o.constructor, 6);
  const setter = Object.getOwnPropertyDescriptor(IteratorPrototype, 'constructor').set;
  assert.throws(() => setter.call(1, 2), TypeError);
  const frozen = Object.freeze(Object.create(IteratorPrototype));
  assert.throws(() => setter.call(frozen, 2), TypeError);
  // Generators keep their own tag.
  assert.strictEqual(Object.prototype.toString.call((function*() {})()), '[object Generator]');
}

// Iterator.from
{
  // Already inherits from Iterator.prototype: returned as is.
  const arrIt = [1, 2].values();
  assert.strictEqual(Iterator.from(arrIt), arrIt);
  assert.deepStrictEqual(Iterator.from([1, 2]).toArray(), [1, 2]);
  assert.deepStrictEqual(Iterator.from('a\u{1F600}').toArray(), ['a', '\u{1F600}']);
  assert.deepStrictEqual(Iterator.from(new String('ab')).toArray(), ['a', 'b']);
  // A plain iterator (not inheriting) is wrapped.
  const log = [];
  let i = 0;
  const plain = {
    next(...args) { log.push(['next', args.length]); return i < 2 ? { value: i++, done: false } : { done: true }; },
    return(...args) { log.push(['return', args.length]); return { done: true, value: 'r' }; },
  };
  const wrapped = Iterator.from(plain);
  assert.notStrictEqual(wrapped, plain);
  assert.ok(wrapped instanceof Iterator);
  const WrapProto = Object.getPrototypeOf(wrapped);
  assert.strictEqual(Object.getPrototypeOf(WrapProto), IteratorPrototype);
  assert.deepStrictEqual(Reflect.ownKeys(WrapProto), ['next', 'return']);
  assert.deepStrictEqual(wrapped.next('ignored'), { value: 0, done: false });
  assert.deepStrictEqual(wrapped.return('ignored'), { done: true, value: 'r' });
  assert.deepStrictEqual(log, [['next', 0], ['return', 0]]);
  // return() without an underlying return method.
  assert.deepStrictEqual(Iterator.from({ next() {} }).return(), { value: undefined, done: true });
  // The wrapper's methods check their receiver.
  assert.throws(() => WrapProto.next.call({}), TypeError);
  assert.throws(() => WrapProto.return.call(arrIt), TypeError);
  // An object with no @@iterator is taken as the iterator itself; next is
  // read once, at from() time, and not checked.
  let nextReads = 0;
  const noMethod = { get next() { nextReads++; return () => ({ value: 'v', done: false }); } };
  const w2 = Iterator.from(noMethod);
  w2.next();
  w2.next();
  assert.strictEqual(nextReads, 1);
  assert.throws(() => Iterator.from({ next: 1 }).next(), TypeError);
  // Errors.
  for (const bad of [1, null, undefined, true, Symbol('s'), 1n]) {
    assert.throws(() => Iterator.from(bad), TypeError);
  }
  assert.throws(() => Iterator.from({ [Symbol.iterator]: 1 }), TypeError);
  assert.throws(() => Iterator.from({ [Symbol.iterator]() { return 1; } }), TypeError);
  // @@iterator null means "use the object itself".
  const self = { [Symbol.iterator]: null, next() { return { done: true }; } };
  assert.deepStrictEqual(Iterator.from(self).toArray(), []);
}

// map / filter / take / drop / flatMap: lazy, results, counters.
{
  const it = [1, 2, 3, 4].values();
  const mapped = it.map((x, i) => [x, i]);
  assert.strictEqual(Object.prototype.toString.call(mapped), '[object Iterator Helper]');
  assert.deepStrictEqual(mapped.toArray(), [[1, 0], [2, 1], [3, 2], [4, 3]]);
  assert.deepStrictEqual([1, 2, 3, 4].values().filter((x, i) => x % 2 === 0 || i === 0).toArray(), [1, 2, 4]);
  assert.deepStrictEqual([1, 2, 3].values().take(2).toArray(), [1, 2]);
  assert.deepStrictEqual([1, 2, 3].values().take(0).toArray(), []);
  assert.deepStrictEqual([1, 2, 3].values().take(Infinity).toArray(), [1, 2, 3]);
  assert.deepStrictEqual([1, 2, 3].values().take(2.9).toArray(), [1, 2]);
  assert.deepStrictEqual([1, 2, 3].values().drop(1).toArray(), [2, 3]);
  assert.deepStrictEqual([1, 2, 3].values().drop(5).toArray(), []);
  assert.deepStrictEqual([1, 2, 3].values().drop(Infinity).toArray(), []);
  assert.deepStrictEqual([1, 2, 3].values().drop('1').toArray(), [2, 3]);
  assert.deepStrictEqual([1, 2].values().flatMap((x, i) => [x, i, 'a']).toArray(), [1, 0, 'a', 2, 1, 'a']);
  assert.deepStrictEqual(['ab'].values().flatMap((x) => new Set(x)).toArray(), ['a', 'b']);
  assert.deepStrictEqual([1].values().flatMap(() => ({ next: () => ({ done: true }) })).toArray(), []);
  // Laziness: nothing is pulled until next().
  const log = [];
  const helper = logged([1, 2], log).map((x) => { log.push(`map ${x}`); return x * 10; });
  assert.deepStrictEqual(log, []);
  assert.deepStrictEqual(helper.next(), { value: 10, done: false });
  assert.deepStrictEqual(log, ['next', 'map 1']);
  assert.deepStrictEqual(helper.next(), { value: 20, done: false });
  assert.deepStrictEqual(helper.next(), { value: undefined, done: true });
  assert.deepStrictEqual(helper.next(), { value: undefined, done: true });
  assert.deepStrictEqual(log, ['next', 'map 1', 'next', 'map 2', 'next']);
  // Callbacks get (value, counter) with undefined this.
  const calls = [];
  [5].values().map(function(...args) { calls.push([this, ...args]); }).toArray();
  assert.deepStrictEqual(calls, [[undefined, 5, 0]]);
  // next() arguments are not passed to the underlying iterator.
  log.length = 0;
  logged([1], log).map((x) => x).next('arg');
  assert.deepStrictEqual(log, ['next']);
}

// Validation happens eagerly, before `next` is read.
{
  for (const m of ['map', 'filter', 'flatMap', 'forEach', 'some', 'every', 'find', 'reduce']) {
    let nextRead = false;
    const it = { __proto__: IteratorPrototype, get next() { nextRead = true; return () => ({ done: true }); } };
    assert.throws(() => it[m](1), TypeError, m);
    assert.throws(() => it[m](), TypeError, m);
    assert.strictEqual(nextRead, false, m);
    assert.throws(() => IteratorPrototype[m].call(1, () => {}), TypeError);
    assert.throws(() => IteratorPrototype[m].call(null, () => {}), TypeError);
  }
  for (const m of ['take', 'drop']) {
    let nextRead = false;
    const it = { __proto__: IteratorPrototype, get next() { nextRead = true; return () => ({ done: true }); } };
    assert.throws(() => it[m](-1), RangeError);
    assert.throws(() => it[m](NaN), RangeError);
    assert.throws(() => it[m](), RangeError);
    assert.throws(() => it[m]('x'), RangeError);
    assert.throws(() => it[m](-Infinity), RangeError);
    assert.throws(() => it[m](1n), TypeError);
    assert.throws(() => it[m](Symbol('s')), TypeError);
    assert.strictEqual(nextRead, false);
    assert.throws(() => IteratorPrototype[m].call(1, 1), TypeError);
    // -0.5 truncates to 0 and is fine.
    it[m](-0.5);
    assert.strictEqual(nextRead, true);
  }
  assert.throws(() => IteratorPrototype.toArray.call('abc'), TypeError);
}

// Helper objects: next/return brand checks, [Symbol.toStringTag].
{
  const helper = [1].values().map((x) => x);
  const HelperProto = Object.getPrototypeOf(helper);
  assert.strictEqual(Object.getPrototypeOf(HelperProto), IteratorPrototype);
  assert.deepStrictEqual(Reflect.ownKeys(HelperProto), ['next', 'return', Symbol.toStringTag]);
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(HelperProto, Symbol.toStringTag),
                         { value: 'Iterator Helper', writable: false, enumerable: false, configurable: true });
  assert.strictEqual(HelperProto.next.length, 0);
  assert.strictEqual(HelperProto.return.length, 0);
  for (const bad of [{}, [].values(), Iterator.from({ next() {} }), 1, null]) {
    assert.throws(() => HelperProto.next.call(bad), TypeError);
    assert.throws(() => HelperProto.return.call(bad), TypeError);
  }
  // Re-entrant next() throws while the helper runs.
  let h;
  h = [1, 2].values().map(() => h.next());
  assert.throws(() => h.next(), TypeError);
  // After an error the helper is done.
  assert.deepStrictEqual(h.next(), { value: undefined, done: true });
}

// return(): before the first next(), it closes the underlying iterator and
// finishes; while suspended, it closes the underlying iterator; afterwards
// it does nothing.
{
  const log = [];
  const h1 = logged([1, 2], log).map((x) => x);
  assert.deepStrictEqual(h1.return(), { value: undefined, done: true });
  assert.deepStrictEqual(log, ['return']);
  assert.deepStrictEqual(h1.next(), { value: undefined, done: true });
  assert.deepStrictEqual(h1.return(), { value: undefined, done: true });
  assert.deepStrictEqual(log, ['return']);
  log.length = 0;
  const h2 = logged([1, 2], log).filter(() => true);
  h2.next();
  assert.deepStrictEqual(h2.return(), { value: undefined, done: true });
  assert.deepStrictEqual(log, ['next', 'return']);
  assert.deepStrictEqual(h2.next(), { value: undefined, done: true });
  assert.deepStrictEqual(log, ['next', 'return']);
  // Exhausted: return() does not call the underlying return.
  log.length = 0;
  const h3 = logged([], log).map((x) => x);
  h3.next();
  h3.return();
  assert.deepStrictEqual(log, ['next']);
  // A throwing underlying return propagates; a non-object result is a TypeError.
  const throwing = { __proto__: IteratorPrototype, next: () => ({ value: 1, done: false }), return() { throw new EvalError('r'); } };
  assert.throws(() => throwing.map((x) => x).return(), EvalError);
  const h4 = throwing.take(5);
  h4.next();
  assert.throws(() => h4.return(), EvalError);
  const nonObject = { __proto__: IteratorPrototype, next: () => ({ value: 1, done: false }), return: () => 1 };
  const h5 = nonObject.drop(0);
  h5.next();
  assert.throws(() => h5.return(), TypeError);
  // No underlying return: fine.
  const h6 = { __proto__: IteratorPrototype, next: () => ({ value: 1, done: false }) }.map((x) => x);
  h6.next();
  assert.deepStrictEqual(h6.return(), { value: undefined, done: true });
}

// Callback errors close the underlying iterator; errors from next() do not.
{
  for (const m of ['map', 'filter', 'flatMap', 'forEach', 'some', 'every', 'find']) {
    const log = [];
    const run = () => {
      const r = logged([1, 2], log)[m](() => { throw new URIError(m); });
      if (r && typeof r.next === 'function') r.next();
    };
    assert.throws(run, URIError);
    assert.deepStrictEqual(log, ['next', 'return'], m);
  }
  const log = [];
  assert.throws(() => logged([1, 2], log).reduce(() => { throw new URIError('r'); }, 0), URIError);
  assert.deepStrictEqual(log, ['next', 'return']);
  // The original error wins over one from return().
  const badReturn = { __proto__: IteratorPrototype, next: () => ({ value: 1, done: false }), return() { throw new EvalError('r'); } };
  assert.throws(() => badReturn.map(() => { throw new URIError('m'); }).next(), URIError);
  assert.throws(() => badReturn.forEach(() => { throw new URIError('m'); }), URIError);
  // next() throwing or returning a non-object: no close.
  const log2 = [];
  const failing = { __proto__: IteratorPrototype, next() { throw new SyntaxError('n'); }, return() { log2.push('return'); return {}; } };
  assert.throws(() => failing.map((x) => x).next(), SyntaxError);
  assert.throws(() => failing.toArray(), SyntaxError);
  const nonObj = { __proto__: IteratorPrototype, next: () => 1, return() { log2.push('return'); return {}; } };
  assert.throws(() => nonObj.filter((x) => x).next(), TypeError);
  assert.throws(() => nonObj.some((x) => x), TypeError);
  assert.deepStrictEqual(log2, []);
}

// take: when the limit is reached, the next next() closes the underlying iterator.
{
  const log = [];
  const h = logged([1, 2, 3], log).take(1);
  assert.deepStrictEqual(h.next(), { value: 1, done: false });
  assert.deepStrictEqual(log, ['next']);
  assert.deepStrictEqual(h.next(), { value: undefined, done: true });
  assert.deepStrictEqual(log, ['next', 'return']);
  log.length = 0;
  logged([1], log).take(0).next();
  assert.deepStrictEqual(log, ['return']);
}

// drop: skipped steps read `done` but not `value`.
{
  const log = [];
  let i = 0;
  const it = {
    __proto__: IteratorPrototype,
    next() {
      const n = i++;
      return {
        get done() { log.push(`done ${n}`); return n >= 3; },
        get value() { log.push(`value ${n}`); return n; },
      };
    },
  };
  assert.deepStrictEqual(it.drop(2).toArray(), [2]);
  assert.deepStrictEqual(log, ['done 0', 'done 1', 'done 2', 'value 2', 'done 3']);
}

// flatMap: strings are rejected as inner iterables; inner iterators are
// closed (then the outer) on return().
{
  assert.throws(() => [1].values().flatMap(() => 'ab').next(), TypeError);
  assert.throws(() => [1].values().flatMap(() => 1).next(), TypeError);
  assert.deepStrictEqual([1].values().flatMap(() => new String('ab')).toArray(), ['a', 'b']);
  const log = [];
  const outer = logged([1, 2], log);
  const h = outer.flatMap((x) => logged([x, x], log, { return() { log.push('inner return'); return {}; } }));
  assert.deepStrictEqual(h.next(), { value: 1, done: false });
  h.return();
  assert.deepStrictEqual(log, ['next', 'next', 'inner return', 'return']);
  // An inner iterator error closes the outer one.
  log.length = 0;
  const h2 = logged([1], log).flatMap(() => ({ next() { throw new EvalError('inner'); } }));
  assert.throws(() => h2.next(), EvalError);
  assert.deepStrictEqual(log, ['next', 'return']);
}

// reduce
{
  assert.strictEqual([1, 2, 3].values().reduce((a, b) => a + b), 6);
  assert.strictEqual([1, 2, 3].values().reduce((a, b) => a + b, 10), 16);
  assert.strictEqual([].values().reduce((a, b) => a + b, 'init'), 'init');
  assert.throws(() => [].values().reduce((a, b) => a + b), TypeError);
  const calls = [];
  [5, 6].values().reduce((...args) => { calls.push(args); return 'acc'; });
  assert.deepStrictEqual(calls, [[5, 6, 1]]);
  calls.length = 0;
  [5].values().reduce((...args) => { calls.push(args); return 'acc'; }, undefined);
  assert.deepStrictEqual(calls, [[undefined, 5, 0]]);
}

// toArray, forEach, some, every, find
{
  assert.deepStrictEqual(new Set([1, 2]).values().toArray(), [1, 2]);
  assert.strictEqual(Object.getPrototypeOf([].values().toArray()), Array.prototype);
  const seen = [];
  assert.strictEqual([1, 2].values().forEach((v, i) => seen.push([v, i])), undefined);
  assert.deepStrictEqual(seen, [[1, 0], [2, 1]]);
  // Stopping early closes the iterator with a normal completion.
  const log = [];
  assert.strictEqual(logged([1, 2, 3], log).some((x) => x === 2), true);
  assert.deepStrictEqual(log, ['next', 'next', 'return']);
  log.length = 0;
  assert.strictEqual(logged([1, 2], log).some((x) => x === 5), false);
  assert.deepStrictEqual(log, ['next', 'next', 'next']);
  log.length = 0;
  assert.strictEqual(logged([1, 2, 3], log).every((x) => x < 2), false);
  assert.deepStrictEqual(log, ['next', 'next', 'return']);
  assert.strictEqual([1, 2].values().every((x) => x < 5), true);
  assert.strictEqual([].values().every(() => false), true);
  log.length = 0;
  assert.strictEqual(logged([1, 2, 3], log).find((x) => x > 1), 2);
  assert.deepStrictEqual(log, ['next', 'next', 'return']);
  assert.strictEqual([1].values().find(() => false), undefined);
  // Truthiness of callback results.
  assert.strictEqual([0].values().some(() => 'yes'), true);
  assert.strictEqual([0].values().every(() => 0), false);
  // A close that throws after finding propagates.
  const badReturn = { __proto__: IteratorPrototype, next: () => ({ value: 1, done: false }), return() { throw new EvalError('r'); } };
  assert.throws(() => badReturn.find(() => true), EvalError);
  assert.throws(() => badReturn.some(() => true), EvalError);
  const nonObject = { __proto__: IteratorPrototype, next: () => ({ value: 1, done: false }), return: () => null };
  assert.throws(() => nonObject.every(() => false), TypeError);
}

// Helpers work on any object with next, via call.
{
  let i = 0;
  const bare = { next: () => (i < 2 ? { value: i++, done: false } : { done: true }) };
  assert.deepStrictEqual(IteratorPrototype.map.call(bare, (x) => x + 1).toArray(), [1, 2]);
}
