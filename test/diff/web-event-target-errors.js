'use strict';
// Errors thrown by EventTarget listeners (sync, async, handleEvent objects,
// rejected thenables) reach 'uncaughtException' from process.nextTick, in
// Node 22's order; MaxListenersExceededWarning and the null-listener warning.
const util = require('util');

const { print } = require('./_print');

process.on('uncaughtException', (e, origin) => print('uncaught', e && e.message, origin));
process.on('warning', (w) => {
  print('warning', w.name, w.message, w.code, w.count, w.type,
        w.target && util.inspect(w.target, { depth: -1 }));
});

const et = new EventTarget();
et.addEventListener('x', () => {
  throw new Error('sync');
});
et.addEventListener('x', async () => {
  throw new Error('async');
});
et.addEventListener('x', {
  handleEvent() {
    throw new Error('handleEvent');
  },
});
et.addEventListener('x', { handleEvent: 5 });
et.addEventListener('x', {});
et.addEventListener('x', () => ({
  then(resolve, reject) {
    print('then called');
    reject(new Error('thenable'));
  },
}));
et.addEventListener('x', () => print('last listener runs'));
print('dispatch', et.dispatchEvent(new Event('x')));
Promise.resolve().then(() => print('microtask'));
process.nextTick(() => print('tick'));

const t = new EventTarget();
for (let i = 0; i < 11; i++) t.addEventListener('y', () => {});
for (let i = 0; i < 12; i++) t.addEventListener('z', () => {});
const { setMaxListeners } = require('events');
const t2 = new EventTarget();
setMaxListeners(2, t2);
for (let i = 0; i < 3; i++) t2.addEventListener('w', () => {});
const t3 = new EventTarget();
setMaxListeners(0, t3);
for (let i = 0; i < 30; i++) t3.addEventListener('w', () => {});
et.addEventListener('x', null);
et.addEventListener('x', undefined);
