'use strict';
// WritableStream: writer.ready and desiredSize under backpressure, write order, close, abort and
// controller.signal, and errors from the sink.
const common = require('../common');
const assert = require('assert');

(async () => {
  const written = [];
  let release;
  const ws = new WritableStream({
    write(chunk) {
      written.push(chunk);
      return new Promise((r) => { release = r; });
    },
  }, { highWaterMark: 2 });
  const w = ws.getWriter();
  assert.strictEqual(w.desiredSize, 2);
  const p1 = w.write('a');
  const p2 = w.write('b');
  const p3 = w.write('c');
  assert.strictEqual(w.desiredSize, -1);
  await new Promise(setImmediate);
  assert.deepStrictEqual(written, ['a']);
  release();
  await p1;
  await new Promise(setImmediate);
  release();
  await p2;
  await new Promise(setImmediate);
  release();
  await p3;
  await w.ready;
  assert.strictEqual(w.desiredSize, 2);
  await w.close();
  await w.closed;
  assert.deepStrictEqual(written, ['a', 'b', 'c']);
  await assert.rejects(w.write('d'), { code: 'ERR_INVALID_STATE' });

  // abort(): the sink's abort gets the reason and controller.signal aborts.
  let signal;
  const ws2 = new WritableStream({
    start(c) { signal = c.signal; },
    abort: common.mustCall((reason) => assert.strictEqual(reason, 'stop')),
  });
  const w2 = ws2.getWriter();
  await w2.abort('stop');
  assert.strictEqual(signal.aborted, true);
  assert.strictEqual(signal.reason, 'stop');
  await assert.rejects(w2.closed, (e) => e === 'stop');

  // A failing write errors the stream.
  const boom = new Error('boom');
  const w3 = new WritableStream({ write() { throw boom; } }).getWriter();
  await assert.rejects(w3.write(1), boom);
  await assert.rejects(w3.closed, boom);
  assert.strictEqual(w3.desiredSize, null);

  // controller.error()
  let ctl;
  const w4 = new WritableStream({ start(c) { ctl = c; } }).getWriter();
  ctl.error(boom);
  await assert.rejects(w4.ready, boom);
})().then(common.mustCall());
