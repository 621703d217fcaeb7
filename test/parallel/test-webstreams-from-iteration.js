'use strict';
// ReadableStream.from() over sync and async iterables, async iteration with break/return and
// preventCancel.
const common = require('../common');
const assert = require('assert');

(async () => {
  const out = [];
  for await (const x of ReadableStream.from([1, 2, 3])) out.push(x);
  assert.deepStrictEqual(out, [1, 2, 3]);

  const fromAsync = ReadableStream.from((async function* () { yield 'a'; yield 'b'; })());
  const out2 = [];
  for await (const x of fromAsync) out2.push(x);
  assert.deepStrictEqual(out2, ['a', 'b']);

  // Promises yielded by a sync iterable are awaited.
  const out3 = [];
  for await (const x of ReadableStream.from([Promise.resolve(5)])) out3.push(x);
  assert.deepStrictEqual(out3, [5]);

  // Canceling calls the iterator's return().
  let finalized = false;
  const rs = ReadableStream.from((function* () {
    try { yield 1; yield 2; } finally { finalized = true; }
  })());
  for await (const x of rs) { assert.strictEqual(x, 1); break; }
  assert.strictEqual(finalized, true);
  assert.strictEqual(rs.locked, false);

  // preventCancel keeps the stream usable after break.
  const rs2 = new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); c.close(); },
                                   cancel: common.mustNotCall() });
  for await (const x of rs2.values({ preventCancel: true })) { assert.strictEqual(x, 1); break; }
  assert.deepStrictEqual(await rs2.getReader().read(), { value: 2, done: false });

  assert.throws(() => ReadableStream.from(1), { code: 'ERR_ARG_NOT_ITERABLE' });
  const boom = new Error('boom');
  await assert.rejects(ReadableStream.from((async function* () { throw boom; })()).getReader().read(), boom);
})().then(common.mustCall());
