'use strict';
// Readable operators: results and order, map concurrency limits, errors and aborts, validation.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

(async () => {
  assert.deepStrictEqual(await Readable.from([1, 2, 3]).map((x) => x + 1).toArray(), [2, 3, 4]);
  assert.deepStrictEqual(await Readable.from([1, 2, 3, 4]).filter((x) => x % 2 === 0).toArray(), [2, 4]);
  assert.deepStrictEqual(await Readable.from(['ab']).flatMap((s) => s.split('')).toArray(), ['a', 'b']);
  assert.deepStrictEqual(await Readable.from([1, 2, 3, 4, 5]).drop(2).take(2).toArray(), [3, 4]);
  assert.strictEqual(await Readable.from([1, 2, 3]).reduce((a, b) => a + b, 0), 6);
  assert.strictEqual(await Readable.from([5]).some((x) => x === 5), true);
  assert.strictEqual(await Readable.from([5, 6]).every((x) => x > 5), false);
  assert.strictEqual(await Readable.from([5, 6]).find((x) => x > 5), 6);
  await assert.rejects(Readable.from([]).reduce((a, b) => a + b), { code: 'ERR_MISSING_ARGS' });

  // Results keep the input order even when later calls finish first.
  let active = 0;
  let peak = 0;
  const delays = [30, 5, 20, 1, 10, 2];
  const mapped = await Readable.from(delays).map(async (ms) => {
    active++;
    peak = Math.max(peak, active);
    await new Promise((resolve) => setTimeout(resolve, ms));
    active--;
    return ms;
  }, { concurrency: 2 }).toArray();
  assert.deepStrictEqual(mapped, delays);
  assert.strictEqual(peak, 2);

  // An error thrown by fn rejects the consumer and destroys the source.
  const source = Readable.from([1, 2, 3]);
  await assert.rejects(source.map(() => { throw new Error('map fn'); }).toArray(), { message: 'map fn' });

  const ac = new AbortController();
  const pending = Readable.from([1, 2]).map(() => new Promise(() => {}), { signal: ac.signal }).toArray();
  ac.abort();
  await assert.rejects(pending, { name: 'AbortError' });

  const seen = [];
  assert.strictEqual(await Readable.from([1, 2]).forEach((x) => { seen.push(x); }), undefined);
  assert.deepStrictEqual(seen, [1, 2]);

  assert.throws(() => Readable.from([]).map('x'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => Readable.from([]).map(() => {}, { concurrency: -1 }), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => Readable.from([]).take(-1), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => Readable.from([]).map(() => {}, 'opts'), { code: 'ERR_INVALID_ARG_TYPE' });
})().then(common.mustCall());
