'use strict';
// fs.ReadStream / fs.WriteStream: stream.Readable / stream.Writable subclasses driven by the
// callback fs calls (or by the functions of the `fs` option, or by a FileHandle's methods).
// The file is opened in _construct, so 'open' and 'ready' follow construction and an open
// failure surfaces as 'error' then 'close' through the stream's own destroy machinery.

const { Buffer } = require('buffer');
const { Readable, Writable, finished } = require('stream');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateInteger, validateFunction, validateBoolean, validateObject } = require('internal/validators');
const { toPath, getValidatedFd, getOptions } = require('internal/fs/utils');
const { errorOrDestroy } = require('internal/streams/destroy');

const kFs = Symbol('kFs');
const kHandle = Symbol('kHandle');     // the FileHandle a stream reads/writes (kept alive by it)
const kBusy = Symbol('kBusy');          // a read/write is in flight
const kIdle = Symbol('kIdle');          // event emitted when the in-flight call returns

let fsModule;
function lazyFs() {
  if (fsModule === undefined) fsModule = require('fs');
  return fsModule;
}

function isFileHandle(v) {
  if (v === null || typeof v !== 'object') return false;
  // A FileHandle (fs/promises does not export the class): an fd plus the promise methods.
  return typeof v.fd === 'number' && typeof v.read === 'function' &&
    typeof v.close === 'function' && typeof v.createReadStream === 'function';
}

// The `fs` an over-a-FileHandle stream uses: callback shims over the handle's promise methods.
function handleFs(handle) {
  return {
    open() { throw new Error('unreachable'); },
    read(fd, buf, off, len, pos, cb) {
      handle.read(buf, off, len, pos).then((r) => cb(null, r.bytesRead, r.buffer), cb);
    },
    write(fd, buf, off, len, pos, cb) {
      handle.write(buf, off, len, pos).then((r) => cb(null, r.bytesWritten, r.buffer), cb);
    },
    writev(fd, bufs, pos, cb) {
      handle.writev(bufs, pos).then((r) => cb(null, r.bytesWritten, r.buffers), cb);
    },
    fsync(fd, cb) { handle.sync().then(() => cb(null), cb); },
    close(fd, cb) { handle.close().then(() => cb(null), cb); },
  };
}

// The open streams over each FileHandle: closing the handle closes them (without an error).
const handleStreams = new WeakMap();
function handleClosed(handle) {
  const set = handleStreams.get(handle);
  if (set === undefined) return;
  handleStreams.delete(handle);
  for (const stream of set) if (!stream.destroyed) stream.close();
}
function trackHandle(stream, handle) {
  let set = handleStreams.get(handle);
  if (set === undefined) handleStreams.set(handle, set = new Set());
  set.add(stream);
  stream.once('close', () => set.delete(stream));
}

// Common option handling for both stream kinds: the fs to use, then fd or path/flags/mode
// (own properties in Node's order).
function setup(stream, path, options, required, defaultFlags) {
  if (options.fd != null && isFileHandle(options.fd)) {
    stream[kHandle] = options.fd;
    stream[kFs] = handleFs(options.fd);
    stream.fd = options.fd.fd;
    trackHandle(stream, options.fd);
    return;
  }
  const custom = options.fs;
  stream[kFs] = custom || lazyFs();
  if (custom) {
    for (const name of required) {
      if (Array.isArray(name)) {
        // Either of the functions will do (write or writev).
        if (typeof custom[name[0]] !== 'function' && typeof custom[name[1]] !== 'function') {
          throw new ERR_INVALID_ARG_TYPE(`options.fs.${name[0]}`, 'function', custom[name[0]]);
        }
      } else {
        validateFunction(custom[name], `options.fs.${name}`);
      }
    }
  }
  if (options.fd != null) {
    stream.fd = getValidatedFd(options.fd, 'fd');
    return;
  }
  stream.fd = null;
  const p = toPath(path);
  stream.path = path instanceof Uint8Array ? path : p;  // a Buffer path stays a Buffer
  stream.flags = options.flags === undefined ? defaultFlags : options.flags;
  stream.mode = options.mode === undefined ? 0o666 : options.mode;
}

function validateStart(options) {
  if (options.start !== undefined) validateInteger(options.start, 'start', 0);
  return options.start;
}

function defineCommon(proto, stateName) {
  Object.defineProperty(proto, 'autoClose', {
    __proto__: null, configurable: false, enumerable: false,
    get() { return this[stateName].autoDestroy; },
    set(v) { this[stateName].autoDestroy = v; },
  });
}

