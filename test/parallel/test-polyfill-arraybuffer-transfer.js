'use strict';
// ArrayBuffer.prototype.{detached,transfer,transferToFixedLength} (ES2024).
const assert = require('assert');

const detachedGetter = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'detached').get;

// detached
{
  assert.strictEqual(new ArrayBuffer(0).detached, false);
  assert.strictEqual(new ArrayBuffer(8).detached, false);
  for (const bad of [{}, [], null, undefined, 1, new Uint8Array(1), new DataView(new ArrayBuffer(1))]) {
    assert.throws(() => detachedGetter.call(bad), TypeError);
  }
  if (typeof SharedArrayBuffer === 'function') {
    assert.throws(() => detachedGetter.call(new SharedArrayBuffer(1)), TypeError);
  }
}

for (const method of ['transfer', 'transferToFixedLength']) {
  // Same length: contents move, the source is detached.
  {
    const buf = new ArrayBuffer(4);
    new Uint8Array(buf).set([1, 2, 3, 4]);
    const view = new Uint8Array(buf);
    const moved = buf[method]();
    assert.strictEqual(Object.getPrototypeOf(moved), ArrayBuffer.prototype);
    assert.notStrictEqual(moved, buf);
    assert.strictEqual(moved.byteLength, 4);
    assert.deepStrictEqual([...new Uint8Array(moved)], [1, 2, 3, 4]);
    assert.strictEqual(buf.detached, true);
    assert.strictEqual(moved.detached, false);
    assert.strictEqual(buf.byteLength, 0);
    assert.strictEqual(view.length, 0);
    assert.throws(() => buf[method](), TypeError);
    assert.throws(() => buf.slice(0), TypeError);
  }
  // Longer: zero-filled; shorter: truncated.
  {
    const buf = new ArrayBuffer(2);
    new Uint8Array(buf).set([7, 8]);
    const longer = buf[method](5);
    assert.deepStrictEqual([...new Uint8Array(longer)], [7, 8, 0, 0, 0]);
    assert.strictEqual(buf.detached, true);
    const shorter = longer[method](1);
    assert.deepStrictEqual([...new Uint8Array(shorter)], [7]);
    const empty = shorter[method](0);
    assert.strictEqual(empty.byteLength, 0);
    assert.strictEqual(empty.detached, false);
    assert.strictEqual(shorter.detached, true);
    // A zero-length buffer can be transferred too.
    empty[method]();
    assert.strictEqual(empty.detached, true);
  }
  // newLength is ToIndex'd: undefined keeps the length; fractions truncate.
  {
    assert.strictEqual(new ArrayBuffer(3)[method](undefined).byteLength, 3);
    assert.strictEqual(new ArrayBuffer(3)[method](2.9).byteLength, 2);
    assert.strictEqual(new ArrayBuffer(3)[method]('4').byteLength, 4);
    assert.strictEqual(new ArrayBuffer(3)[method](null).byteLength, 0);
    assert.strictEqual(new ArrayBuffer(3)[method](-0.5).byteLength, 0);
    const buf = new ArrayBuffer(1);
    assert.throws(() => buf[method](-1), RangeError);
    assert.throws(() => buf[method](2 ** 53), RangeError);
    assert.throws(() => buf[method](Infinity), RangeError);
    assert.throws(() => buf[method](1n), TypeError);
    assert.strictEqual(buf.detached, false);
  }
  // Receiver checks: only non-shared ArrayBuffers.
  for (const bad of [{}, [], null, undefined, new Uint8Array(1)]) {
    assert.throws(() => ArrayBuffer.prototype[method].call(bad), TypeError);
  }
  if (typeof SharedArrayBuffer === 'function') {
    assert.throws(() => ArrayBuffer.prototype[method].call(new SharedArrayBuffer(1)), TypeError);
  }
  // The length is converted before the detached check.
  {
    const buf = new ArrayBuffer(1);
    buf[method]();
    let converted = false;
    assert.throws(() => buf[method]({ valueOf() { converted = true; return 1; } }), TypeError);
    assert.strictEqual(converted, true);
  }
  // The result has no species or subclass: always %ArrayBuffer%.
  {
    class MyBuffer extends ArrayBuffer {}
    const r = new MyBuffer(2)[method]();
    assert.strictEqual(Object.getPrototypeOf(r), ArrayBuffer.prototype);
  }
}
