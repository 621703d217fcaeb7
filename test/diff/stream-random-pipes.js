'use strict';
// Seeded random pipes and pipelines (0-2 PassThrough/Transform stages, random high water marks,
// sync/tick/immediate callbacks, injected errors, destroys and pauses); every event is printed.
const { Readable, Writable, Transform, PassThrough, pipeline, finished } = require('stream');
// Waits n rounds of the check phase: every chain of ticks and immediates shorter than that has
// run by then, however loaded the machine is (timers would race).
function afterRounds(n, fn) {
  let i = 0;
  const step = () => { if (++i >= n) fn(); else setImmediate(step); };
  setImmediate(step);
}

function runSeed(seed, log, done) {
  function rnd(n) { seed = (seed * 1103515245 + 12345) >>> 0; return (seed >>> 8) % n; }
  const show = (v) => v === null || v === undefined ? String(v) : Buffer.isBuffer(v) ? 'B' + v.toString() : v instanceof Error ? 'E:' + (v.code || v.message) : JSON.stringify(v);
  const objectMode = rnd(2) === 1;
  const modes = [0, 1, 2];
  const later = (m, fn) => m === 0 ? fn() : m === 1 ? process.nextTick(fn) : setImmediate(fn);
  let produced = 0;
  const total = rnd(8) + 1;
  const srcMode = rnd(3);
  const src = new Readable({ objectMode, highWaterMark: rnd(4), read() { later(srcMode, () => { if (src.destroyed) return; this.push(produced < total ? 'c' + produced++ : null); }); } });
  const stages = [];
  const nStages = rnd(3);
  for (let i = 0; i < nStages; i++) {
    const m = rnd(3);
    stages.push(rnd(2) ? new PassThrough({ objectMode, highWaterMark: rnd(4) }) :
      new Transform({ objectMode, highWaterMark: rnd(4), transform(c, e, cb) { later(m, () => cb(rnd(20) === 0 ? new Error('terr' + i) : null, String(c) + i)); } }));
  }
  const sinkMode = rnd(3);
  const sink = new Writable({ objectMode, highWaterMark: rnd(4), write(c, e, cb) { log('sink', show(c)); later(sinkMode, () => cb(rnd(25) === 0 ? new Error('serr') : null)); } });
  const all = [src, ...stages, sink];
  all.forEach((s, i) => { for (const ev of ['end', 'finish', 'close', 'error', 'drain', 'pause', 'resume', 'unpipe']) s.on(ev, (a) => log('s' + i, ev, a instanceof Error ? show(a) : '')); });
  const usePipeline = rnd(2);
  let finishedCount = 0;
  // A sequence that leaves the sink waiting forever (an error upstream with plain pipe()) is
  // reported as stalled once everything driven by ticks and immediates has long settled.
  let settled = false;
  afterRounds(300, () => { if (settled) return; log('stalled'); all.forEach((s) => s.destroy()); fin(); });
  const fin = () => { if (++finishedCount === 1) { settled = true; afterRounds(60, done); } };
  if (usePipeline) {
    pipeline(all, (err) => { log('pipeline', show(err)); fin(); });
  } else {
    let prev = src;
    for (const s of [...stages, sink]) prev = prev.pipe(s);
    finished(sink, (err) => { log('finished', show(err)); fin(); });
  }
  const action = rnd(6);
  const when = rnd(3);
  later(when, () => {
    if (action === 0) { log('destroy src'); src.destroy(rnd(2) ? new Error('srcerr') : undefined); }
    else if (action === 1) { log('destroy sink'); sink.destroy(rnd(2) ? new Error('sinkerr') : undefined); }
    else if (action === 2 && stages.length) { log('destroy stage'); stages[0].destroy(new Error('stageerr')); }
    else if (action === 3) { log('pause'); src.pause(); setImmediate(() => { log('resume'); src.resume(); }); }
    if (action <= 2 && !usePipeline) {
      let n = 0;
      const settle = () => { if (++n < 12) return setImmediate(settle); log('settle'); all.forEach((s) => s.destroy()); fin(); };
      setImmediate(settle);
    }
  });
}
const seeds = process.argv[2] ? [Number(process.argv[2])] : Array.from({ length: 150 }, (_, i) => i + 1);
(async () => {
  for (const seed of seeds) {
    console.log('seed', seed);
    await new Promise((resolve) => runSeed(seed, (...a) => console.log(' ', ...a), resolve));
  }
})();
