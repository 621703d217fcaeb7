'use strict';
// A rejection inside a domain without 'error' listener: the domain's emit('error') throws the
// reason, which ends the process as an uncaught exception ('unhandledRejection' is not emitted).
const domain = require('domain');
const d = domain.create();
process.on('unhandledRejection', () => console.log('unhandledRejection'));
process.on('exit', (c) => console.log('exit', c));
d.run(() => {
  Promise.reject(new Error('rejected in domain'));
});
