'use strict';
// Seeded random operation sequences (write/cork/uncork/end/push/read/pause/resume/destroy with
// sync, nextTick and immediate callbacks) on Writable, Readable and Transform; every event and
// return value is printed. Each seed runs alone, a timer apart from the next.
const { Readable, Writable, Transform } = require('stream');

function runSeed(seed, log) {
  function rnd(n) { seed = (seed * 1103515245 + 12345) >>> 0; return (seed >>> 8) % n; }
  const show = (v) => v === null || v === undefined ? String(v) : Buffer.isBuffer(v) ? 'B' + v.toString() : v instanceof Error ? 'E:' + (v.code || v.message) : JSON.stringify(v);
  const kind = rnd(3);
  const hwm = rnd(5);
  const asyncMode = rnd(3); // 0 sync, 1 nextTick, 2 immediate
  const later = (fn) => asyncMode === 0 ? fn() : asyncMode === 1 ? process.nextTick(fn) : setImmediate(fn);
  let s;
  if (kind === 0) {
    s = new Writable({ highWaterMark: hwm, objectMode: rnd(2) === 1, write(c, e, cb) { log('_write', show(c)); later(() => cb(rnd(12) === 0 ? new Error('werr') : null)); },
      writev: rnd(2) ? (chunks, cb) => { log('_writev', chunks.length); later(cb); } : undefined,
      final: rnd(2) ? (cb) => { log('_final'); later(cb); } : undefined });
  } else if (kind === 1) {
    s = new Readable({ highWaterMark: hwm, read() { log('_read'); } });
  } else {
    s = new Transform({ highWaterMark: hwm, transform(c, e, cb) { log('_transform', show(c)); later(() => cb(null, c)); } });
  }
  for (const ev of ['drain', 'finish', 'prefinish', 'end', 'close', 'error', 'pause', 'resume']) s.on(ev, (a) => log('ev', ev, a instanceof Error ? show(a) : ''));
  const ops = rnd(12) + 3;
  let step = 0;
  function op() {
    if (step++ >= ops) return;
    const r = rnd(10);
    try {
      if (s.write && r < 4) log('write', s.write('x' + step, (err) => log('cb', step, show(err))), s.writableLength, s.writableNeedDrain);
      else if (s.write && r === 4) { s.cork(); log('cork'); }
      else if (s.write && r === 5) { s.uncork(); log('uncork'); }
      else if (s.write && r === 6) { s.end((err) => log('endcb', show(err))); log('end'); }
      else if (s.push && r < 4) log('push', s.push(rnd(5) ? 'p' + step : null), s.readableLength);
      else if (s.read && r === 7) log('read', show(s.read(rnd(3) ? undefined : rnd(4))), s.readableLength);
      else if (s.read && r === 8) { if (rnd(2)) s.pause(); else s.resume(); log('flowing', s.readableFlowing); }
      else if (r === 9 && rnd(3) === 0) { s.destroy(rnd(2) ? new Error('boom') : undefined); log('destroy'); }
      else if (s.on && r === 4 && !s.write) { s.on('data', (d) => log('data', show(d))); log('ondata'); }
      else if (r === 5 && !s.write) { s.on('readable', () => { log('readable'); let c; while ((c = s.read()) !== null) log('r', show(c)); }); log('onreadable'); }
    } catch (e) { log('throw', show(e)); }
    const d = rnd(3);
    if (d === 0) op(); else if (d === 1) process.nextTick(op); else setImmediate(op);
  }
  op();
}

// Waits n rounds of the check phase: every chain of ticks and immediates shorter than that has
// run by then, however loaded the machine is (timers would race).
function afterRounds(n, fn) {
  let i = 0;
  const step = () => { if (++i >= n) fn(); else setImmediate(step); };
  setImmediate(step);
}

(async () => {
  for (let i = 1; i <= 150; i++) {
    console.log('seed', i);
    runSeed(i, (...a) => console.log(' ', ...a));
    await new Promise((resolve) => afterRounds(80, resolve));
  }
})();