// open() does nothing but warn (DEP0135): _construct opens the file. A subclass or a patch
// that replaces it switches to the old protocol.
const { deprecate } = require('util');
const openRead = deprecate(() => {}, 'ReadStream.prototype.open() is deprecated', 'DEP0135');
const openWrite = deprecate(() => {}, 'WriteStream.prototype.open() is deprecated', 'DEP0135');

function construct(callback) {
  const stream = this;
  if (typeof stream.fd === 'number') {
    callback();
    return;
  }
  if (stream.open !== openRead && stream.open !== openWrite) {
    // Old code (graceful-fs, for one) replaces open() and reports through 'open' or 'error'
    // events: the first of those finishes construction.
    const ownEmit = Object.prototype.hasOwnProperty.call(stream, 'emit');
    const savedEmit = stream.emit;
    const restore = () => {
      if (ownEmit) stream.emit = savedEmit;
      else delete stream.emit;
    };
    stream.emit = function emit(name, ...args) {
      if (name === 'open') {
        restore();
        callback();
        return Reflect.apply(savedEmit, this, [name, ...args]);
      }
      if (name === 'error') {
        restore();
        callback(args[0]);
        return false;
      }
      return Reflect.apply(savedEmit, this, [name, ...args]);
    };
    stream.open();
    return;
  }
  stream[kFs].open(stream.path, stream.flags, stream.mode, (err, fd) => {
    if (err) {
      callback(err);
      return;
    }
    stream.fd = fd;
    callback();
    stream.emit('open', stream.fd);
    stream.emit('ready');
  });
}

// Closes the descriptor, then reports the first error seen. As in Node, fd 0 counts as none
// (autoClose only decides whether the stream destroys itself at its end).
function closeStream(stream, err, cb) {
  if (!stream.fd) {
    cb(err);
    return;
  }
  const fs = stream[kFs];
  const fd = stream.fd;
  const done = (er) => {
    stream.fd = null;
    cb(er || err);
  };
  stream.fd = null;
  if (stream.flush) {
    fs.fsync(fd, (er) => {
      if (er) {
        fs.close(fd, () => cb(er));
        return;
      }
      fs.close(fd, done);
    });
  } else {
    fs.close(fd, done);
  }
}

function destroy(err, cb) {
  const stream = this;
  if (stream[kBusy]) stream.once(kIdle, (ioErr) => closeStream(stream, err || ioErr, cb));
  else closeStream(stream, err, cb);
}

// The streams copy their options as node's do: every enumerable key, inherited ones too, by
// assignment (so an own "__proto__" key sets the copy's prototype). Symbols are not copied.
function copyObject(source) {
  const target = {};
  for (const key in source) target[key] = source[key];
  return target;
}

