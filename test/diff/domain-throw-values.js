'use strict';
// Non-Error values thrown inside a domain reach its 'error' handler unchanged (only objects and
// functions get the decorations); a rejection with a primitive reason goes to the domain too.
const domain = require('domain');
const d = domain.create();
const values = ['a string', 42, null, undefined, { plain: true }, function named() {}];
let i = 0;
d.on('error', (v) => {
  const t = typeof v;
  console.log('caught', t, t === 'function' ? v.name : v,
              v !== null && (t === 'object' || t === 'function') ? [v.domain === d, v.domainThrown] : '');
  next();
});
function next() {
  if (i < values.length) {
    const v = values[i++];
    setImmediate(() => d.run(() => { throw v; }));
  } else if (i++ === values.length) {
    d.run(() => Promise.reject(7));
  }
}
next();
process.on('exit', (c) => console.log('exit', c, i));
