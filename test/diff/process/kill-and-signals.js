let count = 0;
// Signal handles do not keep the loop alive: this timer does until both signals arrived.
const keepAlive = setTimeout(() => {}, 100000);
process.on('SIGUSR1', (sig, num) => {
  console.log('got', sig, num);
  if (++count === 2) {
    process.removeAllListeners('SIGUSR1');
    clearTimeout(keepAlive);
  }
});
process.kill(process.pid, 'SIGUSR1');
setTimeout(() => process.kill(process.pid, 'SIGUSR1'), 5);
for (const [pid, sig] of [['x', 'SIGTERM'], [process.pid, 'SIGNOPE'], [process.pid, {}]]) {
  try {
    process.kill(pid, sig);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
try {
  process.kill(2 ** 22 + 12345, 0);
} catch (e) {
  console.log(e.code, e.syscall, e.errno);
}
