'use strict';
// fs.Dir (opendir): entries listed once at open (scandir), handed out one by one.

const { codes: { ERR_DIR_CLOSED } } = require('internal/errors');
const { validateFunction } = require('internal/validators');

const kEntries = Symbol('kEntries');
const kClosed = Symbol('kClosed');
const kPath = Symbol('kPath');

class Dir {
  constructor(path, entries) {
    this[kPath] = path;
    this[kEntries] = entries;
    this[kClosed] = false;
  }
  get path() { return this[kPath]; }
  readSync() {
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    return this[kEntries].shift() || null;
  }
  read(callback) {
    if (callback === undefined) {
      return new Promise((resolve, reject) => {
        this.read((err, ent) => (err ? reject(err) : resolve(ent)));
      });
    }
    validateFunction(callback, 'callback');
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    const ent = this[kEntries].shift() || null;
    process.nextTick(callback, null, ent);
  }
  closeSync() {
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    this[kClosed] = true;
  }
  close(callback) {
    if (callback === undefined) {
      if (this[kClosed]) return Promise.reject(new ERR_DIR_CLOSED());
      this[kClosed] = true;
      return Promise.resolve();
    }
    validateFunction(callback, 'callback');
    if (this[kClosed]) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    this[kClosed] = true;
    process.nextTick(callback, null);
  }
  async* entries() {
    try {
      for (;;) {
        const ent = await this.read();
        if (ent === null) break;
        yield ent;
      }
    } finally {
      if (!this[kClosed]) await this.close();
    }
  }
  [Symbol.asyncIterator]() { return this.entries(); }
}


module.exports = { Dir };
