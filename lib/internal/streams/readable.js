'use strict';
// Readable: the buffer, flowing and paused modes, 'readable'/'data'/'end', pipe/unpipe,
// setEncoding, unshift and async iteration.

const { Buffer } = require('buffer');
const { Stream, prependListener } = require('internal/streams/legacy');
const destroyImpl = require('internal/streams/destroy');
const { getHighWaterMark, getDefaultHighWaterMark } = require('internal/streams/state');
const {
  aggregateTwoErrors,
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_METHOD_NOT_IMPLEMENTED, ERR_OUT_OF_RANGE,
    ERR_STREAM_PUSH_AFTER_EOF, ERR_STREAM_UNSHIFT_AFTER_END_EVENT,
  },
  AbortError,
} = require('internal/errors');
const { validateObject } = require('internal/validators');

const { errorOrDestroy } = destroyImpl;
const kPaused = Symbol('kPaused');
let StringDecoder;
let eos;
function nop() {}

// Duplex, required on first use (it requires this module); kept after that, as every stream
// constructed asks.
let Duplex;
function duplexClass() {
  if (Duplex === undefined) Duplex = require('internal/streams/duplex');
  return Duplex;
}

// The state's flags are bits of one field behind accessors on the prototype (as in node 22): a
// stream per http request makes this state, and a field per flag was most of its size.
const kBits = Symbol('kBits');
const flagNames = [
  'objectMode', 'ended', 'endEmitted', 'reading', 'constructed', 'sync', 'needReadable',
  'emittedReadable', 'readableListening', 'resumeScheduled', 'errorEmitted', 'emitClose',
  'autoDestroy', 'destroyed', 'closed', 'closeEmitted', 'multiAwaitDrain', 'readingMore',
  'dataEmitted',
];
const kObjectMode = 1 << flagNames.indexOf('objectMode');
const kConstructed = 1 << flagNames.indexOf('constructed');
const kSync = 1 << flagNames.indexOf('sync');
const kEmitClose = 1 << flagNames.indexOf('emitClose');
const kAutoDestroy = 1 << flagNames.indexOf('autoDestroy');

function ReadableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof duplexClass();
  let bits = kConstructed | kSync;
  if ((options && options.objectMode) || (isDuplex && options && options.readableObjectMode)) {
    bits |= kObjectMode;
  }
  if (!options || options.emitClose !== false) bits |= kEmitClose;
  if (!options || options.autoDestroy !== false) bits |= kAutoDestroy;
  this[kBits] = bits;
  this.highWaterMark = options ?
    getHighWaterMark(this, options, 'readableHighWaterMark', isDuplex) :
    getDefaultHighWaterMark(false);
  this.buffer = [];
  this.bufferIndex = 0;
  this.length = 0;
  this.pipes = [];
  this.flowing = null;
  this[kPaused] = null;
  this.errored = null;
  this.defaultEncoding = (options && options.defaultEncoding) || 'utf8';
  this.awaitDrainWriters = null;
  this.decoder = null;
  this.encoding = null;
  if (options && options.encoding) {
    if (!StringDecoder) StringDecoder = require('string_decoder').StringDecoder;
    this.decoder = new StringDecoder(options.encoding);
    this.encoding = options.encoding;
  }
}

for (let i = 0; i < flagNames.length; i++) {
  const bit = 1 << i;
  Object.defineProperty(ReadableState.prototype, flagNames[i], {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() { return (this[kBits] & bit) !== 0; },
    set(value) {
      if (value) this[kBits] |= bit;
      else this[kBits] &= ~bit;
    },
  });
}

Object.defineProperty(ReadableState.prototype, 'paused', {
  __proto__: null,
  get() { return this[kPaused] !== null ? this[kPaused] : false; },
  set(value) { this[kPaused] = !!value; },
});

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);
  const isDuplex = this instanceof duplexClass();
  // The common events get their slots up front (EventEmitter's shape mode), as in Node.
  if (this._events === undefined) {
    this._events = { close: undefined, error: undefined, data: undefined, end: undefined, readable: undefined };
  }
  this._readableState = new ReadableState(options, this, isDuplex);
  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal && !isDuplex) require('internal/streams/add-abort-signal').addAbortSignal(options.signal, this);
  }
  Stream.call(this, options);
  if (typeof this._construct === 'function') destroyImpl.construct(this, () => onConstructed(this));
}

