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
// (A throwing nextTick together with a pending immediate and rejection is left out: node 22 then
// delays its check phase until the next timer, which looks like a node quirk.)
