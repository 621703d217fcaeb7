// Deep interleaving of nextTick and promise jobs.
const log = (s) => console.log(s);
function chain(n) {
  if (n === 0) return;
  process.nextTick(() => {
    log(`tick ${n}`);
    Promise.resolve().then(() => {
      log(`promise ${n}`);
      chain(n - 1);
    });
  });
}
chain(4);
(async () => {
  log('async start');
  await null;
  log('after await 1');
  await new Promise((r) => setTimeout(r, 1));
  log('after timer await');
  await Promise.all([1, 2].map(async (x) => { await null; log(`all ${x}`); }));
  log('async end');
})();
log('sync end');
