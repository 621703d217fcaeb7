'use strict';
// The JS half of stream handles (internalBinding('stream_wrap') and the TCP/Pipe/TTY wraps that
// share it): write requests and their completion, turning handle reads into stream pushes, and
// the socket idle timeout. Used by net.Socket and, through the same symbols, by http and
// child_process. See docs/architecture.md, "Streams and sockets".

const {
  WriteWrap,
  kReadBytesOrError,
  kArrayBufferOffset,
  kBytesWritten,
  kLastWriteWasAsync,
  streamBaseState,
} = internalBinding('stream_wrap');
const { UV_EOF } = internalBinding('uv');
const { FastBuffer } = require('internal/buffer');
const { ErrnoException } = require('internal/errors');
const { validateFunction, validateNumber } = require('internal/validators');
const timers = require('internal/timers');

const kMaybeDestroy = Symbol('kMaybeDestroy');
const kUpdateTimer = Symbol('kUpdateTimer');
const kAfterAsyncWrite = Symbol('kAfterAsyncWrite');
const kHandle = Symbol('kHandle');
const kSession = Symbol('kSession');
const kBuffer = Symbol('kBuffer');
const kBufferGen = Symbol('kBufferGen');
const kBufferCb = Symbol('kBufferCb');
const kTimeout = Symbol('timeout');
// handle[owner_symbol] is the stream object a handle belongs to.
const owner_symbol = Symbol('owner_symbol');

// A timer that does not keep the loop alive (socket idle timeouts).
function setUnrefTimeout(callback, after) {
  const timer = new timers.Timeout(callback, after, undefined, false, false);
  timers.insert(timer, timer._idleTimeout);
  return timer;
}

function handleWriteReq(req, data, encoding) {
  const { handle } = req;
  switch (encoding) {
    case 'buffer':
      return handle.writeBuffer(req, data);
    case 'latin1':
    case 'binary':
      return handle.writeLatin1String(req, data);
    case 'utf8':
    case 'utf-8':
      return handle.writeUtf8String(req, data);
    case 'ascii':
      return handle.writeAsciiString(req, data);
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return handle.writeUcs2String(req, data);
    default: {
      const buffer = Buffer.from(data, encoding);
      return handle.writeBuffer(req, buffer);
    }
  }
}

// req.oncomplete for writes (`this` is the request).
function onWriteComplete(status) {
  const stream = this.handle[owner_symbol];
  if (stream.destroyed) {
    if (typeof this.callback === 'function') this.callback(null);
    return;
  }
  if (status < 0) {
    const error = new ErrnoException(status, 'write', this.error);
    if (typeof this.callback === 'function') this.callback(error);
    else stream.destroy(error);
    return;
  }
  stream[kUpdateTimer]();
  stream[kAfterAsyncWrite]();
  if (typeof this.callback === 'function') this.callback(null);
}

function createWriteWrap(handle, callback) {
  const req = new WriteWrap();
  req.handle = handle;
  req.oncomplete = onWriteComplete;
  req.async = false;
  req.bytes = 0;
  req.buffer = null;
  req.callback = callback;
  return req;
}

// What a dispatched write tells: its size, whether it finished already, or its error.
function afterWriteDispatched(req, err, cb) {
  req.bytes = streamBaseState[kBytesWritten];
  req.async = !!streamBaseState[kLastWriteWasAsync];
  if (err !== 0) return cb(new ErrnoException(err, 'write', req.error));
  if (!req.async && typeof req.callback === 'function') req.callback();
}

// data: the entries of Writable's _writev ({chunk, encoding}), or buffers when allBuffers.
function writevGeneric(self, data, cb) {
  const req = createWriteWrap(self[kHandle], cb);
  const allBuffers = data.allBuffers;
  let chunks;
  if (allBuffers) {
    chunks = new Array(data.length);
    for (let i = 0; i < data.length; i++) chunks[i] = data[i].chunk;
  } else {
    chunks = new Array(data.length * 2);
    for (let i = 0; i < data.length; i++) {
      let { chunk, encoding } = data[i];
      if (typeof chunk === 'string' && !isNativeStringEncoding(encoding)) {
        chunk = Buffer.from(chunk, encoding);
        encoding = 'buffer';
      }
      chunks[i * 2] = chunk;
      chunks[i * 2 + 1] = encoding;
    }
  }
  const err = req.handle.writev(req, chunks, !!allBuffers);
  // Keep the chunks until the write is done.
  if (err === 0) req._chunks = chunks;
  afterWriteDispatched(req, err, cb);
  return req;
}

