'use strict';
// The 'error' handler of a top-level domain throws: the process ends with that error and exit
// code 7, without 'uncaughtException' listeners.
const domain = require('domain');
const d = domain.create();
process.on('uncaughtException', (err) => console.log('uncaughtException', err.message));
process.on('exit', (c) => console.log('exit', c));
d.on('error', (err) => {
  console.log('domain error', err.message);
  throw new Error('handler threw');
});
d.run(() => setTimeout(() => { throw new Error('first'); }, 1));
