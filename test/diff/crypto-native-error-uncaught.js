'use strict';
// An uncaught error node throws from C++ (createHmac with an unknown digest) prints as
// "TypeError: Invalid digest: nope" with its code among the properties, not in the header.
const crypto = require('crypto');
console.log('before');
crypto.createHmac('nope', 'key');
