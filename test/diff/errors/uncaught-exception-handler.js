process.on('uncaughtExceptionMonitor', (err, origin) => console.log('monitor', err.message, origin));
process.on('uncaughtException', (err, origin) => {
  console.log('handled', err.message, origin);
});
setTimeout(() => {
  process.nextTick(() => console.log('tick after throw'));
  throw new Error('first');
}, 500);
setTimeout(() => console.log('later timer still runs'), 1000);
Promise.reject(new Error('from promise'));
setImmediate(() => { throw new Error('from immediate'); });
// Timers are far apart: on a loaded machine the first loop iteration can take tens of ms.
