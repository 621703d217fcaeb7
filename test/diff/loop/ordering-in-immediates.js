// Inside immediates: microtasks run between immediates; immediates queued during the check
// phase run on the next iteration, after due timers.
const log = (s) => console.log(s);
setImmediate(() => {
  log('i1');
  setImmediate(() => log('i3 (next loop)'));
  process.nextTick(() => log('tick from i1'));
  Promise.resolve().then(() => log('promise from i1'));
});
setImmediate(() => {
  log('i2');
  Promise.resolve().then(() => log('promise from i2'));
});
setImmediate(() => {
  const a = setImmediate(() => log('never'));
  clearImmediate(a);
  log('i2b cleared one');
});
