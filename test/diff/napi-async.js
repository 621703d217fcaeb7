'use strict';
// Node-API async work, threadsafe functions (blocking and non-blocking producers, queue limits,
// abort, unref), make_callback, callback scopes, post finalizers and cleanup hooks at exit
// (test/fixtures/napi/async.c).
const { build } = require('../fixtures/napi/build.js');
const a = require(build('async'));
console.log('loop', a.hasLoop());
a.addHooks();
const runs = [
  { threads: 1, count: 50, queue: 2, blocking: 1, abortAt: -1 },
  { threads: 3, count: 100, queue: 0, blocking: 0, abortAt: -1 },
  { threads: 2, count: 100, queue: 3, blocking: 0, abortAt: -1 },
  { threads: 1, count: 100, queue: 0, blocking: 0, abortAt: 10 },
];
function next() {
  const cfg = runs.shift();
  if (!cfg) return;
  const seen = [];
  a.startProducers((i) => {
    seen.push(i);
    if (cfg.abortAt < 0 ? seen.length === cfg.threads * cfg.count : i === cfg.abortAt) {
      const sorted = cfg.abortAt < 0 ? seen.slice().sort((x, y) => x - y) : [];
      const ok = sorted.every((x, k) => x === Math.floor(k / cfg.threads));
      console.log('producers', JSON.stringify(cfg), 'got', seen.length, 'in order per thread:', ok);
      setTimeout(next, 10);
    }
  }, cfg);
}
a.sumAsync(100000, (status, sum) => {
  console.log('sum', status, sum);
  next();
});
console.log(a.tsfnStatuses(() => {}));
a.idleTsfn(() => {});
console.log(a.makeCallback({}, function () { process.nextTick(() => console.log('tick after make_callback')); return 'mc'; }));
try { a.makeCallback({}, () => { throw new Error('mc throws'); }); } catch (e) { console.log('caught', e.message); }
console.log('scope', a.withCallbackScope(() => process.nextTick(() => console.log('tick in scope'))));
console.log('sync end');
process.on('beforeExit', () => console.log('beforeExit, post finalizer ran:', a.postFinalized()));
process.on('exit', () => console.log('exit'));
