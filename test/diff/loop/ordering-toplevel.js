// Event-loop ordering at top level: nextTick before promise jobs, timers before immediates
// only when the timer is due; everything logged synchronously.
const out = [];
const log = (s) => out.push(s);
setTimeout(() => log('timeout 0'), 0);
setTimeout(() => log('timeout 1'), 1);
setImmediate(() => log('immediate'));
process.nextTick(() => log('tick 1'));
Promise.resolve().then(() => {
  log('promise 1');
  process.nextTick(() => log('tick from promise'));
  Promise.resolve().then(() => log('promise from promise'));
});
queueMicrotask(() => log('microtask'));
process.nextTick(() => {
  log('tick 2');
  Promise.resolve().then(() => log('promise from tick'));
  process.nextTick(() => log('tick from tick'));
});
log('sync');
process.on('beforeExit', () => {
  // setTimeout(0) vs setImmediate at top level is racy in node too: sort that pair.
  const i = out.indexOf('immediate');
  console.log(out.filter((x) => x !== 'immediate').join('\n'));
  console.log(i >= 0 ? 'immediate ran' : 'immediate missing');
});
