'use strict';
// The lcov reporter writes code coverage; nodus has no coverage collection yet
// (--experimental-test-coverage), so there is nothing for it to write.

const { Transform } = require('stream');

class LcovReporter extends Transform {
  constructor(options) {
    super({ __proto__: null, ...options, writableObjectMode: true });
  }
  _transform(event, encoding, callback) {
    callback(null);
  }
}

function createFormatter() {
  return { format() { return ''; }, end() { return ''; } };
}

module.exports = { LcovReporter, createFormatter };
