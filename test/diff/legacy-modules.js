'use strict';
// The legacy module names: sys (util, with DEP0025), constants (os/fs/crypto constants), _stream_*.
const util = require('util');
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
console.log(require('sys') === util, require('node:sys') === util);
const c = require('constants');
console.log(Object.isFrozen(c), Object.keys(c).length);
// The OpenSSL version differs between node's bundled copy and Debian's.
console.log(JSON.stringify(c, (k, v) => (k === 'OPENSSL_VERSION_NUMBER' ? typeof v : v)));
const stream = require('stream');
for (const [name, cls] of [['_stream_readable', 'Readable'], ['_stream_writable', 'Writable'],
                           ['_stream_duplex', 'Duplex'], ['_stream_transform', 'Transform'],
                           ['_stream_passthrough', 'PassThrough']]) {
  console.log(name, require(name) === stream[cls], require('node:' + name) === stream[cls]);
}
const { builtinModules } = require('module');
console.log(['sys', 'constants', '_stream_readable', '_stream_duplex'].map((m) => builtinModules.includes(m)));
