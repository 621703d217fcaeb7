'use strict';
// process.stdout / process.stderr / process.stdin as node:stream objects. Writes are synchronous,
// as node's are for files, TTYs and pipes on Linux. (When node:net lands, TTYs and pipes become
// tty.WriteStream / net.Socket as in node; the behaviour seen by programs stays the same.)
// This module is loaded lazily (the process.stdout getter), never while the startup snapshot
// is built: it reads per-process state (the fds).

const Writable = require('internal/streams/writable');
const Readable = require('internal/streams/readable');
const { writeString, writeBuffer, readFileUtf8 } = internalBinding('fs');
const { guessHandleType } = internalBinding('util');
const { isTTY, getWindowSize } = internalBinding('tty_wrap');

function lazyErrors() {
  return require('internal/errors');
}

class SyncWriteStream extends Writable {
  constructor(fd) {
    super({ decodeStrings: false, emitClose: false, autoDestroy: true });
    this.fd = fd;
    this._type = guessHandleType(fd).toLowerCase();
    this._isStdio = true;
    if (this._type === 'tty') {
      this.isTTY = true;
      this._refreshSize();
      // Like node's tty.WriteStream: follow the terminal's size, emit 'resize'.
      process.on('SIGWINCH', () => {
        const before = `${this.columns}x${this.rows}`;
        this._refreshSize();
        if (`${this.columns}x${this.rows}` !== before) this.emit('resize');
      });
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

  _write(chunk, encoding, cb) {
    const r = typeof chunk === 'string' ?
      writeString(this.fd, chunk, encoding) : writeBuffer(this.fd, chunk);
    cb(r < 0 ? lazyErrors().ErrnoException(r, 'write') : null);
  }

  // stdout and stderr are never closed by destroy(), as in node.
  _destroy(err, cb) {
    cb(err);
  }

  destroySoon() {
    return this.destroy();
  }

  ref() { return this; }
  unref() { return this; }
}

// stdin: a Readable over a TTY or pipe handle (or the file, read at once). Reading starts when
// the stream is read from (data listener, resume, pipe) and stops while it is paused, so an
// unread stdin never keeps the process alive.
class StdinStream extends Readable {
  constructor(fd) {
    super({ highWaterMark: 64 * 1024 });
    this.fd = fd;
    this._type = guessHandleType(fd).toLowerCase();
    this.isTTY = this._type === 'tty' ? true : undefined;
    this.isRaw = false;
    this._handle = null;
    this._reading = false;
    this._refed = true;
  }

  _ensureHandle() {
    if (this._handle !== null || this._type === 'file' || this._type === 'unknown') return;
    const { TTY, PipeReader } = internalBinding('tty_wrap');
    const ctx = {};
    const handle = this._type === 'tty' ? new TTY(this.fd, ctx) : new PipeReader(this.fd, ctx);
    if (ctx.code !== undefined) return;
    handle.onread = (nread, chunk) => this._onread(nread, chunk);
    if (!this._refed) handle.unref();
    this._handle = handle;
  }

  _read() {
    this._ensureHandle();
    if (this._handle === null) {
      // A file (or something libuv cannot stream): read it whole.
      const data = readFileUtf8(this.fd);
      if (typeof data === 'string' && data.length > 0) this.push(Buffer.from(data, 'utf8'));
      this.push(null);
      return;
    }
    if (!this._reading) {
      this._reading = true;
      this._handle.readStart();
    }
  }

  _onread(nread, chunk) {
    if (nread > 0) {
      const buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      if (!this.push(buf) && this._reading) {
        this._reading = false;
        this._handle.readStop();
      }
      return;
    }
    this._stopHandle();
    this.push(null);
  }

  _stopHandle() {
    if (this._handle === null) return;
    if (this._reading) this._handle.readStop();
    this._reading = false;
    this._handle.close();
    this._handle = null;
  }

  pause() {
    super.pause();
    if (this._reading && this._handle !== null) {
      this._reading = false;
      this._handle.readStop();
    }
    return this;
  }

  setRawMode(flag) {
    this._ensureHandle();
    if (this._handle !== null && this._handle.setRawMode) {
      const err = this._handle.setRawMode(Boolean(flag));
      if (err) throw lazyErrors().ErrnoException(err, 'setRawMode');
      this.isRaw = Boolean(flag);
    }
    return this;
  }

  ref() {
    this._refed = true;
    if (this._handle !== null) this._handle.ref();
    return this;
  }

  unref() {
    this._refed = false;
    if (this._handle !== null) this._handle.unref();
    return this;
  }

  _destroy(err, cb) {
    this._stopHandle();
    cb(err);
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
  StdinStream,
  isTTY,
};
