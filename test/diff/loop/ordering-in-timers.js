// Inside a timer: ticks and promises between timers, immediates after all due timers.
const log = (s) => console.log(s);
setTimeout(() => {
  log('t1');
  setImmediate(() => log('immediate from t1'));
  setTimeout(() => log('timeout from t1'), 0);
  process.nextTick(() => log('tick from t1'));
  Promise.resolve().then(() => log('promise from t1'));
  queueMicrotask(() => log('microtask from t1'));
}, 5);
setTimeout(() => {
  log('t2');
  process.nextTick(() => log('tick from t2'));
  Promise.resolve().then(() => {
    log('promise from t2');
    process.nextTick(() => log('tick from promise from t2'));
  });
}, 5);
setTimeout(() => log('t3 (later)'), 1000);
// Both 5ms timers are due when the loop starts, however slowly they were created.
const start = Date.now();
while (Date.now() - start < 15);
