'use strict';
// Async iteration over Readable (break destroys, errors reject, destroyOnReturn: false) and
// Readable.from over arrays, generators, async generators, strings and buffers.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

(async () => {
  const got = [];
  for await (const x of Readable.from([1, 2, 3])) got.push(x);
  assert.deepStrictEqual(got, [1, 2, 3]);

  const r = Readable.from((function* () { yield 'a'; yield 'b'; })());
  for await (const x of r) { assert.strictEqual(x, 'a'); break; }
  assert.strictEqual(r.destroyed, true);

  const r2 = new Readable({ objectMode: true, read() {} });
  r2.push(1);
  r2.push(2);
  for await (const x of r2.iterator({ destroyOnReturn: false })) { assert.strictEqual(x, 1); break; }
  assert.strictEqual(r2.destroyed, false);
  assert.strictEqual(r2.read(), 2);

  const r3 = new Readable({ read() { this.destroy(new Error('iter error')); } });
  await assert.rejects(async () => { for await (const x of r3) assert.fail(x); }, { message: 'iter error' });

  const whole = [];
  for await (const x of Readable.from('one string')) whole.push(x);
  assert.deepStrictEqual(whole, ['one string']);
  const buf = [];
  for await (const x of Readable.from(Buffer.from('buf'))) buf.push(x);
  assert.strictEqual(buf.length, 1);
  assert.strictEqual(buf[0].toString(), 'buf');

  async function* gen() { yield 'x'; await new Promise((r) => setImmediate(r)); yield 'y'; }
  const fromGen = [];
  for await (const x of Readable.from(gen())) fromGen.push(x);
  assert.deepStrictEqual(fromGen, ['x', 'y']);

  const promisesInArray = [];
  for await (const x of Readable.from([Promise.resolve(1), 2])) promisesInArray.push(x);
  assert.deepStrictEqual(promisesInArray, [1, 2]);

  assert.throws(() => Readable.from(5), { code: 'ERR_INVALID_ARG_TYPE' });
  const nul = Readable.from([null]);
  await assert.rejects(async () => { for await (const x of nul) assert.fail(x); },
                       { code: 'ERR_STREAM_NULL_VALUES' });

  const bytes = Readable.from(['ab', 'cd'], { objectMode: false });
  assert.strictEqual(bytes.readableObjectMode, false);
  const parts = [];
  for await (const x of bytes) parts.push(x.toString());
  assert.strictEqual(parts.join(''), 'abcd');
})().then(common.mustCall());
