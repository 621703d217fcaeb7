'use strict';
// destroy(): 'error' before 'close', one 'error' only, destroy callback, _destroy errors,
// emitClose/autoDestroy options, errored/closed/destroyed properties, construct/_construct.
const common = require('../common');
const assert = require('assert');
const { Readable, Writable, Duplex } = require('stream');

{
  const events = [];
  const r = new Readable({ read() {} });
  r.on('error', (err) => events.push('error:' + err.message));
  r.on('close', common.mustCall(() => {
    events.push('close');
    assert.deepStrictEqual(events, ['error:a', 'close']);
    assert.strictEqual(r.closed, true);
  }));
  r.destroy(new Error('a'));
  r.destroy(new Error('b'));
  assert.strictEqual(r.destroyed, true);
  assert.strictEqual(r.errored.message, 'a');
  assert.strictEqual(r.closed, true);
}

{
  const w = new Writable({
    write(c, e, cb) { cb(); },
    destroy: common.mustCall((err, cb) => {
      assert.strictEqual(err, null);
      cb(new Error('from _destroy'));
    }),
  });
  w.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'from _destroy')));
  w.destroy(undefined, common.mustCall((err) => assert.strictEqual(err.message, 'from _destroy')));
}

{
  const w = new Writable({ emitClose: false, write(c, e, cb) { cb(); } });
  w.on('close', common.mustNotCall());
  w.destroy();
}

{
  const w = new Writable({ autoDestroy: false, write(c, e, cb) { cb(); } });
  w.on('finish', common.mustCall(() => setImmediate(() => assert.strictEqual(w.destroyed, false))));
  w.on('close', common.mustNotCall());
  w.end('x');
}

{
  const w = new Writable({ write(c, e, cb) { cb(new Error('write failed')); } });
  w.on('error', common.mustCall((err) => {
    assert.strictEqual(err.message, 'write failed');
    assert.strictEqual(w.writable, false);
    assert.strictEqual(w.writableAborted, true);
  }));
  w.write('x', common.mustCall((err) => assert.strictEqual(err.message, 'write failed')));
  w.write('y', common.mustCall((err) => assert.strictEqual(err.message, 'write failed')));
}

{
  const order = [];
  const d = new Duplex({
    construct: common.mustCall((cb) => { order.push('construct'); setImmediate(cb); }),
    read() { order.push('read'); this.push(null); },
    write(c, e, cb) { order.push('write'); cb(); },
    final(cb) { order.push('final'); cb(); },
  });
  d.write('x');
  d.end();
  d.resume();
  d.on('close', common.mustCall(() => {
    // Buffered writes and final are flushed first; the read waits for the resume tick.
    assert.deepStrictEqual(order, ['construct', 'write', 'final', 'read']);
  }));
}

{
  const r = new Readable({ construct(cb) { cb(new Error('construct failed')); } });
  r.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'construct failed')));
  r.on('close', common.mustCall());
}

{
  // destroy() before construct completes waits for it.
  const r = new Readable({
    construct: common.mustCall((cb) => setImmediate(cb)),
    destroy: common.mustCall((err, cb) => cb(err)),
    read: common.mustNotCall(),
  });
  r.destroy();
  r.on('close', common.mustCall());
}

{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.end();
  w.write('late', common.mustCall((err) => assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END')));
  w.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END')));
}

{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.destroy();
  w.write('x', common.mustCall((err) => assert.strictEqual(err.code, 'ERR_STREAM_DESTROYED')));
  // end() on a destroyed stream that never ended queues its callback, which Node 22 never calls.
  w.end(common.mustNotCall());
}
