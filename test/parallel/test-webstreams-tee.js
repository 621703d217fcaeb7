'use strict';
// tee() of default and byte streams: both branches see every chunk; canceling both cancels the
// source with both reasons; an error reaches both branches.
const common = require('../common');
const assert = require('assert');

async function readAll(rs) {
  const out = [];
  for await (const c of rs) out.push(c);
  return out;
}

(async () => {
  const [a, b] = new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); c.close(); } }).tee();
  assert.deepStrictEqual(await Promise.all([readAll(a), readAll(b)]), [[1, 2], [1, 2]]);

  const src = new ReadableStream({ cancel: common.mustCall((reason) => {
    assert.deepStrictEqual(reason, ['r1', 'r2']);
  }) });
  const [c1, c2] = src.tee();
  const p1 = c1.cancel('r1');
  await c2.cancel('r2');
  await p1;

  let controller;
  const [e1, e2] = new ReadableStream({ start(c) { controller = c; } }).tee();
  const boom = new Error('boom');
  controller.error(boom);
  await assert.rejects(e1.getReader().closed, boom);
  await assert.rejects(e2.getReader().closed, boom);

  // Byte tee: branch chunks are separate copies; BYOB reads work on a branch.
  const [x, y] = new ReadableStream({
    type: 'bytes',
    start(c) { c.enqueue(new Uint8Array([1, 2, 3])); c.close(); },
  }).tee();
  const rx = x.getReader({ mode: 'byob' });
  const { value } = await rx.read(new Uint8Array(8));
  assert.deepStrictEqual([...value], [1, 2, 3]);
  const ys = await readAll(y);
  assert.deepStrictEqual(ys.map((u) => [...u]), [[1, 2, 3]]);
  value[0] = 99;
  assert.strictEqual(ys[0][0], 1);
})().then(common.mustCall());