function onConstructed(stream) {
  if (stream._readableState.needReadable) maybeReadMore(stream, stream._readableState);
}
require('internal/streams/hooks').readableOnConstructed = onConstructed;
Object.setPrototypeOf(Readable.prototype, Stream.prototype);
Object.setPrototypeOf(Readable, Stream);

Readable.ReadableState = ReadableState;

Readable.prototype.destroy = destroyImpl.destroy;
Readable.prototype._undestroy = destroyImpl.undestroy;
Readable.prototype._destroy = function(err, cb) {
  cb(err);
};

Readable.prototype[require('events').captureRejectionSymbol] = function(err) {
  this.destroy(err);
};

if (Symbol.asyncDispose) {
  Readable.prototype[Symbol.asyncDispose] = function() {
    return destroyImpl.asyncDispose(this, this.readableEnded);
  };
}

Readable.prototype.push = function(chunk, encoding) {
  return readableAddChunk(this, chunk, encoding, false);
};

Readable.prototype.unshift = function(chunk, encoding) {
  return readableAddChunk(this, chunk, encoding, true);
};

function readableAddChunk(stream, chunk, encoding, addToFront) {
  const state = stream._readableState;
  let err;
  if (!state.objectMode) {
    if (typeof chunk === 'string') {
      encoding = encoding || state.defaultEncoding;
      if (state.encoding !== encoding) {
        if (addToFront && state.encoding) {
          chunk = Buffer.from(chunk, encoding).toString(state.encoding);
        } else {
          chunk = Buffer.from(chunk, encoding);
          encoding = '';
        }
      }
    } else if (chunk instanceof Buffer) {
      encoding = '';
    } else if (ArrayBuffer.isView(chunk)) {
      chunk = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      encoding = '';
    } else if (chunk != null) {
      err = new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
  }
  if (err) {
    errorOrDestroy(stream, err);
  } else if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
  } else if (state.objectMode || (chunk && chunk.length > 0)) {
    if (addToFront) {
      if (state.endEmitted) errorOrDestroy(stream, new ERR_STREAM_UNSHIFT_AFTER_END_EVENT());
      else if (state.destroyed || state.errored) return false;
      else addChunk(stream, state, chunk, true);
    } else if (state.ended) {
      errorOrDestroy(stream, new ERR_STREAM_PUSH_AFTER_EOF());
    } else if (state.destroyed || state.errored) {
      return false;
    } else {
      state.reading = false;
      if (state.decoder && !encoding) {
        chunk = state.decoder.write(chunk);
        if (state.objectMode || chunk.length !== 0) addChunk(stream, state, chunk, false);
        else maybeReadMore(stream, state);
      } else {
        addChunk(stream, state, chunk, false);
      }
    }
  } else if (!addToFront) {
    state.reading = false;
    maybeReadMore(stream, state);
  }
  return !state.ended && (state.length < state.highWaterMark || state.length === 0);
}

function addChunk(stream, state, chunk, addToFront) {
  if (state.flowing && state.length === 0 && !state.sync && stream.listenerCount('data') > 0) {
    if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
    state.dataEmitted = true;
    stream.emit('data', chunk);
  } else {
    state.length += state.objectMode ? 1 : chunk.length;
    if (!addToFront) state.buffer.push(chunk);
    else if (state.bufferIndex > 0) state.buffer[--state.bufferIndex] = chunk;
    else state.buffer.unshift(chunk);
    if (state.needReadable) emitReadable(stream);
  }
  maybeReadMore(stream, state);
}

Readable.prototype.isPaused = function() {
  const state = this._readableState;
  return state[kPaused] === true || state.flowing === false;
};

