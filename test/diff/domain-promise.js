'use strict';
// Domains do not catch promise rejections: a throw in a then() inside a domain is a rejection,
// seen by 'unhandledRejection'; then() callbacks still run with process.domain set.
const domain = require('domain');
const d = domain.create();
d.on('error', (err) => console.log('domain caught', err.message));
process.on('unhandledRejection', (err, p) => {
  console.log('unhandledRejection', err.message, err.domain === d, 'domainThrown' in err, process.domain);
});
d.run(() => {
  Promise.resolve(1).then((v) => {
    console.log('then', v, process.domain === d);
    throw new Error('in then');
  });
  Promise.reject(new Error('rejected'));
  (async () => {
    await null;
    console.log('after await', process.domain === d);
    throw new Error('async fn');
  })();
});
setTimeout(() => console.log('end', process.domain), 5);
