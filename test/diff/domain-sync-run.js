'use strict';
// domain.run(): this, arguments, return value, process.domain/domain.active inside and after,
// and a synchronous throw routed to 'error' with node's decorations (the rest of the script
// does not run).
const domain = require('domain');
const d = domain.create();
console.log('before', process.domain, domain.active);
const r = d.run(function(a, b) {
  console.log('inside', this === d, a, b, process.domain === d, domain.active === d);
  return a + b;
}, 2, 3);
console.log('returned', r, process.domain, domain.active);
d.on('error', (err) => {
  console.log('caught', err.message, err.domain === d, err.domainThrown,
              'domainEmitter' in err, Object.keys(err));
  console.log('in handler', process.domain, domain._stack.length);
  setImmediate(() => console.log('loop continues', process.domain));
});
process.on('exit', (c) => console.log('exit', c));
d.run(() => {
  throw new Error('sync boom');
});
console.log('not reached');
