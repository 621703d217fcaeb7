'use strict';
// TransformStream: transform/flush, the identity transform, terminate(), error(), cancel and
// strategies on both sides.
const common = require('../common');
const assert = require('assert');

async function collect(rs) {
  const out = [];
  for await (const c of rs) out.push(c);
  return out;
}

(async () => {
  const ts = new TransformStream({
    transform(chunk, c) { c.enqueue(chunk.toUpperCase()); c.enqueue('|'); },
    flush(c) { c.enqueue('end'); },
  });
  const w = ts.writable.getWriter();
  w.write('a');
  w.write('b');
  w.close();
  assert.deepStrictEqual(await collect(ts.readable), ['A', '|', 'B', '|', 'end']);

  const id = new TransformStream();
  const iw = id.writable.getWriter();
  iw.write(1);
  iw.close();
  assert.deepStrictEqual(await collect(id.readable), [1]);

  const term = new TransformStream({ start(c) { c.terminate(); } });
  await assert.rejects(term.writable.getWriter().write(1), { code: 'ERR_INVALID_STATE' });
  assert.deepStrictEqual(await collect(term.readable), []);

  const boom = new Error('boom');
  const bad = new TransformStream({ transform() { throw boom; } });
  const badRead = bad.readable.getReader().read();
  await assert.rejects(bad.writable.getWriter().write(1), boom);
  await assert.rejects(badRead, boom);

  const cancelled = new TransformStream({
    cancel: common.mustCall((reason) => assert.strictEqual(reason, 'r')),
  });
  await cancelled.readable.cancel('r');
  await assert.rejects(cancelled.writable.getWriter().ready, (e) => e === 'r');

  const strat = new TransformStream({}, { highWaterMark: 3 }, { highWaterMark: 5 });
  assert.strictEqual(strat.writable.getWriter().desiredSize, 3);
})().then(common.mustCall());