function isNativeStringEncoding(encoding) {
  switch (encoding) {
    case 'utf8': case 'utf-8': case 'latin1': case 'binary': case 'ascii':
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le':
      return true;
    default:
      return false;
  }
}

// socket.write(data, encoding, cb) for a string on an idle net.Socket, in a few steps: what
// Writable's write() and Socket._write do for a write that goes straight to the handle (the same
// state changes, the same callback through the stream's onwrite), with the handle's
// tryWrite*String sending it at once (`data2`, a string, a Uint8Array or undefined, right after
// `data` in the same write, without concatenating them). Returns false, having done nothing, when the socket
// is not in that simple state (busy, corked, ending, connecting, a wrapped handle, overridden
// methods); the caller then writes the usual way.
let SocketProto = null;
const kLastWriteQueueSize = Symbol('lastWriteQueueSize');
function writeStringNow(socket, data, data2, encoding, cb) {
  if (SocketProto === null) SocketProto = require('net').Socket.prototype;
  const state = socket._writableState;
  const handle = socket._handle;
  if (state.corked !== 0 || state.writing || state.length !== 0 || state.ending ||
      state.destroyed || state.errored !== null || !state.constructed || socket.connecting ||
      state.buffered.length !== state.bufferedIndex || handle == null ||
      typeof handle.tryWriteUtf8String !== 'function' ||
      socket.write !== SocketProto.write || socket._write !== SocketProto._write ||
      socket._writeGeneric !== SocketProto._writeGeneric) {
    return false;
  }
  const latin1 = encoding === 'latin1';
  const len = data2 === undefined ? data.length : data.length + data2.length;
  state.pendingcb++;
  state.length += len;
  state.writelen = len;
  state.writecb = cb;
  state.writing = true;
  state.sync = true;
  socket._unrefTimer();
  const left = latin1 ? handle.tryWriteLatin1String(data, data2) :
    handle.tryWriteUtf8String(data, data2);
  if (left === 0) {
    state.onwrite();
  } else if (left < 0) {
    state.onwrite(new ErrnoException(left, 'write'));
  } else {
    // The kernel took part of it: the rest is queued as an ordinary write request.
    const rest = typeof data2 === 'object' ?
      Buffer.concat([Buffer.from(data, latin1 ? 'latin1' : 'utf8'), data2]) :
      Buffer.from(data2 === undefined ? data : data + data2, latin1 ? 'latin1' : 'utf8');
    const req = createWriteWrap(handle, state.onwrite);
    const err = handle.writeBuffer(req, rest.subarray(rest.length - left));
    afterWriteDispatched(req, err, state.onwrite);
    if (req.async) socket[kLastWriteQueueSize] = req.bytes;
  }
  state.sync = false;
  if (!(state.length < state.highWaterMark || state.length === 0)) state.needDrain = true;
  return true;
}

function writeGeneric(self, data, encoding, cb) {
  const req = createWriteWrap(self[kHandle], cb);
  const err = handleWriteReq(req, data, encoding);
  afterWriteDispatched(req, err, cb);
  return req;
}

// handle.onread (`this` is the handle). Node's shape: the byte count or errno is in
// streamBaseState[kReadBytesOrError], the data in `arrayBuffer`.
function onStreamRead(arrayBuffer) {
  const nread = streamBaseState[kReadBytesOrError];
  const handle = this;
  const stream = this[owner_symbol];
  stream[kUpdateTimer]();

  if (nread > 0 && !stream.destroyed) {
    let ret;
    let result;
    const offset = streamBaseState[kArrayBufferOffset];
    if (stream[kBuffer]) {
      // onread: { buffer, callback }: the bytes go into the user's buffer, a piece at a time.
      const data = new FastBuffer(arrayBuffer, offset, nread);
      let pos = 0;
      result = true;
      while (pos < nread) {
        let userBuf = stream[kBuffer];
        if (!isUint8Array(userBuf)) userBuf = stream[kBuffer] = stream[kBufferGen]();
        const n = Math.min(userBuf.length, nread - pos);
        if (n === 0) break;
        userBuf.set(data.subarray(pos, pos + n));
        pos += n;
        result = (stream[kBufferCb](n, userBuf) !== false) && result;
        const bufGen = stream[kBufferGen];
        if (bufGen !== null) {
          const nextBuf = bufGen();
          if (isUint8Array(nextBuf)) stream[kBuffer] = ret = nextBuf;
        }
      }
    } else {
      const buf = new FastBuffer(arrayBuffer, offset, nread);
      result = stream.push(buf);
    }
    if (!result) {
      handle.reading = false;
      if (!stream.destroyed) {
        const err = handle.readStop();
        if (err) stream.destroy(new ErrnoException(err, 'read'));
      }
    }
    return ret;
  }

  if (nread === 0) return;

  if (nread !== UV_EOF) {
    // An error: the stream is done.
    stream.destroy(new ErrnoException(nread, 'read'));
    return;
  }

  // The end of the stream. Most handles deliver nothing after this; a TTY may be restarted.
  if (stream._readableState.endEmitted) {
    if (stream[kMaybeDestroy]) stream[kMaybeDestroy]();
  } else {
    if (stream[kMaybeDestroy]) stream.on('end', stream[kMaybeDestroy]);
    if (handle.readStop) handle.readStop();
    handle.reading = false;
    stream.push(null);
    stream.read(0);
  }
}