Readable.prototype.setEncoding = function(enc) {
  if (!StringDecoder) StringDecoder = require('string_decoder').StringDecoder;
  const decoder = new StringDecoder(enc);
  const state = this._readableState;
  state.decoder = decoder;
  state.encoding = decoder.encoding;
  let content = '';
  for (let i = state.bufferIndex; i < state.buffer.length; i++) content += decoder.write(state.buffer[i]);
  clearBuffer(state);
  if (content !== '') state.buffer.push(content);
  state.length = content.length;
  return this;
};

const MAX_HWM = 0x40000000;
function computeNewHighWaterMark(n) {
  if (n > MAX_HWM) throw new ERR_OUT_OF_RANGE('size', '<= 1GiB', n);
  n--;
  n |= n >>> 1;
  n |= n >>> 2;
  n |= n >>> 4;
  n |= n >>> 8;
  n |= n >>> 16;
  n++;
  return n;
}

function howMuchToRead(n, state) {
  if (n <= 0 || (state.length === 0 && state.ended)) return 0;
  if (state.objectMode) return 1;
  if (Number.isNaN(n)) {
    if (state.flowing && state.length) return state.buffer[state.bufferIndex].length;
    return state.length;
  }
  if (n <= state.length) return n;
  return state.ended ? state.length : 0;
}

Readable.prototype.read = function(n) {
  if (n === undefined) n = NaN;
  else if (!Number.isInteger(n)) n = Number.parseInt(n, 10);
  const state = this._readableState;
  const nOrig = n;
  if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);
  if (n !== 0) state.emittedReadable = false;
  if (n === 0 && state.needReadable &&
      ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) ||
       state.ended)) {
    if (state.length === 0 && state.ended) endReadable(this);
    else emitReadable(this);
    return null;
  }
  n = howMuchToRead(n, state);
  if (n === 0 && state.ended) {
    if (state.length === 0) endReadable(this);
    return null;
  }
  let doRead = state.needReadable;
  if (state.length === 0 || state.length - n < state.highWaterMark) doRead = true;
  if (state.ended || state.reading || state.destroyed || state.errored || !state.constructed) {
    doRead = false;
  } else if (doRead) {
    state.reading = true;
    state.sync = true;
    if (state.length === 0) state.needReadable = true;
    try {
      this._read(state.highWaterMark);
    } catch (err) {
      errorOrDestroy(this, err);
    }
    state.sync = false;
    if (!state.reading) n = howMuchToRead(nOrig, state);
  }
  let ret = n > 0 ? fromList(n, state) : null;
  if (ret === null) {
    state.needReadable = state.length <= state.highWaterMark;
    n = 0;
  } else {
    state.length -= n;
    if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
  }
  if (state.length === 0) {
    if (!state.ended) state.needReadable = true;
    if (nOrig !== n && state.ended) endReadable(this);
  }
  if (ret !== null && !state.errorEmitted && !state.closeEmitted) {
    state.dataEmitted = true;
    this.emit('data', ret);
  }
  return ret;
};

function onEofChunk(stream, state) {
  if (state.ended) return;
  if (state.decoder) {
    const chunk = state.decoder.end();
    if (chunk && chunk.length) {
      state.buffer.push(chunk);
      state.length += state.objectMode ? 1 : chunk.length;
    }
  }
  state.ended = true;
  if (state.sync) {
    emitReadable(stream);
  } else {
    state.needReadable = false;
    state.emittedReadable = true;
    emitReadable_(stream);
  }
}

function emitReadable(stream) {
  const state = stream._readableState;
  state.needReadable = false;
  if (!state.emittedReadable) {
    state.emittedReadable = true;
    process.nextTick(emitReadable_, stream);
  }
}

function emitReadable_(stream) {
  const state = stream._readableState;
  if (!state.destroyed && !state.errored && (state.length || state.ended)) {
    stream.emit('readable');
    state.emittedReadable = false;
  }
  // Node 22 only ever sets the flag here (observed: it stays true after the end).
  if (!state.flowing && !state.ended && state.length <= state.highWaterMark) state.needReadable = true;
  flow(stream);
}

