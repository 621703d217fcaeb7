'use strict';
// EventEmitters and domains: emitters made inside run() belong to the domain; an 'error' without
// listeners goes to the domain (err.domainEmitter, domainThrown false); listeners run in the
// domain; add/remove/members; 'error' with a listener stays on the emitter.
const domain = require('domain');
const EventEmitter = require('events');
const d = domain.create();
const seen = [];
d.on('error', (err) => {
  seen.push(err);
  console.log('domain error', err.message, err.code, err.domain === d, err.domainThrown,
              err.domainEmitter && err.domainEmitter.constructor.name, process.domain);
});
console.log('usingDomains', EventEmitter.usingDomains);
const outside = new EventEmitter();
console.log('outside.domain', outside.domain);
let inside;
d.run(() => { inside = new EventEmitter(); });
console.log('inside.domain', inside.domain === d, d.members.length);
inside.on('data', () => console.log('listener domain', process.domain === d));
inside.emit('data');
console.log('emit error returns', inside.emit('error', new Error('no listener')));
inside.emit('error');
const withListener = new EventEmitter();
d.add(withListener);
console.log('added', withListener.domain === d, d.members.length, d.members[0] === withListener);
withListener.on('error', (e) => console.log('own listener', e.message));
withListener.emit('error', new Error('has listener'));
d.remove(withListener);
console.log('removed', withListener.domain, d.members.length);
d.add(d);
const d2 = domain.create();
d2.add(d);
d.add(d2);
console.log('cycle', d.domain === d2, d2.domain, d.members.length, d2.members.length);
const thrower = new EventEmitter();
d.add(thrower);
thrower.on('go', () => { throw new Error('from listener'); });
process.on('exit', () => console.log('exit', seen.length));
thrower.emit('go');
console.log('not reached');
