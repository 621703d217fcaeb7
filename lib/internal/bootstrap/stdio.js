'use strict';
// process.stdout / process.stderr / process.stdin. Writes are synchronous, as node's are for
// files, TTYs and pipes on Linux. (The stream-based versions arrive with node:stream.)

const EventEmitter = require('events');
const { writeString, writeBuffer, readFileUtf8 } = internalBinding('fs');
const { guessHandleType } = internalBinding('util');
const { isTTY, getWindowSize } = internalBinding('tty_wrap');

function lazyErrors() {
  return require('internal/errors');
}

class SyncWriteStream extends EventEmitter {
  constructor(fd) {
    super();
    this.fd = fd;
    this._type = guessHandleType(fd).toLowerCase();
    this._isStdio = true;
    this.writable = true;
    this.destroyed = false;
    this.writableEnded = false;
    this.writableFinished = false;
    this.writableLength = 0;
    this.writableHighWaterMark = 16384;
    this.writableObjectMode = false;
    this.writableCorked = 0;
    this.writableNeedDrain = false;
    this._writableState = { length: 0, ended: false, finished: false, objectMode: false };
    if (this._type === 'tty') {
      this.isTTY = true;
      this._size = [80, 24];
      this._refreshSize();
    }
  }

  _refreshSize() {
    const size = [0, 0];
    if (getWindowSize(this.fd, size) === 0) {
      this.columns = size[0];
      this.rows = size[1];
    }
  }

  getWindowSize() {
    return [this.columns, this.rows];
  }

  getColorDepth(env = process.env) {
    return require('internal/tty').getColorDepth(env, this.isTTY);
  }

  hasColors(count, env) {
    if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
      env = count;
      count = 16;
    }
    if (count === undefined) count = 16;
    return count <= 2 ** this.getColorDepth(env);
  }

  write(chunk, encoding, cb) {
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (this.writableEnded) {
      const err = new (lazyErrors().codes.ERR_STREAM_WRITE_AFTER_END)();
      process.nextTick(() => {
        if (typeof cb === 'function') cb(err);
        this.emit('error', err);
      });
      return false;
    }
    let r;
    if (typeof chunk === 'string') {
      r = writeString(this.fd, chunk, encoding);
    } else if (ArrayBuffer.isView(chunk)) {
      r = writeBuffer(this.fd, chunk);
    } else {
      throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)(
        'chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
    if (r < 0) {
      const err = lazyErrors().ErrnoException(r, 'write');
      process.nextTick(() => {
        if (typeof cb === 'function') cb(err);
        this.emit('error', err);
      });
      return false;
    }
    if (typeof cb === 'function') process.nextTick(cb, null);
    return true;
  }

  end(chunk, encoding, cb) {
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = undefined;
    } else if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    this.writableEnded = true;
    // stdout and stderr are never really closed, as in node.
    process.nextTick(() => {
      this.writableFinished = true;
      this.emit('finish');
      if (typeof cb === 'function') cb();
    });
    return this;
  }

  cork() { this.writableCorked++; }
  uncork() { if (this.writableCorked > 0) this.writableCorked--; }
  setDefaultEncoding() { return this; }
  destroy(err) {
    this.destroyed = true;
    if (err) process.nextTick(() => this.emit('error', err));
    return this;
  }
  destroySoon() { return this.destroy(); }
  _destroy(err, cb) { cb(err); }
  ref() { return this; }
  unref() { return this; }
}

// stdin: read on demand. Until node:stream exists this reads the whole input once it is
// asked for (data/readable listeners or resume()), then emits 'data' and 'end'.
class StdinStream extends EventEmitter {
  constructor(fd) {
    super();
    this.fd = fd;
    this._type = guessHandleType(fd).toLowerCase();
    this.isTTY = this._type === 'tty' ? true : undefined;
    this.readable = true;
    this._started = false;
    this._encoding = null;
    this.on('newListener', (name) => {
      if (name === 'data' || name === 'readable' || name === 'end') this._start();
    });
  }
  setEncoding(enc) { this._encoding = enc; return this; }
  resume() { this._start(); return this; }
  pause() { return this; }
  setRawMode() { return this; }
  ref() { return this; }
  unref() { return this; }
  read() { return null; }
  _start() {
    if (this._started) return;
    this._started = true;
    setImmediate(() => {
      const data = readFileUtf8(this.fd);
      if (typeof data === 'string' && data.length > 0) {
        this.emit('data', this._encoding ? data : new TextEncoder().encode(data));
      }
      this.readable = false;
      this.emit('end');
      this.emit('close');
    });
  }
}

let stdout;
let stderr;
let stdin;

module.exports = {
  getStdout() {
    stdout ??= new SyncWriteStream(1);
    return stdout;
  },
  getStderr() {
    stderr ??= new SyncWriteStream(2);
    return stderr;
  },
  getStdin() {
    stdin ??= new StdinStream(0);
    return stdin;
  },
  SyncWriteStream,
  isTTY,
};