function maybeReadMore(stream, state) {
  if (!state.readingMore && state.constructed) {
    state.readingMore = true;
    process.nextTick(maybeReadMore_, stream, state);
  }
}

function maybeReadMore_(stream, state) {
  while (!state.reading && !state.ended &&
         (state.length < state.highWaterMark || (state.flowing && state.length === 0))) {
    const len = state.length;
    stream.read(0);
    if (len === state.length) break;
  }
  state.readingMore = false;
}

Readable.prototype._read = function(n) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_read()');
};

Readable.prototype.pipe = function(dest, pipeOpts) {
  const src = this;
  const state = this._readableState;
  if (state.pipes.length === 1 && !state.multiAwaitDrain) {
    state.multiAwaitDrain = true;
    state.awaitDrainWriters = new Set(state.awaitDrainWriters ? [state.awaitDrainWriters] : []);
  }
  state.pipes.push(dest);
  const doEnd = (!pipeOpts || pipeOpts.end !== false) &&
    dest !== process.stdout && dest !== process.stderr;
  const endFn = doEnd ? onend : unpipe;
  if (state.endEmitted) process.nextTick(endFn);
  else src.once('end', endFn);
  dest.on('unpipe', onunpipe);

  function onunpipe(readable, unpipeInfo) {
    if (readable === src && unpipeInfo && unpipeInfo.hasUnpiped === false) {
      unpipeInfo.hasUnpiped = true;
      cleanup();
    }
  }
  function onend() {
    dest.end();
  }
  let ondrain;
  let cleanedUp = false;
  function cleanup() {
    dest.removeListener('close', onclose);
    dest.removeListener('finish', onfinish);
    if (ondrain) dest.removeListener('drain', ondrain);
    dest.removeListener('error', onerror);
    dest.removeListener('unpipe', onunpipe);
    src.removeListener('end', onend);
    src.removeListener('end', unpipe);
    src.removeListener('data', ondata);
    cleanedUp = true;
    if (ondrain && state.awaitDrainWriters &&
        (!dest._writableState || dest._writableState.needDrain)) {
      ondrain();
    }
  }
  function pause() {
    if (!cleanedUp) {
      if (state.pipes.length === 1 && state.pipes[0] === dest) {
        state.awaitDrainWriters = dest;
        state.multiAwaitDrain = false;
      } else if (state.pipes.length > 1 && state.pipes.includes(dest)) {
        state.awaitDrainWriters.add(dest);
      }
      src.pause();
    }
    if (!ondrain) {
      ondrain = pipeOnDrain(src, dest);
      dest.on('drain', ondrain);
    }
  }
  src.on('data', ondata);
  function ondata(chunk) {
    const ret = dest.write(chunk);
    if (ret === false) pause();
  }
  function onerror(er) {
    unpipe();
    dest.removeListener('error', onerror);
    if (dest.listenerCount('error') === 0) {
      const s = dest._writableState || dest._readableState;
      if (s && !s.errorEmitted) errorOrDestroy(dest, er);
      else dest.emit('error', er);
    }
  }
  prependListener(dest, 'error', onerror);
  function onclose() {
    dest.removeListener('finish', onfinish);
    unpipe();
  }
  dest.once('close', onclose);
  function onfinish() {
    dest.removeListener('close', onclose);
    unpipe();
  }
  dest.once('finish', onfinish);
  function unpipe() {
    src.unpipe(dest);
  }
  dest.emit('pipe', src);
  if (dest.writableNeedDrain === true) pause();
  else if (!state.flowing) src.resume();
  return dest;
};

function pipeOnDrain(src, dest) {
  return function pipeOnDrainFunctionResult() {
    const state = src._readableState;
    if (state.awaitDrainWriters === dest) state.awaitDrainWriters = null;
    else if (state.multiAwaitDrain) state.awaitDrainWriters.delete(dest);
    if ((!state.awaitDrainWriters || state.awaitDrainWriters.size === 0) &&
        src.listenerCount('data')) {
      src.resume();
    }
  };
}

