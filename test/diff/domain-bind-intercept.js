'use strict';
// bind() and intercept(): the bound function runs in the domain; intercept() turns an Error first
// argument into the domain's 'error' (err.domainBound, domainThrown false) and drops it otherwise.
const domain = require('domain');
const d = domain.create();
d.on('error', (err) => {
  console.log('caught', err.message, err.domain === d, err.domainThrown,
              err.domainBound === handler, Object.keys(err));
});
function handler(a, b) {
  console.log('handler', this && this.tag, a, b, process.domain === d);
  return 'ret';
}
const bound = d.bind(handler);
console.log('bound.domain', bound.domain === d, Object.keys(bound), bound.name, bound.length);
console.log(bound.call({ tag: 'T' }, 1, 2), process.domain);
const icp = d.intercept(handler);
console.log('intercept.domain', icp.domain, icp.name);
console.log(icp.call({ tag: 'U' }, null, 'x', 'y'));
console.log(icp(new Error('first arg')));
console.log(icp('not an error', 'z'));
const thrower = d.bind(() => { throw new Error('thrown in bound'); });
setTimeout(() => {
  thrower();
  console.log('not reached');
}, 1);
setTimeout(() => console.log('later', process.domain), 5);