function isUint8Array(v) {
  return v instanceof Uint8Array;
}

// socket.setTimeout(msecs[, callback]) for net.Socket and friends (`this` is the stream).
function setStreamTimeout(msecs, callback) {
  if (this.destroyed) return this;
  this.timeout = msecs;
  msecs = getTimerDuration(msecs, 'msecs');
  if (this[kTimeout]) timers.clearTimeout(this[kTimeout]);
  if (msecs === 0) {
    this[kTimeout] = null;
    markParserTimeout(this, false);
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.removeListener('timeout', callback);
    }
  } else {
    this[kTimeout] = streamTimer(this, msecs);
    markParserTimeout(this, true);
    if (this[kSession]) this[kSession][kUpdateTimer]();
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.once('timeout', callback);
    }
  }
  return this;
}

// The idle timer of a stream. A keep-alive http connection clears and sets it again for every
// request: the cleared Timeout and the bound _onTimeout are kept and armed again (as a new
// unref'ed Timeout would be) instead of being made anew.
const kSpareTimer = Symbol('kSpareTimer');
function streamTimer(stream, msecs) {
  const onTimeout = stream._onTimeout;
  const spare = stream[kSpareTimer];
  if (spare !== undefined && spare.fn === onTimeout && spare.timer._destroyed &&
      msecs >= 1 && msecs <= timers.TIMEOUT_MAX) {
    const t = spare.timer;
    t._idleTimeout = msecs;
    t._onTimeout = spare.bound;
    t._timerArgs = undefined;
    t._repeat = null;
    timers.insertGuarded(t, false);
    return t;
  }
  const bound = onTimeout.bind(stream);
  const t = setUnrefTimeout(bound, msecs);
  stream[kSpareTimer] = { fn: onTimeout, bound, timer: t };
  return t;
}

// An http server's parser that reads this socket's handle natively calls back into JS after a
// read (to refresh the idle timeout) only while the socket has one. parser[kParserTimeoutFlag] is
// the parser's timeoutFlag() array: 0 no timeout, 1 a timeout, 2 a timeout armed just now (the
// binding's HTTPParser.kTimeoutNone/kTimeoutActive/kTimeoutArmed).
const kParserTimeoutFlag = Symbol('kParserTimeoutFlag');
function markParserTimeout(socket, active) {
  const parser = socket.parser;
  if (parser != null && parser._consumed === true) {
    const flag = parser[kParserTimeoutFlag];
    if (flag !== undefined) flag[0] = active ? 2 : 0;
  }
}

function getTimerDuration(msecs, name) {
  validateNumber(msecs, name);
  if (msecs < 0 || !Number.isFinite(msecs)) {
    const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');
    throw new ERR_OUT_OF_RANGE(name, 'a non-negative finite number', msecs);
  }
  // Timers clamp to TIMEOUT_MAX themselves.
  return msecs;
}

module.exports = {
  writevGeneric,
  writeGeneric,
  onStreamRead,
  kAfterAsyncWrite,
  kMaybeDestroy,
  kUpdateTimer,
  kHandle,
  kSession,
  kBuffer,
  kBufferCb,
  kBufferGen,
  kTimeout,
  owner_symbol,
  setStreamTimeout,
  setUnrefTimeout,
  getTimerDuration,
  createWriteWrap,
  afterWriteDispatched,
  writeStringNow,
  kLastWriteQueueSize,
  kParserTimeoutFlag,
};
