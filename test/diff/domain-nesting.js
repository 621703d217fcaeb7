'use strict';
// Nested domains: enter/exit stack order, exit() of an outer domain exits the inner ones, an inner
// domain without 'error' listener lets the outer catch, a throwing handler goes to the next one.
const domain = require('domain');
const a = domain.create();
const b = domain.create();
const c = domain.create();
a.name = 'a'; b.name = 'b'; c.name = 'c';
const names = () => domain._stack.map((x) => x.name).join(',');
a.enter(); b.enter(); c.enter();
console.log('stack', names(), process.domain.name);
b.exit();
console.log('after b.exit', names(), process.domain && process.domain.name);
a.exit();
console.log('after a.exit', names(), process.domain);
a.exit();
b.enter(); b.enter();
console.log('dup', names());
b.exit();
console.log('dup exit', names(), process.domain.name);
a.on('error', (err) => {
  console.log('a caught', err.message, err.domain.name, err.domainThrown, names());
  if (err.message === 'inner') setImmediate(step2);
});
function step2() {
  c.on('error', (err) => {
    console.log('c handler throws', err.message, names());
    throw new Error('from c handler');
  });
  a.run(() => c.run(() => setTimeout(() => {
    console.log('timer stack', names());
    throw new Error('timer');
  }, 1)));
  a.run(() => c.run(() => { throw new Error('sync in c'); }));
}
a.run(() => {
  b.run(() => {
    console.log('nested', names(), process.domain.name);
    throw new Error('inner');
  });
});
