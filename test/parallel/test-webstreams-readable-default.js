'use strict';
// ReadableStream with a default controller: queueing, desiredSize, pull, close, error, cancel.
const common = require('../common');
const assert = require('assert');

(async () => {
  let controller;
  const pulls = [];
  const rs = new ReadableStream({
    start(c) { controller = c; },
    pull(c) { pulls.push(c.desiredSize); },
  }, { highWaterMark: 2 });
  assert.strictEqual(controller.desiredSize, 2);
  controller.enqueue('a');
  assert.strictEqual(controller.desiredSize, 1);
  const reader = rs.getReader();
  assert.strictEqual(rs.locked, true);
  assert.deepStrictEqual(await reader.read(), { value: 'a', done: false });
  const pending = reader.read();
  controller.enqueue('b');
  assert.deepStrictEqual(await pending, { value: 'b', done: false });
  controller.close();
  assert.throws(() => controller.enqueue('c'), { code: 'ERR_INVALID_STATE', name: 'TypeError' });
  assert.deepStrictEqual(await reader.read(), { value: undefined, done: true });
  await reader.closed;
  assert(pulls.length >= 1);
  reader.releaseLock();
  assert.strictEqual(rs.locked, false);

  // Errors reject pending reads and closed.
  const rs2 = new ReadableStream({ start(c) { controller = c; } });
  const r2 = rs2.getReader();
  const read = r2.read();
  const boom = new Error('boom');
  controller.error(boom);
  await assert.rejects(read, boom);
  await assert.rejects(r2.closed, boom);
  assert.strictEqual(controller.desiredSize, null);

  // Cancel runs the source's cancel with the reason and resolves with undefined.
  const rs3 = new ReadableStream({ cancel: common.mustCall((reason) => {
    assert.strictEqual(reason, 'why');
  }) });
  assert.strictEqual(await rs3.cancel('why'), undefined);

  // A size function and a throwing size function.
  const rs4 = new ReadableStream({ start(c) { controller = c; } },
                                 { highWaterMark: 10, size(chunk) { return chunk.length; } });
  controller.enqueue('abcd');
  assert.strictEqual(controller.desiredSize, 6);
  const rs5 = new ReadableStream({ start(c) { controller = c; } }, { size() { throw boom; } });
  assert.throws(() => controller.enqueue(1), boom);
  await assert.rejects(rs5.getReader().closed, boom);
  assert.strictEqual(rs4.locked, false);
})().then(common.mustCall());
