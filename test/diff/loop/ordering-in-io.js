// Inside an I/O callback (a signal is delivered through the poll phase): setImmediate always
// runs before setTimeout(0).
const log = (s) => console.log(s);
process.on('SIGUSR2', () => {
  log('signal');
  setTimeout(() => log('timeout'), 0);
  setImmediate(() => log('immediate'));
  process.nextTick(() => log('tick'));
  Promise.resolve().then(() => log('promise'));
  setTimeout(() => process.removeAllListeners('SIGUSR2'), 5);
});
setTimeout(() => process.kill(process.pid, 'SIGUSR2'), 1);
