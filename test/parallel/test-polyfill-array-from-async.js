'use strict';
// Array.fromAsync (shipped in V8 12.1 / Node 22).
const assert = require('assert');

async function* asyncGen(values) {
  for (const v of values) yield v;
}

function thenable(value) {
  return { then(resolve) { resolve(value); } };
}

async function main() {
  // Always returns a native promise, even for bad input: errors reject.
  {
    const p = Array.fromAsync(null);
    assert.ok(p instanceof Promise);
    await assert.rejects(p, TypeError);
    await assert.rejects(Array.fromAsync(undefined), TypeError);
    await assert.rejects(Array.fromAsync([], 'not callable'), TypeError);
    await assert.rejects(Array.fromAsync([], null), TypeError);
    await assert.rejects(Array.fromAsync({ [Symbol.asyncIterator]: 1 }), TypeError);
    await assert.rejects(Array.fromAsync({ [Symbol.iterator]: 1 }), TypeError);
    await assert.rejects(Array.fromAsync({ [Symbol.iterator]() { return 1; } }), TypeError);
  }

  // Sources: async iterables, sync iterables, array-likes, strings.
  assert.deepStrictEqual(await Array.fromAsync(asyncGen([1, 2, 3])), [1, 2, 3]);
  assert.deepStrictEqual(await Array.fromAsync([1, 2, 3]), [1, 2, 3]);
  assert.deepStrictEqual(await Array.fromAsync(new Set(['a', 'b'])), ['a', 'b']);
  assert.deepStrictEqual(await Array.fromAsync({ length: 2, 0: 'x', 1: 'y' }), ['x', 'y']);
  assert.deepStrictEqual(await Array.fromAsync('a\u{1F600}'), ['a', '\u{1F600}']);
  assert.deepStrictEqual(await Array.fromAsync({}), []);
  assert.deepStrictEqual(await Array.fromAsync(5), []);
  assert.deepStrictEqual(await Array.fromAsync([]), []);

  // Sync iterables and array-likes: values are awaited (promises, thenables).
  assert.deepStrictEqual(await Array.fromAsync([Promise.resolve(1), thenable(2), 3]), [1, 2, 3]);
  assert.deepStrictEqual(await Array.fromAsync({ length: 2, 0: Promise.resolve('a'), 1: thenable('b') }), ['a', 'b']);
  await assert.rejects(Array.fromAsync([Promise.reject(new RangeError('r'))]), RangeError);
  await assert.rejects(Array.fromAsync({ length: 1, 0: Promise.reject(new EvalError('e')) }), EvalError);

  // Async iterables: values are not awaited without a mapping function.
  {
    const inner = Promise.resolve('inner');
    const iterable = {
      [Symbol.asyncIterator]() {
        let done = false;
        return {
          next() {
            if (done) return Promise.resolve({ done: true });
            done = true;
            return Promise.resolve({ value: inner, done: false });
          },
        };
      },
    };
    const r = await Array.fromAsync(iterable);
    assert.strictEqual(r[0], inner);
    // ... but mapped values are.
    const m = await Array.fromAsync(iterable, (v) => v);
    assert.strictEqual(m[0], 'inner');
  }

  // mapfn(value, index) with thisArg; its results are awaited.
  {
    const calls = [];
    const self = {};
    const r = await Array.fromAsync([10, Promise.resolve(20)], function(v, i) {
      calls.push([this, v, i, arguments.length]);
      return Promise.resolve(v + i);
    }, self);
    assert.deepStrictEqual(r, [10, 21]);
    assert.deepStrictEqual(calls, [[self, 10, 0, 2], [self, 20, 1, 2]]);
    const r2 = await Array.fromAsync(asyncGen([1, 2]), (v) => thenable(v * 10));
    assert.deepStrictEqual(r2, [10, 20]);
    const r3 = await Array.fromAsync({ length: 1, 0: 'a' }, function(v) { return [this, v]; });
    assert.deepStrictEqual(r3, [[undefined, 'a']]);
  }

  // @@asyncIterator wins over @@iterator, which is then not read.
  {
    const log = [];
    const both = {
      get [Symbol.asyncIterator]() { log.push('async'); return () => asyncGen(['A']); },
      get [Symbol.iterator]() { log.push('sync'); return () => ['S'][Symbol.iterator](); },
      get length() { log.push('length'); return 0; },
    };
    assert.deepStrictEqual(await Array.fromAsync(both), ['A']);
    assert.deepStrictEqual(log, ['async']);
    log.length = 0;
    const syncOnly = {
      [Symbol.asyncIterator]: null,
      get [Symbol.iterator]() { log.push('sync'); return () => ['S'][Symbol.iterator](); },
    };
    assert.deepStrictEqual(await Array.fromAsync(syncOnly), ['S']);
    assert.deepStrictEqual(log, ['sync']);
  }

  // mapfn is validated before the source is touched.
  {
    let touched = false;
    const src = { get [Symbol.asyncIterator]() { touched = true; return undefined; } };
    await assert.rejects(Array.fromAsync(src, {}), TypeError);
    assert.strictEqual(touched, false);
  }

  // The iterator's next is read once; done and value in order.
  {
    const log = [];
    const iterable = {
      [Symbol.asyncIterator]() {
        log.push('@@asyncIterator');
        let i = 0;
        return {
          get next() {
            log.push('get next');
            return () => {
              log.push('next()');
              return Promise.resolve({
                get done() { log.push('done'); return i >= 1; },
                get value() { log.push('value'); return i++; },
              });
            };
          },
        };
      },
    };
    assert.deepStrictEqual(await Array.fromAsync(iterable), [0]);
    assert.deepStrictEqual(log, ['@@asyncIterator', 'get next', 'next()', 'done', 'value', 'next()', 'done']);
  }

  // The iterator is closed when mapfn throws or rejects. (Errors from next()
  // itself must not close it per the spec, but V8 12.4 closes it then, so
  // that case only checks the rejection.)
  for (const kind of ['sync', 'async']) {
    const log = [];
    const iterator = {
      next() { log.push('next'); return kind === 'sync' ? { value: 1, done: false } : Promise.resolve({ value: 1, done: false }); },
      return() { log.push('return'); return kind === 'sync' ? {} : Promise.resolve({}); },
    };
    const iterable = { [kind === 'sync' ? Symbol.iterator : Symbol.asyncIterator]() { return iterator; } };
    await assert.rejects(Array.fromAsync(iterable, () => { throw new URIError('map'); }), URIError);
    assert.deepStrictEqual(log, ['next', 'return']);
    log.length = 0;
    await assert.rejects(Array.fromAsync(iterable, () => Promise.reject(new URIError('map'))), URIError);
    assert.deepStrictEqual(log, ['next', 'return']);
    log.length = 0;
    const failing = { [kind === 'sync' ? Symbol.iterator : Symbol.asyncIterator]() {
      return { next() { throw new SyntaxError('next'); }, return() { log.push('return'); return {}; } };
    } };
    await assert.rejects(Array.fromAsync(failing), SyntaxError);
  }

  // `this` as constructor: called with no arguments for iterables, with the
  // length for array-likes; elements defined with CreateDataProperty, then
  // length set.
  {
    const log = [];
    function C(...args) {
      log.push(['construct', args]);
      return new Proxy({}, {
        defineProperty(target, key, desc) {
          log.push(['define', key, desc.value, desc.writable, desc.enumerable, desc.configurable]);
          return Reflect.defineProperty(target, key, desc);
        },
        set(target, key, value, receiver) {
          log.push(['set', key, value]);
          return Reflect.set(target, key, value, receiver);
        },
      });
    }
    const r = await Array.fromAsync.call(C, asyncGen(['a']));
    assert.strictEqual(r.length, 1);
    assert.deepStrictEqual(log, [
      ['construct', []],
      ['define', '0', 'a', true, true, true],
      ['set', 'length', 1],
      // Set(A, "length") on an object without one: OrdinarySet creates it.
      ['define', 'length', 1, true, true, true],
    ]);
    log.length = 0;
    await Array.fromAsync.call(C, { length: 1, 0: 'b' });
    assert.deepStrictEqual(log.slice(0, 3), [
      ['construct', [1]],
      ['define', '0', 'b', true, true, true],
      ['set', 'length', 1],
    ]);
    // Non-constructors give plain arrays.
    const plain = await Array.fromAsync.call(() => {}, [1]);
    assert.strictEqual(Object.getPrototypeOf(plain), Array.prototype);
    const plain2 = await Array.fromAsync.call(undefined, { length: 1, 0: 1 });
    assert.deepStrictEqual(plain2, [1]);
    // A subclass of Array.
    class MyArray extends Array {}
    const sub = await Array.fromAsync.call(MyArray, [1, 2]);
    assert.ok(sub instanceof MyArray);
    assert.deepStrictEqual([...sub], [1, 2]);
    // A frozen result makes CreateDataPropertyOrThrow fail: TypeError.
    await assert.rejects(Array.fromAsync.call(function() { return Object.freeze({}); }, [1]), TypeError);
  }

  // Array-like: elements are read one at a time, each awaited before the next read.
  {
    const log = [];
    const arrayLike = { length: 2 };
    for (let i = 0; i < 2; i++) {
      Object.defineProperty(arrayLike, i, {
        get() { log.push(`get ${i}`); return { then(resolve) { log.push(`then ${i}`); resolve(i); } }; },
      });
    }
    assert.deepStrictEqual(await Array.fromAsync(arrayLike), [0, 1]);
    assert.deepStrictEqual(log, ['get 0', 'then 0', 'get 1', 'then 1']);
  }
}

let finished = false;
main().then(() => { finished = true; });
// Fails the test when main() rejects (an unhandled rejection) or never settles.
process.on?.('exit', () => assert.strictEqual(finished, true));
