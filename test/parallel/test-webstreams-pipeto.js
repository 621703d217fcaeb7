'use strict';
// pipeTo()/pipeThrough(): data, close propagation and the preventClose, preventAbort,
// preventCancel and signal options.
const common = require('../common');
const assert = require('assert');

function source(chunks, extra = {}) {
  return new ReadableStream({
    start(c) { for (const x of chunks) c.enqueue(x); if (!extra.open) c.close(); },
    ...extra.source,
  });
}

(async () => {
  const out = [];
  let closed = false;
  await source([1, 2, 3]).pipeTo(new WritableStream({
    write(c) { out.push(c); },
    close() { closed = true; },
  }));
  assert.deepStrictEqual(out, [1, 2, 3]);
  assert.strictEqual(closed, true);

  const ws = new WritableStream({ close: common.mustNotCall() });
  await source([1]).pipeTo(ws, { preventClose: true });
  assert.strictEqual(ws.locked, false);

  // A source error aborts the destination unless preventAbort.
  const boom = new Error('boom');
  const errored = new ReadableStream({ start(c) { c.error(boom); } });
  await assert.rejects(errored.pipeTo(new WritableStream({
    abort: common.mustCall((r) => assert.strictEqual(r, boom)),
  })), boom);
  const kept = new WritableStream({ abort: common.mustNotCall() });
  await assert.rejects(new ReadableStream({ start(c) { c.error(boom); } })
    .pipeTo(kept, { preventAbort: true }), boom);
  assert.strictEqual(kept.locked, false);

  // A destination error cancels the source unless preventCancel.
  await assert.rejects(source([1], {
    open: true,
    source: { cancel: common.mustCall((r) => assert.strictEqual(r, boom)) },
  }).pipeTo(new WritableStream({ write() { throw boom; } })), boom);
  const rs = source([1], { open: true, source: { cancel: common.mustNotCall() } });
  await assert.rejects(rs.pipeTo(new WritableStream({ write() { throw boom; } }),
                                 { preventCancel: true }), boom);
  assert.strictEqual(rs.locked, false);

  // An AbortSignal stops the pipe with its reason.
  const ac = new AbortController();
  const p = source([], {
    open: true,
    source: { cancel: common.mustCall() },
  }).pipeTo(new WritableStream({ abort: common.mustCall() }), { signal: ac.signal });
  ac.abort();
  await assert.rejects(p, { name: 'AbortError' });
  const pre = AbortSignal.abort('reason');
  await assert.rejects(source([1]).pipeTo(new WritableStream(), { signal: pre }),
                       (r) => r === 'reason');

  // pipeThrough returns the transform's readable.
  const ts = new TransformStream({ transform(c, ctl) { ctl.enqueue(c * 2); } });
  const res = [];
  for await (const c of source([1, 2]).pipeThrough(ts)) res.push(c);
  assert.deepStrictEqual(res, [2, 4]);
})().then(common.mustCall());