// ---- ReadStream ----

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = copyObject(getOptions(options, {}));
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  if (options.autoDestroy === undefined) {
    options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  }
  setup(this, path, options, ['open', 'read', 'close'], 'r');
  const start = validateStart(options);
  let end = Infinity;
  if (options.end !== undefined && options.end !== Infinity) {
    validateInteger(options.end, 'end', 0);
    end = options.end;
  }
  if (start !== undefined && start > end) {
    throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${end})`, start);
  }
  this.start = start;
  this.end = end;
  this.pos = start;
  this.bytesRead = 0;
  this[kBusy] = false;
  Readable.call(this, options);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

defineCommon(ReadStream.prototype, '_readableState');
ReadStream.prototype.open = openRead;
ReadStream.prototype._construct = construct;

ReadStream.prototype._read = function _read(n) {
  n = this.pos !== undefined ?
    Math.min(this.end - this.pos + 1, n) :
    Math.min(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  const buf = Buffer.allocUnsafeSlow(n);
  this[kBusy] = true;
  this[kFs].read(this.fd, buf, 0, n, this.pos, (err, bytesRead) => {
    this[kBusy] = false;
    if (this.destroyed) {
      this.emit(kIdle, err);
      return;
    }
    if (err) {
      errorOrDestroy(this, err);
      return;
    }
    if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      if (bytesRead !== buf.length) {
        // Keep the part that was read; a big mostly-empty buffer would waste memory.
        const small = Buffer.allocUnsafeSlow(bytesRead);
        buf.copy(small, 0, 0, bytesRead);
        this.push(small);
      } else {
        this.push(buf);
      }
    } else {
      this.push(null);
    }
  });
};

ReadStream.prototype._destroy = destroy;

ReadStream.prototype.close = function close(cb) {
  if (typeof cb === 'function') finished(this, cb);
  this.destroy();
};

Object.defineProperty(ReadStream.prototype, 'pending', {
  __proto__: null, configurable: true, get() { return this.fd === null; },
});

// ---- WriteStream ----

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = copyObject(getOptions(options, {}));
  options.decodeStrings = true;
  if (options.autoDestroy === undefined) {
    options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  }
  setup(this, path, options, ['open', ['write', 'writev'], 'close'], 'w');
  let flush = false;
  if (options.flush != null) {
    validateBoolean(options.flush, 'options.flush');
    flush = options.flush;
  }
  const start = validateStart(options);
  this.flush = flush;
  this.start = start;
  this.pos = start;
  this.bytesWritten = 0;
  this[kBusy] = false;
  // With only write() in the fs, chunks go one by one; with only writev(), _write uses it.
  if (typeof this[kFs].writev !== 'function') this._writev = null;
  Writable.call(this, options);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

defineCommon(WriteStream.prototype, '_writableState');
WriteStream.prototype.open = openWrite;
WriteStream.prototype._construct = construct;

function afterWrite(stream, cb, size) {
  return (err, bytes) => {
    stream[kBusy] = false;
    if (stream.destroyed) {
      cb(err);
      stream.emit(kIdle, err);
      return;
    }
    if (err) {
      cb(err);
      return;
    }
    stream.bytesWritten += bytes === undefined ? size : bytes;
    cb();
  };
}

WriteStream.prototype._write = function _write(data, encoding, cb) {
  const fs = this[kFs];
  if (typeof fs.write !== 'function') {
    WriteStream.prototype._writev.call(this, [{ chunk: data, encoding }], cb);
    return;
  }
  this[kBusy] = true;
  fs.write(this.fd, data, 0, data.length, this.pos,
           afterWrite(this, cb, data.length));
  if (this.pos !== undefined) this.pos += data.length;
};

WriteStream.prototype._writev = function _writev(chunks, cb) {
  const bufs = chunks.map((c) => c.chunk);
  let size = 0;
  for (const b of bufs) size += b.length;
  this[kBusy] = true;
  this[kFs].writev(this.fd, bufs, this.pos,
                   afterWrite(this, cb, size));
  if (this.pos !== undefined) this.pos += size;
};

WriteStream.prototype._destroy = destroy;

WriteStream.prototype.close = function close(cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  // Without autoClose, 'finish' alone would leave the fd open: destroy on it.
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};
WriteStream.prototype.destroySoon = WriteStream.prototype.end;

Object.defineProperty(WriteStream.prototype, 'pending', {
  __proto__: null, configurable: true, get() { return this.fd === null; },
});

function createReadStream(path, options) { return new ReadStream(path, options); }
function createWriteStream(path, options) { return new WriteStream(path, options); }

// ---- FileHandle methods ----
function fileHandleCreateReadStream(options = undefined) {
  const copy = copyObject(getOptions(options, {}));
  copy.fd = this;
  return new ReadStream(undefined, copy);
}
function fileHandleCreateWriteStream(options = undefined) {
  const copy = copyObject(getOptions(options, {}));
  copy.fd = this;
  return new WriteStream(undefined, copy);
}
function fileHandleReadLines(options = undefined) {
  const { Interface } = require('readline');
  return new Interface({
    input: this.createReadStream(options),
    crlfDelay: Infinity,
  });
}
// FileHandle.readableWebStream(): a byte stream reading the file from its current position. The
// handle stays locked to it (node 22 never unlocks it) and is not closed by it.
const kWebStreamLocked = Symbol('kWebStreamLocked');
function fileHandleReadableWebStream(options = undefined) {
  const { codes: { ERR_INVALID_STATE } } = require('internal/errors');
  if (this.fd === -1) throw new ERR_INVALID_STATE('The FileHandle is closed');
  if (this[kWebStreamLocked]) throw new ERR_INVALID_STATE('The FileHandle is locked');
  if (options != null) validateObject(options, 'options');
  const type = options == null ? undefined : options.type;
  if (type !== undefined && type !== 'bytes') {
    process.emitWarning('A non-"bytes" options.type has no effect. A byte-oriented steam is always created.',
                        'ExperimentalWarning');
  }
  this[kWebStreamLocked] = true;
  const handle = this;
  const { ReadableStream } = require('internal/webstreams/readablestream');
  return new ReadableStream({
    type: 'bytes',
    autoAllocateChunkSize: 16384,
    pull(controller) {
      const view = controller.byobRequest.view;
      return handle.read(view, 0, view.byteLength, null).then(({ bytesRead }) => {
        if (bytesRead === 0) {
          controller.close();
          controller.byobRequest.respond(0);
        } else {
          controller.byobRequest.respond(bytesRead);
        }
      });
    },
  });
}

module.exports = {
  ReadStream, WriteStream, createReadStream, createWriteStream,
  fileHandleCreateReadStream, fileHandleCreateWriteStream, fileHandleReadLines,
  fileHandleReadableWebStream, handleClosed,
};