Readable.prototype.unpipe = function(dest) {
  const state = this._readableState;
  const unpipeInfo = { hasUnpiped: false };
  if (state.pipes.length === 0) return this;
  if (!dest) {
    const dests = state.pipes;
    state.pipes = [];
    this.pause();
    for (let i = 0; i < dests.length; i++) dests[i].emit('unpipe', this, { hasUnpiped: false });
    return this;
  }
  const index = state.pipes.indexOf(dest);
  if (index === -1) return this;
  state.pipes.splice(index, 1);
  if (state.pipes.length === 0) this.pause();
  dest.emit('unpipe', this, unpipeInfo);
  return this;
};

Readable.prototype.on = function(ev, fn) {
  const res = Stream.prototype.on.call(this, ev, fn);
  const state = this._readableState;
  if (ev === 'data') {
    state.readableListening = this.listenerCount('readable') > 0;
    if (state.flowing !== false) this.resume();
  } else if (ev === 'readable') {
    if (!state.endEmitted && !state.readableListening) {
      state.readableListening = state.needReadable = true;
      state.flowing = false;
      state.emittedReadable = false;
      if (state.length) emitReadable(this);
      else if (!state.reading) process.nextTick(nReadingNextTick, this);
    }
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.removeListener = function(ev, fn) {
  const res = Stream.prototype.removeListener.call(this, ev, fn);
  if (ev === 'readable') process.nextTick(updateReadableListening, this);
  return res;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function(ev) {
  const res = Stream.prototype.removeAllListeners.apply(this, arguments);
  if (ev === 'readable' || ev === undefined) process.nextTick(updateReadableListening, this);
  return res;
};

function updateReadableListening(self) {
  const state = self._readableState;
  state.readableListening = self.listenerCount('readable') > 0;
  if (state.resumeScheduled && state[kPaused] === false) state.flowing = true;
  else if (self.listenerCount('data') > 0) self.resume();
  else if (!state.readableListening) state.flowing = null;
}

function nReadingNextTick(self) {
  self.read(0);
}

Readable.prototype.resume = function() {
  const state = this._readableState;
  if (!state.flowing) {
    state.flowing = !state.readableListening;
    if (!state.resumeScheduled) {
      state.resumeScheduled = true;
      process.nextTick(resume_, this, state);
    }
  }
  state[kPaused] = false;
  return this;
};

function resume_(stream, state) {
  if (!state.reading) stream.read(0);
  state.resumeScheduled = false;
  stream.emit('resume');
  flow(stream);
  if (state.flowing && !state.reading) stream.read(0);
}

Readable.prototype.pause = function() {
  const state = this._readableState;
  if (state.flowing !== false) {
    state.flowing = false;
    this.emit('pause');
  }
  state[kPaused] = true;
  return this;
};

function flow(stream) {
  const state = stream._readableState;
  while (state.flowing && stream.read() !== null);
}

Readable.prototype.wrap = function(stream) {
  let paused = false;
  stream.on('data', (chunk) => {
    if (!this.push(chunk) && stream.pause) {
      paused = true;
      stream.pause();
    }
  });
  stream.on('end', () => { this.push(null); });
  stream.on('error', (err) => { errorOrDestroy(this, err); });
  stream.on('close', () => { this.destroy(); });
  stream.on('destroy', () => { this.destroy(); });
  this._read = () => {
    if (paused && stream.resume) {
      paused = false;
      stream.resume();
    }
  };
  const keys = Object.keys(stream);
  for (let j = 1; j < keys.length; j++) {
    const i = keys[j];
    if (this[i] === undefined && typeof stream[i] === 'function') this[i] = stream[i].bind(stream);
  }
  return this;
};

function getEos() {
  if (!eos) eos = require('internal/streams/end-of-stream');
  return eos;
}

Readable.prototype[Symbol.asyncIterator] = function() {
  return streamToAsyncIterator(this);
};

Readable.prototype.iterator = function(options) {
  if (options !== undefined) validateObject(options, 'options');
  return streamToAsyncIterator(this, options);
};

function streamToAsyncIterator(stream, options) {
  if (typeof stream.read !== 'function') stream = Readable.wrap(stream, { objectMode: true });
  const iter = createAsyncIterator(stream, options);
  iter.stream = stream;
  return iter;
}

async function* createAsyncIterator(stream, options) {
  let callback = nop;
  function next(resolve) {
    if (this === stream) {
      callback();
      callback = nop;
    } else {
      callback = resolve;
    }
  }
  stream.on('readable', next);
  let error;
  const cleanup = getEos()(stream, { writable: false }, (err) => {
    error = err ? aggregateTwoErrors(error, err) : null;
    callback();
    callback = nop;
  });
  try {
    while (true) {
      const chunk = stream.destroyed ? null : stream.read();
      if (chunk !== null) yield chunk;
      else if (error) throw error;
      else if (error === null) return;
      else await new Promise(next);
    }
  } catch (err) {
    error = aggregateTwoErrors(error, err);
    throw error;
  } finally {
    if ((error || !options || options.destroyOnReturn !== false) &&
        (error === undefined || stream._readableState.autoDestroy)) {
      destroyImpl.destroyer(stream, null);
    } else {
      stream.off('readable', next);
      cleanup();
    }
  }
}

function getter(get, set) {
  const d = { __proto__: null, configurable: true, enumerable: false, get };
  if (set) d.set = set;
  return d;
}

Object.defineProperties(Readable.prototype, {
  readable: getter(function() {
    const r = this._readableState;
    return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
  }, function(val) {
    if (this._readableState) this._readableState.readable = !!val;
  }),
  readableDidRead: { __proto__: null, enumerable: false, get() { return this._readableState.dataEmitted; } },
  readableAborted: {
    __proto__: null,
    enumerable: false,
    get() {
      const r = this._readableState;
      return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
    },
  },
  readableHighWaterMark: { __proto__: null, enumerable: false, get() { return this._readableState.highWaterMark; } },
  readableBuffer: { __proto__: null, enumerable: false, get() { return this._readableState && this._readableState.buffer; } },
  readableFlowing: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState.flowing; },
    set(state) { if (this._readableState) this._readableState.flowing = state; },
  },
  readableLength: { __proto__: null, enumerable: false, get() { return this._readableState.length; } },
  readableObjectMode: { __proto__: null, enumerable: false, get() { return this._readableState ? this._readableState.objectMode : false; } },
  readableEncoding: { __proto__: null, enumerable: false, get() { return this._readableState ? this._readableState.encoding : null; } },
  errored: { __proto__: null, enumerable: false, get() { return this._readableState ? this._readableState.errored : null; } },
  closed: { __proto__: null, get() { return this._readableState ? this._readableState.closed : false; } },
  destroyed: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState ? this._readableState.destroyed : false; },
    set(value) { if (this._readableState) this._readableState.destroyed = value; },
  },
  readableEnded: { __proto__: null, enumerable: false, get() { return this._readableState ? this._readableState.endEmitted : false; } },
});

