'use strict';
// A domain without 'error' listener does not catch: the error reaches 'uncaughtException'
// undecorated; without that listener the process crashes as usual.
const domain = require('domain');
const d = domain.create();
let n = 0;
process.on('uncaughtException', (err) => {
  console.log('uncaughtException', err.message, 'domain' in err, process.domain);
  if (++n === 2) {
    process.removeAllListeners('uncaughtException');
    d.run(() => setImmediate(() => { throw new Error('crash'); }));
  }
});
d.run(() => setTimeout(() => { throw new Error('timer'); }, 1));
d.run(() => { throw new Error('sync'); });
