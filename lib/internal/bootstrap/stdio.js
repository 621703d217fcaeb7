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

// stdin: a readable over a TTY or pipe handle (or the file, read at once). Until node:stream
// exists this is an EventEmitter with the flowing-mode surface: 'data', 'end', 'close',
// pause/resume, setEncoding, setRawMode.
class StdinStream extends EventEmitter {
  constructor(fd) {
    super();
    this.fd = fd;
    this._type = guessHandleType(fd).toLowerCase();
    this.isTTY = this._type === 'tty' ? true : undefined;
    this.isRaw = false;
    this.readable = true;
    this.readableEnded = false;
    this.readableFlowing = null;
    this._handle = null;
    this._encoding = null;
    this._decoder = null;
    this._reading = false;
    this._refed = true;
    this.on('newListener', (name) => {
      if (name === 'data' || name === 'readable') process.nextTick(() => this.resume());
    });
  }
  setEncoding(enc = 'utf8') {
    this._encoding = enc;
    this._decoder = new (require('internal/encoding').TextDecoder)(
      enc === 'utf8' || enc === 'utf-8' ? 'utf-8' : enc);
    return this;
  }
  _ensureHandle() {
    if (this._handle !== null || this._type === 'file' || this._type === 'unknown') return;
    const { TTY, PipeReader } = internalBinding('tty_wrap');
    const ctx = {};
    this._handle = this._type === 'tty' ? new TTY(this.fd, ctx) : new PipeReader(this.fd, ctx);
    if (ctx.code !== undefined) {
      this._handle = null;
      return;
    }
    this._handle.onread = (nread, chunk) => this._onread(nread, chunk);
    if (!this._refed) this._handle.unref();
  }
  _push(bytes) {
    let chunk = bytes;
    if (this._decoder !== null) {
      chunk = this._decoder.decode(bytes, { stream: true });
      if (chunk === '') return;
    } else if (typeof globalThis.Buffer === 'function') {
      chunk = globalThis.Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
    this.emit('data', chunk);
  }
  _onread(nread, chunk) {
    if (nread > 0) {
      this._push(chunk);
      return;
    }
    this._end();
  }
  _end() {
    if (this.readableEnded) return;
    this.readableEnded = true;
    this.readable = false;
    if (this._handle !== null) {
      this._handle.readStop();
      this._handle.close();
      this._handle = null;
    }
    this.emit('end');
    process.nextTick(() => this.emit('close'));
  }
  resume() {
    if (this.readableEnded) return this;
    this.readableFlowing = true;
    if (this._reading) return this;
    this._reading = true;
    this._ensureHandle();
    if (this._handle !== null) {
      this._handle.readStart();
    } else {
      setImmediate(() => {
        const data = readFileUtf8(this.fd);
        if (typeof data === 'string' && data.length > 0) {
          if (this._encoding) this.emit('data', data);
          else this._push(new (require('internal/encoding').TextEncoder)().encode(data));
        }
        this._end();
      });
    }
    return this;
  }
  pause() {
    this.readableFlowing = false;
    if (this._reading && this._handle !== null) {
      this._handle.readStop();
      this._reading = false;
    }
    return this;
  }
  isPaused() { return this.readableFlowing === false; }
  setRawMode(flag) {
    this._ensureHandle();
    if (this._handle !== null && this._handle.setRawMode) {
      const err = this._handle.setRawMode(Boolean(flag));
      if (err) throw require('internal/errors').ErrnoException(err, 'setRawMode');
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
  destroy() {
    this._end();
    return this;
  }
  read() { return null; }
  pipe(dest) {
    this.on('data', (chunk) => dest.write(chunk));
    this.on('end', () => { if (dest !== process.stdout && dest !== process.stderr) dest.end(); });
    return dest;
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
