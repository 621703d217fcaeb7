process.on('uncaughtExceptionMonitor', (err, origin) => console.log('monitor', err.message, origin));
process.on('uncaughtException', (err, origin) => {
  console.log('handled', err.message, origin);
});
setTimeout(() => {
  process.nextTick(() => console.log('tick after throw'));
  throw new Error('first');
}, 50);
setTimeout(() => console.log('later timer still runs'), 100);
Promise.reject(new Error('from promise'));
setImmediate(() => { throw new Error('from immediate'); });
process.nextTick(() => { throw new Error('from tick'); });
