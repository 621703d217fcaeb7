// libuv 1.45+ order (node 22): pending, poll, check, close, then timers, then the alive check.
// Work queued by a timer is run in the next iteration's poll/check before the next timers.
const log = (s) => console.log(s);
const keep = setTimeout(() => {}, 100000);
setTimeout(() => {
  log('timer A');
  setImmediate(() => log('immediate from A'));
  setTimeout(() => log('timer from A'), 0);
  process.nextTick(() => log('tick from A'));
  setTimeout(() => {
    log('timer B');
    setImmediate(() => {
      log('immediate from B');
      // 50 ms, not 0: a 1 ms timer queued in the check phase can be due by the same iteration's timers
      // phase when the machine stalls the process for a millisecond (flaky under load).
      setTimeout(() => { log('timer from immediate'); clearTimeout(keep); }, 50);
      setImmediate(() => log('immediate from immediate'));
    });
  }, 20);
}, 10);
