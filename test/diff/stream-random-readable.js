'use strict';
// Seeded random readable-side sequences (push of split multibyte chunks, setEncoding, unshift, read(n),
// 'readable'/'data' listeners added and removed, pause/resume, Duplex halves, destroy); all printed.
const { Readable, Duplex, PassThrough } = require('stream');
function runSeed(seed, log) {
  function rnd(n) { seed = (seed * 1103515245 + 12345) >>> 0; return (seed >>> 8) % n; }
  const show = (v) => v === null || v === undefined ? String(v) : Buffer.isBuffer(v) ? 'B' + v.toString('hex') : v instanceof Error ? 'E:' + (v.code || v.message) : JSON.stringify(v);
  const objectMode = rnd(4) === 0;
  const duplex = rnd(3) === 0;
  const opts = { objectMode, highWaterMark: rnd(6), read() { log('_read'); if (rnd(3) === 0) this.push(rnd(4) ? 'r\u00e9' + rnd(9) : null); } };
  const s = duplex ? new Duplex({ ...opts, allowHalfOpen: rnd(2) === 1, write(c, e, cb) { log('_write', show(c)); cb(); } }) : new Readable(opts);
  if (!objectMode && rnd(3) === 0) { s.setEncoding(['utf8', 'hex', 'base64', 'latin1'][rnd(4)]); log('enc', s.readableEncoding); }
  for (const ev of ['end', 'close', 'error', 'pause', 'resume', 'finish']) s.on(ev, (a) => log('ev', ev, a instanceof Error ? show(a) : ''));
  const onData = (d) => log('data', show(d));
  const onReadable = () => { log('readable', s.readableLength); let c; const n = rnd(3) ? undefined : rnd(5); while ((c = s.read(n)) !== null) log('got', show(c)); };
  const ops = rnd(14) + 3;
  let step = 0;
  function op() {
    if (step++ >= ops) return;
    const r = rnd(13);
    try {
      if (r < 4) { const b = Buffer.from('h\u00e9\u20ac' + step); const cut = rnd(b.length); log('push', s.push(rnd(6) ? (objectMode ? 'o' + step : b.subarray(0, cut || 1)) : null), s.readableLength); }
      else if (r === 4) { s.on('data', onData); log('ondata', s.readableFlowing); }
      else if (r === 5) { s.on('readable', onReadable); log('onreadable', s.readableFlowing); }
      else if (r === 6) { s.removeListener('readable', onReadable); log('offreadable'); }
      else if (r === 7) { s.removeListener('data', onData); log('offdata'); }
      else if (r === 8) log('read', show(s.read(rnd(3) ? undefined : rnd(6))), s.readableLength);
      else if (r === 9) { if (rnd(2)) s.pause(); else s.resume(); log('flow', s.readableFlowing, s.isPaused()); }
      else if (r === 10) { s.unshift(objectMode ? 'u' : 'un'); log('unshift', s.readableLength); }
      else if (r === 11 && duplex) { s.end(); log('end'); }
      else if (r === 12 && rnd(4) === 0) { s.destroy(rnd(2) ? new Error('boom') : undefined); log('destroy'); }
    } catch (e) { log('throw', show(e)); }
    const d = rnd(3);
    if (d === 0) op(); else if (d === 1) process.nextTick(op); else setImmediate(op);
  }
  op();
}
const seeds = process.argv[2] ? [Number(process.argv[2])] : Array.from({ length: 150 }, (_, i) => i + 1);
// Waits n rounds of the check phase: every chain of ticks and immediates shorter than that has
// run by then, however loaded the machine is (timers would race).
function afterRounds(n, fn) {
  let i = 0;
  const step = () => { if (++i >= n) fn(); else setImmediate(step); };
  setImmediate(step);
}

(async () => {
  for (const seed of seeds) {
    console.log('seed', seed);
    runSeed(seed, (...a) => console.log(' ', ...a));
    await new Promise((resolve) => afterRounds(80, resolve));
  }
})();
