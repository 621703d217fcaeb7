'use strict';
// duplexPair(): two Duplex ends joined back to back; what one end writes the other reads.

const Duplex = require('internal/streams/duplex');

const kOther = Symbol('kOther');
const kWriteCallback = Symbol('kWriteCallback');

class DuplexSide extends Duplex {
  constructor(options) {
    super(options);
    this[kOther] = null;
    this[kWriteCallback] = null;
  }

  _read() {
    const cb = this[kOther] && this[kOther][kWriteCallback];
    if (cb) {
      this[kOther][kWriteCallback] = null;
      cb();
    }
  }

  _write(chunk, encoding, callback) {
    if (!this._writableState.objectMode && chunk.length === 0) {
      process.nextTick(callback);
      return;
    }
    this[kWriteCallback] = callback;
    if (this[kOther].push(chunk)) {
      this[kWriteCallback] = null;
      callback();
    }
  }

  _final(callback) {
    this[kOther].on('end', callback);
    this[kOther].push(null);
  }
}

function duplexPair(options) {
  const side0 = new DuplexSide(options);
  const side1 = new DuplexSide(options);
  side0[kOther] = side1;
  side1[kOther] = side0;
  return [side0, side1];
}

module.exports = duplexPair;
