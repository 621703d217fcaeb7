'use strict';
// Internals Readable and Writable share with Duplex without putting them on the public classes.
// readable.js and writable.js fill these in when they load.

module.exports = {
  readableOnConstructed: null,
  writableOnConstructed: null,
  writableTakeOptions: null,
};