function endReadable(stream) {
  const state = stream._readableState;
  if (!state.endEmitted) {
    state.ended = true;
    process.nextTick(endReadableNT, state, stream);
  }
}

function endReadableNT(state, stream) {
  if (!state.errored && !state.closeEmitted && !state.endEmitted && state.length === 0) {
    state.endEmitted = true;
    stream.emit('end');
    if (stream.writable && stream.allowHalfOpen === false) {
      process.nextTick(endWritableNT, stream);
    } else if (state.autoDestroy) {
      const w = stream._writableState;
      const autoDestroy = !w || (w.autoDestroy && (w.finished || w.writable === false));
      if (autoDestroy) stream.destroy();
    }
  }
}

function endWritableNT(stream) {
  const writable = stream.writable && !stream.writableEnded && !stream.destroyed;
  if (writable) stream.end();
}

// The buffer is an array read from state.bufferIndex on (taking from the front of a long
// array one at a time must not be quadratic); it is compacted as it is consumed.
function takeFirst(state) {
  const buf = state.buffer;
  const ret = buf[state.bufferIndex];
  buf[state.bufferIndex++] = null;
  if (state.bufferIndex === buf.length) {
    buf.length = 0;
    state.bufferIndex = 0;
  } else if (state.bufferIndex > 1024) {
    buf.splice(0, state.bufferIndex);
    state.bufferIndex = 0;
  }
  return ret;
}

