'use strict';
// When pipeline's callback runs relative to its streams' events: a stream's own error (one that
// is not a premature close) and a destination closing before its source ended destroy the
// pipeline's streams but do not count as a stage's end, so the callback waits for the last
// stage (found by tools/difffuzz-streams.js seed 51 case 750).
const { Readable, Writable, PassThrough, Transform, pipeline } = require('stream');
const log = [];
const L = (s) => log.push(s);
function watch(s, n) {
  for (const ev of ['error', 'close', 'finish', 'end', 'unpipe', 'resume']) {
    s.on(ev, (e) => L(`${n}:${ev}${ev === 'error' ? ` ${e.code || e.message}` : ''}`));
  }
  return s;
}
const sink = (n, opts) => watch(new Writable({ write(c, e, cb) { cb(); }, ...opts }), n);
const cases = {
  finalFails(done) {
    pipeline(watch(Readable.from(['a']), 'r'), sink('w', { final(cb) { cb(new Error('fin')); } }), done);
  },
  transformFails(done) {
    const t = watch(new Transform({ transform(c, e, cb) { cb(String(c) === 'b' ? new Error('tb') : null, c); } }), 't');
    pipeline(watch(Readable.from(['a', 'b', 'c']), 'r'), t, watch(new PassThrough(), 't2'), sink('w'), done);
  },
  sourceDestroyed(done) {
    const r = watch(new Readable({ read() {} }), 'r');
    pipeline(r, watch(new PassThrough(), 't'), watch(new PassThrough(), 't2'), sink('w'), done);
    setImmediate(() => r.destroy());
  },
  sourceDestroyedWhileWriting(done) {
    // t2 is written to and read by 'data': w's unpipe resumes it, in a tick queued before the callback's
    const r = watch(new Readable({ read() {} }), 'r');
    const t2 = watch(new PassThrough(), 't2');
    t2.on('data', () => {});
    pipeline(r, watch(new PassThrough(), 't'), t2, sink('w', { highWaterMark: 1, write(c, e, cb) { L(`w:write ${c}`); } }), done);
    r.push('ab');
    setImmediate(() => r.destroy());
  },
  middleDestroyed(done) {
    const t = watch(new PassThrough(), 't');
    pipeline(watch(new Readable({ read() {} }), 'r'), t, sink('w'), done);
    setImmediate(() => t.destroy(new Error('x')));
  },
  sinkDestroyed(done) {
    const w = sink('w');
    pipeline(watch(new Readable({ read() {} }), 'r'), watch(new PassThrough(), 't'), w, done);
    setImmediate(() => w.destroy());
  },
};
(async () => {
  for (const [k, f] of Object.entries(cases)) {
    log.length = 0;
    await new Promise((resolve) => f((err) => { L(`cb ${err && (err.code || err.message)}`); resolve(); }));
    await new Promise((resolve) => setTimeout(resolve, 10));
    console.log(`${k}: ${log.join(' | ')}`);
  }
})();
