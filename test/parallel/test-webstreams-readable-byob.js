'use strict';
// Byte streams: BYOB reads with respond()/respondWithNewView(), the min option, element sizes,
// autoAllocateChunkSize for default readers, and the transfer of enqueued buffers.
const common = require('../common');
const assert = require('assert');

(async () => {
  let n = 0;
  const rs = new ReadableStream({
    type: 'bytes',
    pull(c) {
      const view = c.byobRequest.view;
      view[0] = ++n;
      c.byobRequest.respond(1);
      if (n === 5) c.close();
    },
  });
  const reader = rs.getReader({ mode: 'byob' });
  let { value, done } = await reader.read(new Uint8Array(4));
  assert.deepStrictEqual([...value], [1]);
  assert.strictEqual(done, false);
  ({ value } = await reader.read(new Uint8Array(4), { min: 3 }));
  assert.deepStrictEqual([...value], [2, 3, 4]);
  ({ value, done } = await reader.read(new Uint8Array(4)));
  assert.deepStrictEqual([...value], [5]);
  ({ value, done } = await reader.read(new Uint8Array(4)));
  assert.strictEqual(done, true);
  assert.strictEqual(value.byteLength, 0);

  // Enqueued chunks fill a larger Uint16Array view; the enqueued buffer is transferred.
  let controller;
  const rs2 = new ReadableStream({ type: 'bytes', start(c) { controller = c; } });
  const chunk = new Uint8Array([1, 0, 2, 0, 3]);
  controller.enqueue(chunk);
  assert.strictEqual(chunk.byteLength, 0);
  const r2 = rs2.getReader({ mode: 'byob' });
  ({ value } = await r2.read(new Uint16Array(4)));
  assert(value instanceof Uint16Array);
  assert.deepStrictEqual([...value], [1, 2]);
  controller.close();
  await assert.rejects(r2.read(new Uint16Array(1)), { code: 'ERR_INVALID_STATE' });

  // respondWithNewView.
  const rs3 = new ReadableStream({
    type: 'bytes',
    pull(c) {
      const v = c.byobRequest.view;
      const view = new Uint8Array(v.buffer, v.byteOffset, 2);
      view.set([7, 8]);
      c.byobRequest.respondWithNewView(view);
    },
  });
  ({ value } = await rs3.getReader({ mode: 'byob' }).read(new Uint8Array(8)));
  assert.deepStrictEqual([...value], [7, 8]);

  // autoAllocateChunkSize gives default readers a byobRequest.
  const rs4 = new ReadableStream({
    type: 'bytes',
    autoAllocateChunkSize: 16,
    pull: common.mustCall((c) => {
      assert.strictEqual(c.byobRequest.view.byteLength, 16);
      c.byobRequest.view[0] = 42;
      c.byobRequest.respond(1);
    }),
  });
  ({ value } = await rs4.getReader().read());
  assert.deepStrictEqual([...value], [42]);

  // A default reader of a byte stream gets the enqueued Uint8Arrays.
  const rs5 = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([9])); c.close(); } });
  const chunks = [];
  for await (const c of rs5) chunks.push(...c);
  assert.deepStrictEqual(chunks, [9]);
})().then(common.mustCall());
