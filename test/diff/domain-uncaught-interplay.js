'use strict';
// A domain with an 'error' listener takes the error before 'uncaughtException' listeners (which
// still see errors from outside any domain); 'uncaughtExceptionMonitor' sees both, inside the
// domain. (Lines are printed at exit: a write made inside a domain completes inside it in node,
// which changes process.domain afterwards.)
const domain = require('domain');
const d = domain.create();
d.name = 'd';
const lines = [];
const log = (...args) => lines.push(args.join(' '));
const name = () => String(process.domain ? process.domain.name : process.domain);
process.on('uncaughtExceptionMonitor', (err, origin) => {
  log('monitor', err.message, origin, name(), 'domain' in err);
});
process.on('uncaughtException', (err) => {
  log('uncaughtException', err.message, name(), 'domain' in err);
  if (err.message === 'outside') d.run(() => process.nextTick(() => { throw new Error('tick in d'); }));
});
d.on('error', (err) => {
  log('domain error', err.message, name(), err.domainThrown);
  if (err.message === 'in d') setTimeout(() => { throw new Error('outside'); }, 1);
});
d.run(() => setImmediate(() => { throw new Error('in d'); }));
process.on('exit', (c) => {
  log('exit', c, name());
  console.log(lines.join('\n'));
});