function clearBuffer(state) {
  state.buffer.length = 0;
  state.bufferIndex = 0;
}

function fromList(n, state) {
  if (state.length === 0) return null;
  let ret;
  if (state.objectMode) {
    ret = takeFirst(state);
  } else if (!n || n >= state.length) {
    const buf = state.bufferIndex === 0 ? state.buffer : state.buffer.slice(state.bufferIndex);
    if (state.decoder) ret = buf.join('');
    else if (buf.length === 1) ret = buf[0];
    else ret = Buffer.concat(buf, state.length);
    clearBuffer(state);
  } else {
    ret = consume(n, state, state.decoder);
  }
  return ret;
}

function consume(n, state, isString) {
  const buf = state.buffer;
  const first = buf[state.bufferIndex];
  if (n < first.length) {
    buf[state.bufferIndex] = first.slice(n);
    return first.slice(0, n);
  }
  if (n === first.length) return takeFirst(state);
  if (isString) {
    let ret = '';
    while (n > 0) {
      const str = buf[state.bufferIndex];
      if (n >= str.length) {
        ret += str;
        n -= str.length;
        takeFirst(state);
      } else {
        ret += str.slice(0, n);
        buf[state.bufferIndex] = str.slice(n);
        n = 0;
      }
    }
    return ret;
  }
  const ret = Buffer.allocUnsafe(n);
  let off = 0;
  while (n > 0) {
    const data = buf[state.bufferIndex];
    if (n >= data.length) {
      ret.set(data, off);
      off += data.length;
      n -= data.length;
      takeFirst(state);
    } else {
      ret.set(new Uint8Array(data.buffer, data.byteOffset, n), off);
      buf[state.bufferIndex] = data.slice(n);
      n = 0;
    }
  }
  return ret;
}

function named(name, length, fn) {
  Object.defineProperty(fn, 'name', { __proto__: null, value: name });
  Object.defineProperty(fn, 'length', { __proto__: null, value: length });
  return fn;
}

{
  const { streamReturningOperators, promiseReturningOperators } = require('internal/streams/operators');
  const { ERR_ILLEGAL_CONSTRUCTOR } = require('internal/errors').codes;
  const wrap = (op, returnsStream) => (returnsStream ?
    function() {
      if (new.target) throw new ERR_ILLEGAL_CONSTRUCTOR();
      return Readable.from(op.apply(this, arguments));
    } :
    function() {
      if (new.target) throw new ERR_ILLEGAL_CONSTRUCTOR();
      return op.apply(this, arguments);
    });
  for (const [ops, returnsStream] of [[streamReturningOperators, true], [promiseReturningOperators, false]]) {
    for (const key of Object.keys(ops)) {
      Object.defineProperty(Readable.prototype, key, {
        __proto__: null,
        configurable: true,
        enumerable: false,
        writable: true,
        value: named(key, ops[key].length, wrap(ops[key], returnsStream)),
      });
    }
  }
}

Readable._fromList = fromList;

Readable.from = function(iterable, opts) {
  return require('internal/streams/from')(Readable, iterable, opts);
};

Readable.wrap = function(src, options) {
  return new Readable({
    objectMode: src.readableObjectMode != null ? src.readableObjectMode : (src.objectMode != null ? src.objectMode : true),
    ...options,
    destroy(err, callback) {
      destroyImpl.destroyer(src, err);
      callback(err);
    },
  }).wrap(src);
};

// Web stream adapters (internal/webstreams/adapters).
Readable.fromWeb = function(readableStream, options) {
  return require('internal/webstreams/adapters').newStreamReadableFromReadableStream(readableStream, options);
};
Readable.toWeb = function(streamReadable, options) {
  return require('internal/webstreams/adapters').newReadableStreamFromStreamReadable(streamReadable, options);
};

module.exports = Readable;
