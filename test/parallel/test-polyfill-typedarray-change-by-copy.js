'use strict';
// %TypedArray%.prototype.{toReversed,toSorted,with} (ES2023).
const assert = require('assert');

const ctors = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array,
               Int32Array, Uint32Array, Float32Array, Float64Array];

for (const C of ctors) {
  const ta = new C([3, 1, 2]);
  const r = ta.toReversed();
  assert.strictEqual(Object.getPrototypeOf(r), C.prototype);
  assert.deepStrictEqual([...r], [2, 1, 3]);
  assert.notStrictEqual(r.buffer, ta.buffer);
  assert.deepStrictEqual([...ta.toSorted()], [1, 2, 3]);
  assert.deepStrictEqual([...ta.toSorted((a, b) => b - a)], [3, 2, 1]);
  assert.deepStrictEqual([...ta.with(-1, 7)], [3, 1, 7]);
  assert.deepStrictEqual([...ta], [3, 1, 2]);
}

for (const C of [BigInt64Array, BigUint64Array]) {
  const ta = new C([3n, 1n, 2n]);
  assert.deepStrictEqual([...ta.toReversed()], [2n, 1n, 3n]);
  assert.deepStrictEqual([...ta.toSorted()], [1n, 2n, 3n]);
  assert.deepStrictEqual([...ta.with(0, 5n)], [5n, 1n, 2n]);
  // ToBigInt: numbers and undefined are TypeErrors, strings and booleans convert.
  assert.throws(() => ta.with(0, 1), TypeError);
  assert.throws(() => ta.with(0, undefined), TypeError);
  assert.deepStrictEqual([...ta.with(0, '7')], [7n, 1n, 2n]);
  assert.deepStrictEqual([...ta.with(0, true)], [1n, 1n, 2n]);
  assert.throws(() => ta.with(0, '1.5'), SyntaxError);
}

// The result uses the intrinsic constructor of the same type, never species
// or the `constructor` property.
{
  class MyTA extends Uint8Array {
    static get [Symbol.species]() { throw new Error('species read'); }
  }
  const m = new MyTA([2, 1]);
  Object.defineProperty(m, 'constructor', { get() { throw new Error('constructor read'); } });
  assert.strictEqual(Object.getPrototypeOf(m.toSorted()), Uint8Array.prototype);
  assert.strictEqual(Object.getPrototypeOf(m.toReversed()), Uint8Array.prototype);
  assert.strictEqual(Object.getPrototypeOf(m.with(0, 0)), Uint8Array.prototype);
}

// Default numeric order: -0 before +0, NaN last.
{
  const f = new Float64Array([NaN, 1, -0, 0, -Infinity, NaN, -1]);
  const s = f.toSorted();
  assert.deepStrictEqual([...s].map((x) => Object.is(x, -0) ? '-0' : String(x)),
                         ['-Infinity', '-1', '-0', '0', '1', 'NaN', 'NaN']);
  // Comparator results are ToNumber'd; NaN counts as 0 (stable).
  const u = new Uint8Array([3, 1, 2]);
  assert.deepStrictEqual([...u.toSorted(() => NaN)], [3, 1, 2]);
  assert.deepStrictEqual([...u.toSorted((a, b) => ({ valueOf: () => a - b }))], [1, 2, 3]);
}

// Receiver and argument validation.
{
  for (const m of ['toReversed', 'toSorted', 'with']) {
    const fn = Int8Array.prototype[m];
    for (const bad of [[], {}, null, undefined, 1, new ArrayBuffer(1), new DataView(new ArrayBuffer(1))]) {
      assert.throws(() => fn.call(bad, 0, 0), TypeError);
    }
  }
  // The comparator is checked before the receiver.
  assert.throws(() => Int8Array.prototype.toSorted.call({}, 1), TypeError);
  for (const bad of [null, 1, {}, 'x']) {
    assert.throws(() => new Int8Array(1).toSorted(bad), TypeError);
  }
  const ta = new Int8Array([1, 2, 3]);
  assert.throws(() => ta.with(3, 0), RangeError);
  assert.throws(() => ta.with(-4, 0), RangeError);
  assert.throws(() => ta.with(Infinity, 0), RangeError);
  assert.deepStrictEqual([...ta.with(1.9, 9)], [1, 9, 3]);
  assert.deepStrictEqual([...ta.with(-0, 9)], [9, 2, 3]);
  // Element conversion follows the element type.
  assert.deepStrictEqual([...ta.with(0, 300)], [44, 2, 3]);
  assert.deepStrictEqual([...new Uint8ClampedArray(1).with(0, 300)], [255]);
  assert.deepStrictEqual([...ta.with(0, '5')], [5, 2, 3]);
  assert.throws(() => ta.with(0, 1n), TypeError);
  // Both arguments are converted before the range check. (The spec converts
  // the index first; V8 12.4 converts the value first, so the order is not
  // checked here.)
  const log = [];
  assert.throws(() => ta.with({ valueOf() { log.push('index'); return 10; } },
                              { valueOf() { log.push('value'); return 1; } }), RangeError);
  assert.deepStrictEqual(log.sort(), ['index', 'value']);
}

// Detached buffers are rejected (when this engine can detach one).
if (typeof structuredClone === 'function') {
  const ta = new Uint8Array([1, 2]);
  structuredClone(ta.buffer, { transfer: [ta.buffer] });
  assert.strictEqual(ta.length, 0);
  for (const m of ['toReversed', 'toSorted']) {
    assert.throws(() => ta[m](), TypeError);
  }
  assert.throws(() => ta.with(0, 0), TypeError);
}

// Zero-length and subarray views.
{
  assert.deepStrictEqual([...new Int16Array(0).toSorted()], []);
  const base = new Uint8Array([9, 3, 2, 1, 9]);
  const sub = base.subarray(1, 4);
  assert.deepStrictEqual([...sub.toSorted()], [1, 2, 3]);
  assert.deepStrictEqual([...sub.toReversed()], [1, 2, 3]);
  assert.strictEqual(sub.toSorted().byteOffset, 0);
  assert.deepStrictEqual([...base], [9, 3, 2, 1, 9]);
}
