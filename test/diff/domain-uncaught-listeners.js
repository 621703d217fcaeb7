'use strict';
// With node:domain loaded, hasUncaughtExceptionCaptureCallback() is true while a domain with an
// 'error' listener is entered, and a first 'uncaughtException' listener of the domain module
// (which empties the domain stack) comes and goes with the user's listeners.
const domain = require('domain');
console.log(process.eventNames(), process.hasUncaughtExceptionCaptureCallback());
const d = domain.create();
d.run(() => console.log('no listener', process.hasUncaughtExceptionCaptureCallback()));
d.on('error', () => {});
d.run(() => console.log('listener', process.hasUncaughtExceptionCaptureCallback()));
console.log('outside', process.hasUncaughtExceptionCaptureCallback());
function mine() {}
process.on('uncaughtException', mine);
console.log(process.listeners('uncaughtException').map((f) => f.name), process.eventNames());
process.removeListener('uncaughtException', mine);
console.log(process.listeners('uncaughtException').map((f) => f.name));
