'use strict';
// Writable: write() return values against highWaterMark, 'drain' only after a false return,
// writableNeedDrain/writableLength, cork/uncork batching into _writev, write callbacks in order.
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

{
  const pending = [];
  const w = new Writable({ highWaterMark: 4, write(chunk, enc, cb) { pending.push(cb); } });
  assert.strictEqual(w.writableHighWaterMark, 4);
  assert.strictEqual(w.write('ab'), true);
  assert.strictEqual(w.write('cd'), false);
  assert.strictEqual(w.writableNeedDrain, true);
  assert.strictEqual(w.writableLength, 4);
  assert.strictEqual(w._writableState.needDrain, true);
  assert.strictEqual(w.writableBuffer.length, 1);
  w.on('drain', common.mustCall(() => {
    assert.strictEqual(w.writableLength, 0);
    assert.strictEqual(w.writableNeedDrain, false);
  }));
  const order = [];
  setImmediate(() => {
    pending.shift()();
    setImmediate(() => pending.shift()());
  });
  w.write('e', () => order.push('e'));
  process.on('exit', () => assert.deepStrictEqual(order, ['e']));
  setTimeout(() => pending.shift()(), 10);
}

{
  const w = new Writable({
    write: common.mustNotCall(),
    writev: common.mustCall((chunks, cb) => {
      assert.deepStrictEqual(chunks.map((c) => c.chunk.toString()), ['a', 'b', 'c']);
      assert.strictEqual(chunks.every((c) => c.encoding === 'buffer'), true);
      cb();
    }),
  });
  w.cork();
  w.cork();
  w.write('a');
  w.write('b');
  w.uncork();
  w.write('c');
  assert.strictEqual(w.writableCorked, 1);
  process.nextTick(() => w.uncork());
  w.on('finish', common.mustNotCall());
}

{
  const order = [];
  const w = new Writable({ write(chunk, enc, cb) { setImmediate(cb); } });
  for (let i = 0; i < 5; i++) w.write(String(i), common.mustCall((err) => { assert.strictEqual(err, null); order.push(i); }));
  w.end(common.mustCall(() => assert.deepStrictEqual(order, [0, 1, 2, 3, 4])));
}

{
  const w = new Writable({ objectMode: true, write(chunk, enc, cb) { cb(); } });
  assert.strictEqual(w.writableHighWaterMark, 16);
  for (let i = 0; i < 15; i++) w.write({});
  assert.strictEqual(w.write({}), true);
  assert.throws(() => w.write(null), { code: 'ERR_STREAM_NULL_VALUES', name: 'TypeError' });
}

{
  const w = new Writable({ write(chunk, enc, cb) { cb(); } });
  assert.throws(() => w.write(1), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
  assert.throws(() => w.write('x', 'bogus'), { code: 'ERR_UNKNOWN_ENCODING', name: 'TypeError' });
  assert.throws(() => w.setDefaultEncoding('bogus'), { code: 'ERR_UNKNOWN_ENCODING' });
  assert.strictEqual(w.setDefaultEncoding('HEX'), w);
  assert.strictEqual(w._writableState.defaultEncoding, 'hex');
}
