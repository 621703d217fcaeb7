'use strict';
// Errors from timers, immediates, intervals and nextTick callbacks created inside a domain go to
// its 'error' event; process.domain inside such callbacks is the domain.
const domain = require('domain');
const d = domain.create();
const steps = ['timeout', 'immediate', 'tick', 'interval', 'nested-timeout'];
let i = 0;
let interval;
d.on('error', (err) => {
  console.log('caught', err.message, err.domain === d, err.domainThrown, process.domain);
  if (err.message === 'interval') clearInterval(interval);
  next();
});
function next() {
  const step = steps[i++];
  if (step === undefined) return;
  d.run(() => {
    if (step === 'timeout') {
      setTimeout(() => { console.log('in timeout', process.domain === d); throw new Error(step); }, 1);
    } else if (step === 'immediate') {
      setImmediate(() => { console.log('in immediate', process.domain === d); throw new Error(step); });
    } else if (step === 'tick') {
      process.nextTick(() => { console.log('in tick', process.domain === d); throw new Error(step); });
    } else if (step === 'interval') {
      interval = setInterval(() => { throw new Error(step); }, 1);
    } else {
      setTimeout(() => setImmediate(() => process.nextTick(() => {
        console.log('deep', process.domain === d);
        throw new Error(step);
      })), 1);
    }
  });
  console.log('scheduled', step, process.domain);
}
setTimeout(() => console.log('outside timer', process.domain), 1);
next();
process.on('exit', (c) => console.log('exit', c));
