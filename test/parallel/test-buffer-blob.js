'use strict';
// Blob and File: sources, type normalisation, endings, slice, text/arrayBuffer/bytes, errors.
const common = require('../common');
const assert = require('assert');
const { Blob, File, resolveObjectURL } = require('buffer');

assert.strictEqual(globalThis.Blob, Blob);
assert.strictEqual(globalThis.File, File);

const blob = new Blob(['h\u00e9llo', new Uint8Array([33]), new Blob(['?'])], { type: 'Text/Plain' });
assert.strictEqual(blob.size, 8);
assert.strictEqual(blob.type, 'text/plain');
assert.strictEqual(Object.prototype.toString.call(blob), '[object Blob]');
assert.strictEqual(new Blob().size, 0);
assert.strictEqual(new Blob([1, {}, null]).size, 20);
assert.strictEqual(new Blob(['\ud800']).size, 3);
assert.strictEqual(new Blob(['a'], { type: 'A\u00ff' }).type, '');
assert.strictEqual(new Blob(['a\r\nb\n'], { endings: 'native' }).size, 4);
assert.strictEqual(new Blob(new Set(['ab'])).size, 2);
assert.strictEqual(blob.slice(1, -1).size, 6);
assert.strictEqual(blob.slice(-2).size, 2);
assert.strictEqual(blob.slice(4, 2).size, 0);
assert.strictEqual(blob.slice(0, 1, 'X/Y').type, 'x/y');

assert.throws(() => new Blob('abc'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "sources" argument must be a sequence. Received type string (\'abc\')',
});
assert.throws(() => new Blob(['a'], 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be a dictionary. Received type number (1)',
});
assert.throws(() => new Blob(['a'], { endings: 'x' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => Blob.prototype.size, { code: 'ERR_INVALID_THIS' });

blob.text().then(common.mustCall((t) => assert.strictEqual(t, 'h\u00e9llo!?')));
blob.arrayBuffer().then(common.mustCall((ab) => {
  assert.ok(ab instanceof ArrayBuffer);
  assert.strictEqual(ab.byteLength, 8);
}));
blob.slice(0, 1).bytes().then(common.mustCall((u8) => {
  assert.ok(u8 instanceof Uint8Array);
  assert.deepStrictEqual([...u8], [104]);
}));

// The blob copies its sources.
{
  const src = new Uint8Array([1, 2]);
  const b = new Blob([src]);
  src[0] = 9;
  b.bytes().then(common.mustCall((u8) => assert.deepStrictEqual([...u8], [1, 2])));
}

const file = new File(['ab'], 'f.txt', { type: 'T', lastModified: 5 });
assert.ok(file instanceof Blob);
assert.strictEqual(file.name, 'f.txt');
assert.strictEqual(file.lastModified, 5);
assert.strictEqual(file.type, 't');
assert.strictEqual(file.size, 2);
assert.strictEqual(Object.prototype.toString.call(file), '[object File]');
assert.strictEqual(typeof new File([], 'x').lastModified, 'number');
assert.throws(() => new File([]), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "fileBits" and "fileName" arguments must be specified',
});
assert.strictEqual(resolveObjectURL('blob:nodedata:x'), undefined);
