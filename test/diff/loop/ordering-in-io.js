// Inside an I/O callback (a signal is delivered through the poll phase): setImmediate always
// runs before setTimeout(0).
const log = (s) => console.log(s);
const keepAlive = setTimeout(() => {}, 10000);
process.on('SIGUSR2', () => {
  log('signal');
  clearTimeout(keepAlive);
  setTimeout(() => log('timeout'), 0);
  setImmediate(() => log('immediate'));
  process.nextTick(() => log('tick'));
  Promise.resolve().then(() => log('promise'));
  process.removeAllListeners('SIGUSR2');
});
setTimeout(() => process.kill(process.pid, 'SIGUSR2'), 1);
