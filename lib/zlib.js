'use strict';
// node:zlib. Streams over internalBinding('zlib') handles (src/bindings/zlib.cc): each write hands
// the handle an input range and the free part of `_outBuffer`; the handle reports what is left of
// both in `_writeState` ([availOut, availIn]) and calls processCallback (async) or returns
// (writeSync). Output chunks are slices of `_outBuffer`, which is replaced once full.
const { copyOptions } = require('internal/util');

const {
  codes: {
    ERR_BROTLI_INVALID_PARAM,
    ERR_BUFFER_TOO_LARGE,
    ERR_INTERNAL_ASSERTION,
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
    ERR_TRAILING_JUNK_AFTER_STREAM_END,
    ERR_ZLIB_INITIALIZATION_FAILED,
    ERR_ZSTD_INVALID_PARAM,
  },
  genericNodeError,
} = require('internal/errors');
const { Transform, finished } = require('stream');
const { deprecate } = require('util');
const { isArrayBufferView, isAnyArrayBuffer, isUint8Array } = require('util').types;
const { Buffer, kMaxLength } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const { validateFunction, validateUint32, checkRangesOrGetDefault, validateFiniteNumber } =
  require('internal/validators');
const binding = internalBinding('zlib');
const constants = require('internal/zlib_constants').buildConstants(binding.ZLIB_VERNUM);

const {
  Z_NO_FLUSH, Z_BLOCK, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH,
  Z_MIN_CHUNK, Z_MIN_WINDOWBITS, Z_MAX_WINDOWBITS, Z_MIN_LEVEL, Z_MAX_LEVEL,
  Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL, Z_DEFAULT_CHUNK, Z_DEFAULT_COMPRESSION, Z_DEFAULT_STRATEGY,
  Z_DEFAULT_WINDOWBITS, Z_DEFAULT_MEMLEVEL, Z_FIXED,
  DEFLATE, DEFLATERAW, INFLATE, INFLATERAW, GZIP, GUNZIP, UNZIP,
  BROTLI_DECODE, BROTLI_ENCODE, ZSTD_COMPRESS, ZSTD_DECOMPRESS,
  BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_FLUSH, BROTLI_OPERATION_FINISH,
  BROTLI_OPERATION_EMIT_METADATA,
  ZSTD_e_continue, ZSTD_e_flush, ZSTD_e_end,
} = constants;

const ownerSymbol = Symbol('owner_symbol');
const kError = Symbol('kError');
const kFlushFlag = Symbol('kFlushFlag');

// zlib.codes: the zlib return codes by name and by number.
const codes = {
  Z_OK: constants.Z_OK,
  Z_STREAM_END: constants.Z_STREAM_END,
  Z_NEED_DICT: constants.Z_NEED_DICT,
  Z_ERRNO: constants.Z_ERRNO,
  Z_STREAM_ERROR: constants.Z_STREAM_ERROR,
  Z_DATA_ERROR: constants.Z_DATA_ERROR,
  Z_MEM_ERROR: constants.Z_MEM_ERROR,
  Z_BUF_ERROR: constants.Z_BUF_ERROR,
  Z_VERSION_ERROR: constants.Z_VERSION_ERROR,
};
for (const name of Object.keys(codes)) codes[codes[name]] = name;

// Empty writes that carry a flush kind (used by flush()).
const kFlushBuffers = [];
for (let kind = 0; kind <= Z_BLOCK; kind++) {
  kFlushBuffers[kind] = Buffer.alloc(0);
  kFlushBuffers[kind][kFlushFlag] = kind;
}

// The flush kinds ordered by strength, to combine a chunk's flag with the finishing one.
const flushStrength = [0, 1, 3, 4, 6, 2];
function maxFlush(a, b) {
  return flushStrength[a] > flushStrength[b] ? a : b;
}

function internalAssert(value, message) {
  if (!value) throw new ERR_INTERNAL_ASSERTION(message);
}

function zlibOnError(message, errno, code) {
  const self = this[ownerSymbol];
  const error = genericNodeError(message, { errno, code });
  error.errno = errno;
  error.code = code;
  self.destroy(error);
  self[kError] = error;
}

// ---- ZlibBase: the stream every class builds on -------------------------------------------

function ZlibBase(opts, mode, handle, { flush, finishFlush, fullFlush }) {
  let chunkSize = Z_DEFAULT_CHUNK;
  let maxOutputLength = kMaxLength;
  // Flush kinds are checked against the engine's own range.
  const maxFlushKind = mode === BROTLI_DECODE || mode === BROTLI_ENCODE ?
    BROTLI_OPERATION_EMIT_METADATA :
    mode === ZSTD_COMPRESS || mode === ZSTD_DECOMPRESS ? ZSTD_e_end : Z_BLOCK;
  if (opts) {
    chunkSize = opts.chunkSize;
    if (!validateFiniteNumber(chunkSize, 'options.chunkSize')) {
      chunkSize = Z_DEFAULT_CHUNK;
    } else if (chunkSize < Z_MIN_CHUNK) {
      throw new ERR_OUT_OF_RANGE('options.chunkSize', `>= ${Z_MIN_CHUNK}`, chunkSize);
    }
    flush = checkRangesOrGetDefault(opts.flush, 'options.flush', Z_NO_FLUSH, maxFlushKind, flush);
    finishFlush = checkRangesOrGetDefault(opts.finishFlush, 'options.finishFlush', Z_NO_FLUSH,
                                          maxFlushKind, finishFlush);
    maxOutputLength = checkRangesOrGetDefault(opts.maxOutputLength, 'options.maxOutputLength', 1,
                                              kMaxLength, kMaxLength);
    if (opts.encoding || opts.objectMode || opts.writableObjectMode) {
      opts = copyOptions(opts);
      opts.encoding = null;
      opts.objectMode = false;
      opts.writableObjectMode = false;
    }
  }
  Reflect.apply(Transform, this, [{ autoDestroy: true, ...opts }]);
  this[kError] = null;
  this.bytesWritten = 0;
  this._handle = handle;
  handle[ownerSymbol] = this;
  handle.onerror = zlibOnError;
  this._outBuffer = Buffer.allocUnsafe(chunkSize);
  this._outOffset = 0;
  this._chunkSize = chunkSize;
  this._defaultFlushFlag = flush;
  this._finishFlushFlag = finishFlush;
  this._defaultFullFlushFlag = fullFlush;
  this._info = opts && opts.info;
  this._maxOutputLength = maxOutputLength;
  // Set by DecompressionStream: input left after the end of the data is an error.
  this._rejectGarbageAfterEnd = opts?.rejectGarbageAfterEnd === true;
}
function inherit(cls, Base) {
  Object.setPrototypeOf(cls.prototype, Base.prototype);
  Object.setPrototypeOf(cls, Base);
}
inherit(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '_closed', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return !this._handle; },
});

Object.defineProperty(ZlibBase.prototype, 'bytesRead', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get: deprecate(function() { return this.bytesWritten; },
                 'zlib.bytesRead is deprecated and will change its meaning in the future. ' +
                 'Use zlib.bytesWritten instead.', 'DEP0108'),
  set: deprecate(function(value) { this.bytesWritten = value; },
                 'Setting zlib.bytesRead is deprecated. ' +
                 'This property will change its meaning in the future.', 'DEP0108'),
});

ZlibBase.prototype.reset = function() {
  internalAssert(this._handle, 'zlib binding closed');
  return this._handle.reset();
};

// An empty final write with the finishing flush flag.
ZlibBase.prototype._flush = function(callback) {
  this._transform(Buffer.alloc(0), '', callback);
};

ZlibBase.prototype._final = function(callback) {
  callback();
};

ZlibBase.prototype.flush = function(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    this.write(kFlushBuffers[kind], '', callback);
  }
};

ZlibBase.prototype.close = function(callback) {
  if (callback) finished(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function(err, callback) {
  closeHandle(this);
  callback(err);
};

ZlibBase.prototype._transform = function(chunk, encoding, cb) {
  let flushFlag = this._defaultFlushFlag;
  // A flush() write carries its own kind.
  if (typeof chunk[kFlushFlag] === 'number') flushFlag = chunk[kFlushFlag];
  // The last chunk before end() finishes the stream.
  const ws = this._writableState;
  if ((ws.ending || ws.ended) && ws.length === chunk.byteLength) {
    flushFlag = maxFlush(flushFlag, this._finishFlushFlag);
  }
  processChunk(this, chunk, flushFlag, cb);
};

ZlibBase.prototype._processChunk = function(chunk, flushFlag, cb) {
  if (typeof cb === 'function') {
    processChunk(this, chunk, flushFlag, cb);
  } else {
    return processChunkSync(this, chunk, flushFlag);
  }
};

function processChunkSync(self, chunk, flushFlag) {
  let availInBefore = chunk.byteLength;
  let availOutBefore = self._chunkSize - self._outOffset;
  let inOff = 0;
  let availOutAfter;
  let availInAfter;
  const buffers = [];
  let nread = 0;
  let inputRead = 0;
  const state = self._writeState;
  const handle = self._handle;
  let buffer = self._outBuffer;
  let offset = self._outOffset;
  const chunkSize = self._chunkSize;

  let error;
  self.on('error', function onError(er) {
    error = er;
  });

  while (true) {
    handle.writeSync(flushFlag, chunk, inOff, availInBefore, buffer, offset, availOutBefore);
    if (error) throw error;
    else if (self[kError]) throw self[kError];

    availOutAfter = state[0];
    availInAfter = state[1];
    const inDelta = availInBefore - availInAfter;
    inputRead += inDelta;

    const have = availOutBefore - availOutAfter;
    if (have > 0) {
      const out = buffer.slice(offset, offset + have);
      offset += have;
      buffers.push(out);
      nread += out.byteLength;
      if (nread > self._maxOutputLength) {
        closeHandle(self);
        throw new ERR_BUFFER_TOO_LARGE(self._maxOutputLength);
      }
    } else {
      internalAssert(have === 0, 'have should not go down');
    }

    // The output buffer is full (or used up): continue in a fresh one.
    if (availOutAfter === 0 || offset >= chunkSize) {
      availOutBefore = chunkSize;
      offset = 0;
      buffer = Buffer.allocUnsafe(chunkSize);
    }

    if (availOutAfter === 0) {
      // More output may be pending: go on with the rest of the input.
      inOff += inDelta;
      availInBefore = availInAfter;
    } else {
      break;
    }
  }

  self.bytesWritten = inputRead;
  closeHandle(self);

  if (nread === 0) return Buffer.alloc(0);
  return buffers.length === 1 ? buffers[0] : Buffer.concat(buffers, nread);
}

// processChunkSync for a fresh engine (zlibBufferSync): the binding runs the whole loop and
// hands back either the byte count written to _outBuffer or an ArrayBuffer with all the output.
function processAllSync(self, chunk, flushFlag) {
  let error;
  self.on('error', function onError(er) {
    error = er;
  });
  const result = self._handle.writeSyncAll(flushFlag, chunk, 0, chunk.byteLength,
                                           self._outBuffer, self._outOffset,
                                           self._maxOutputLength);
  if (error) throw error;
  else if (self[kError]) throw self[kError];
  if (result === false) {
    closeHandle(self);
    throw new ERR_BUFFER_TOO_LARGE(self._maxOutputLength);
  }
  self.bytesWritten = chunk.byteLength - self._writeState[1];
  closeHandle(self);
  return wholeResult(self, result);
}

// The output of writeSyncAll/writeAll as the JS loops return it: the one slice of _outBuffer
// when a single write produced it all, else one Buffer as Buffer.concat makes it (from the pool
// when small).
function wholeResult(self, result) {
  if (typeof result === 'number') {
    if (result === 0) return Buffer.alloc(0);
    return self._outBuffer.slice(self._outOffset, self._outOffset + result);
  }
  const out = new FastBuffer(result);
  return out.length < (Buffer.poolSize >>> 1) ? Buffer.concat([out], out.length) : out;
}

function processChunk(self, chunk, flushFlag, cb) {
  const handle = self._handle;
  if (!handle) return process.nextTick(cb);

  handle.buffer = chunk;
  handle.cb = cb;
  handle.availOutBefore = self._chunkSize - self._outOffset;
  handle.availInBefore = chunk.byteLength;
  handle.inOff = 0;
  handle.flushFlag = flushFlag;

  handle.write(flushFlag, chunk, 0, handle.availInBefore, self._outBuffer, self._outOffset,
               handle.availOutBefore);
}

// Runs with `this` = the handle after each threadpool write.
function processCallback() {
  const handle = this;
  const self = this[ownerSymbol];
  const state = self._writeState;

  if (self.destroyed) {
    this.buffer = null;
    this.cb();
    return;
  }

  const availOutAfter = state[0];
  const availInAfter = state[1];
  const inDelta = handle.availInBefore - availInAfter;
  self.bytesWritten += inDelta;

  const have = handle.availOutBefore - availOutAfter;
  let streamBufferIsFull = false;
  if (have > 0) {
    const out = self._outBuffer.slice(self._outOffset, self._outOffset + have);
    self._outOffset += have;
    streamBufferIsFull = !self.push(out);
  } else {
    internalAssert(have === 0, 'have should not go down');
  }

  if (self.destroyed) {
    this.cb();
    return;
  }

  if (availOutAfter === 0 || self._outOffset >= self._chunkSize) {
    handle.availOutBefore = self._chunkSize;
    self._outOffset = 0;
    self._outBuffer = Buffer.allocUnsafe(self._chunkSize);
  }

  if (availOutAfter === 0) {
    // Not all output fit: write again with the rest of the input, once the reader wants more.
    handle.inOff += inDelta;
    handle.availInBefore = availInAfter;

    if (!streamBufferIsFull) {
      this.write(handle.flushFlag, this.buffer, handle.inOff, handle.availInBefore,
                 self._outBuffer, self._outOffset, self._chunkSize);
    } else {
      const oldRead = self._read;
      self._read = (n) => {
        self._read = oldRead;
        this.write(handle.flushFlag, this.buffer, handle.inOff, handle.availInBefore,
                   self._outBuffer, self._outOffset, self._chunkSize);
        self._read(n);
      };
    }
    return;
  }

  if (availInAfter > 0) {
    // Output space is left but input was not consumed: the compressed data ended before the
    // input did (anything after it is ignored, or an error when asked).
    if (self._rejectGarbageAfterEnd) {
      self.destroy(new ERR_TRAILING_JUNK_AFTER_STREAM_END());
      this.buffer = null;
      this.cb();
      return;
    }
    self.push(null);
  }

  this.buffer = null;
  this.cb();
}

function closeHandle(engine) {
  if (engine._handle) engine._handle.close();
  engine._handle = null;
}

// ---- buffer helpers behind the convenience functions ----------------------------------------

function zlibBuffer(engine, buffer, callback) {
  validateFunction(callback, 'callback');
  // Streams take Uint8Arrays: view any other ArrayBufferView's memory as a Buffer.
  if (isArrayBufferView(buffer) && !isUint8Array(buffer)) {
    buffer = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } else if (isAnyArrayBuffer(buffer)) {
    buffer = Buffer.from(buffer);
  }
  engine.buffers = null;
  engine.nread = 0;
  engine.cb = callback;
  if (typeof buffer === 'string') buffer = Buffer.from(buffer, 'utf8');
  if (!engine._info && isUint8Array(buffer)) {
    // The writes engine.end(buffer) would make, as one threadpool job (no stream round trips).
    engine.on('error', zlibBufferOnError);
    const handle = engine._handle;
    handle.availInBefore = buffer.byteLength;
    handle.onwriteall = zlibBufferOnWriteAll;
    handle.writeAll(engine._defaultFlushFlag, buffer, 0, buffer.byteLength,
                    engine._outBuffer, engine._outOffset, engine._maxOutputLength,
                    maxFlush(engine._defaultFlushFlag, engine._finishFlushFlag));
    return;
  }
  engine.on('data', zlibBufferOnData);
  engine.on('error', zlibBufferOnError);
  engine.on('end', zlibBufferOnEnd);
  engine.end(buffer);
}

// Runs with `this` = the handle when a writeAll job is done (see wholeResult).
function zlibBufferOnWriteAll(result) {
  const engine = this[ownerSymbol];
  if (result === false) {
    engine.close();
    engine.cb(new ERR_BUFFER_TOO_LARGE(engine._maxOutputLength));
    return;
  }
  engine.bytesWritten = this.availInBefore - engine._writeState[1];
  engine.nread = typeof result === 'number' ? result : result.byteLength;
  engine.buffers = [wholeResult(engine, result)];
  zlibBufferOnEnd.call(engine);
}

function zlibBufferOnData(chunk) {
  if (!this.buffers) this.buffers = [chunk];
  else this.buffers.push(chunk);
  this.nread += chunk.length;
  if (this.nread > this._maxOutputLength) {
    this.close();
    this.removeAllListeners('end');
    this.cb(new ERR_BUFFER_TOO_LARGE(this._maxOutputLength));
  }
}

function zlibBufferOnError(err) {
  this.removeAllListeners('end');
  this.cb(err);
}

function zlibBufferOnEnd() {
  let buf;
  if (this.nread === 0) {
    buf = Buffer.alloc(0);
  } else {
    const bufs = this.buffers;
    buf = bufs.length === 1 ? bufs[0] : Buffer.concat(bufs, this.nread);
  }
  this.close();
  if (this._info) this.cb(null, { buffer: buf, engine: this });
  else this.cb(null, buf);
}

function zlibBufferSync(engine, buffer) {
  if (typeof buffer === 'string') {
    buffer = Buffer.from(buffer);
  } else if (!isArrayBufferView(buffer)) {
    if (isAnyArrayBuffer(buffer)) {
      buffer = Buffer.from(buffer);
    } else {
      throw new ERR_INVALID_ARG_TYPE('buffer',
                                     ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'],
                                     buffer);
    }
  }
  buffer = processAllSync(engine, buffer, engine._finishFlushFlag);
  if (engine._info) return { buffer, engine };
  return buffer;
}

// ---- zlib classes ---------------------------------------------------------------------------

const zlibDefaultOpts = { flush: Z_NO_FLUSH, finishFlush: Z_FINISH, fullFlush: Z_FULL_FLUSH };

function Zlib(opts, mode) {
  let windowBits = Z_DEFAULT_WINDOWBITS;
  let level = Z_DEFAULT_COMPRESSION;
  let memLevel = Z_DEFAULT_MEMLEVEL;
  let strategy = Z_DEFAULT_STRATEGY;
  let dictionary;

  if (opts) {
    // Decompressors take windowBits 0: use the window size the stream header names.
    if ((opts.windowBits == null || opts.windowBits === 0) &&
        (mode === INFLATE || mode === GUNZIP || mode === UNZIP)) {
      windowBits = 0;
    } else {
      // gzip needs at least 9; raw and zlib deflate take 8.
      windowBits = checkRangesOrGetDefault(opts.windowBits, 'options.windowBits',
                                           Z_MIN_WINDOWBITS + (mode === GZIP ? 1 : 0),
                                           Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS);
    }
    level = checkRangesOrGetDefault(opts.level, 'options.level', Z_MIN_LEVEL, Z_MAX_LEVEL,
                                    Z_DEFAULT_COMPRESSION);
    memLevel = checkRangesOrGetDefault(opts.memLevel, 'options.memLevel', Z_MIN_MEMLEVEL,
                                       Z_MAX_MEMLEVEL, Z_DEFAULT_MEMLEVEL);
    strategy = checkRangesOrGetDefault(opts.strategy, 'options.strategy', Z_DEFAULT_STRATEGY,
                                       Z_FIXED, Z_DEFAULT_STRATEGY);
    dictionary = opts.dictionary;
    if (dictionary !== undefined && !isArrayBufferView(dictionary)) {
      if (isAnyArrayBuffer(dictionary)) {
        dictionary = Buffer.from(dictionary);
      } else {
        throw new ERR_INVALID_ARG_TYPE('options.dictionary',
                                       ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'],
                                       dictionary);
      }
    }
  }

  // zlib accepts windowBits 8 for raw deflate only as 9.
  const handleWindowBits = mode === DEFLATERAW && windowBits === 8 ? 9 : windowBits;
  const handle = new binding.Zlib(mode);
  this._writeState = new Uint32Array(2);
  if (!handle.init(handleWindowBits, level, memLevel, strategy, this._writeState, processCallback,
                   dictionary)) {
    throw new ERR_ZLIB_INITIALIZATION_FAILED();
  }
  Reflect.apply(ZlibBase, this, [opts, mode, handle, zlibDefaultOpts]);
  this._level = level;
  this._strategy = strategy;
  this._mode = mode;
}
inherit(Zlib, ZlibBase);

// params() flushes what was written so far with the old settings first.
function paramsAfterFlushCallback(level, strategy, callback) {
  internalAssert(this._handle, 'zlib binding closed');
  this._handle.params(level, strategy);
  if (!this.destroyed) {
    this._level = level;
    this._strategy = strategy;
    if (callback) callback();
  }
}

Zlib.prototype.params = function params(level, strategy, callback) {
  checkRangesOrGetDefault(level, 'level', Z_MIN_LEVEL, Z_MAX_LEVEL);
  checkRangesOrGetDefault(strategy, 'strategy', Z_DEFAULT_STRATEGY, Z_FIXED);
  if (this._level !== level || this._strategy !== strategy) {
    this.flush(Z_SYNC_FLUSH, paramsAfterFlushCallback.bind(this, level, strategy, callback));
  } else {
    process.nextTick(callback);
  }
};

// The public classes: callable with or without `new`, as Node's are.
function Deflate(opts) {
  if (!(this instanceof Deflate)) return new Deflate(opts);
  Reflect.apply(Zlib, this, [opts, DEFLATE]);
}
function Inflate(opts) {
  if (!(this instanceof Inflate)) return new Inflate(opts);
  Reflect.apply(Zlib, this, [opts, INFLATE]);
}
function Gzip(opts) {
  if (!(this instanceof Gzip)) return new Gzip(opts);
  Reflect.apply(Zlib, this, [opts, GZIP]);
}
function Gunzip(opts) {
  if (!(this instanceof Gunzip)) return new Gunzip(opts);
  Reflect.apply(Zlib, this, [opts, GUNZIP]);
}
function DeflateRaw(opts) {
  if (!(this instanceof DeflateRaw)) return new DeflateRaw(opts);
  // zlib refuses raw streams with 8 window bits; node raises them to 9 in the caller's object.
  if (opts && opts.windowBits === 8) opts.windowBits = 9;
  Reflect.apply(Zlib, this, [opts, DEFLATERAW]);
}
function InflateRaw(opts) {
  if (!(this instanceof InflateRaw)) return new InflateRaw(opts);
  Reflect.apply(Zlib, this, [opts, INFLATERAW]);
}
function Unzip(opts) {
  if (!(this instanceof Unzip)) return new Unzip(opts);
  Reflect.apply(Zlib, this, [opts, UNZIP]);
}
for (const cls of [Deflate, Inflate, Gzip, Gunzip, DeflateRaw, InflateRaw, Unzip]) inherit(cls, Zlib);

// ---- brotli ---------------------------------------------------------------------------------

const kMaxBrotliParam = Math.max(...Object.keys(constants).map(
  (key) => (key.startsWith('BROTLI_PARAM_') ? constants[key] : 0)));
const brotliInitParamsArray = new Uint32Array(kMaxBrotliParam + 1);

const brotliDefaultOpts = {
  flush: BROTLI_OPERATION_PROCESS,
  finishFlush: BROTLI_OPERATION_FINISH,
  fullFlush: BROTLI_OPERATION_FLUSH,
};

// Fills `array` (all 0xFFFFFFFF = unset) from opts.params; keys are parameter numbers.
function readParams(opts, array, maxParam, InvalidParam) {
  array.fill(-1);
  if (opts?.params) {
    for (const origKey of Object.keys(opts.params)) {
      const key = +origKey;
      if (Number.isNaN(key) || key < 0 || key > maxParam || (array[key] | 0) !== -1) {
        throw new InvalidParam(origKey);
      }
      const value = opts.params[origKey];
      if (typeof value !== 'number' && typeof value !== 'boolean') {
        throw new ERR_INVALID_ARG_TYPE('options.params[key]', 'number', opts.params[origKey]);
      }
      array[key] = value;
    }
  }
}

function Brotli(opts, mode) {
  internalAssert(mode === BROTLI_DECODE || mode === BROTLI_ENCODE, 'bad brotli mode');
  readParams(opts, brotliInitParamsArray, kMaxBrotliParam, ERR_BROTLI_INVALID_PARAM);
  const handle = mode === BROTLI_DECODE ?
    new binding.BrotliDecoder(mode) : new binding.BrotliEncoder(mode);
  this._writeState = new Uint32Array(2);
  if (!handle.init(brotliInitParamsArray, this._writeState, processCallback)) {
    throw new ERR_ZLIB_INITIALIZATION_FAILED();
  }
  Reflect.apply(ZlibBase, this, [opts, mode, handle, brotliDefaultOpts]);
}
inherit(Brotli, ZlibBase);

function BrotliCompress(opts) {
  if (!(this instanceof BrotliCompress)) return new BrotliCompress(opts);
  Reflect.apply(Brotli, this, [opts, BROTLI_ENCODE]);
}
function BrotliDecompress(opts) {
  if (!(this instanceof BrotliDecompress)) return new BrotliDecompress(opts);
  Reflect.apply(Brotli, this, [opts, BROTLI_DECODE]);
}
inherit(BrotliCompress, Brotli);
inherit(BrotliDecompress, Brotli);

// ---- zstd -----------------------------------------------------------------------------------

function maxParamWithPrefix(prefix) {
  return Math.max(...Object.keys(constants).map(
    (key) => (key.startsWith(prefix) ? constants[key] : 0)));
}
const kMaxZstdCParam = maxParamWithPrefix('ZSTD_c_');
const kMaxZstdDParam = maxParamWithPrefix('ZSTD_d_');
const zstdCompressParams = new Uint32Array(kMaxZstdCParam + 1);
const zstdDecompressParams = new Uint32Array(kMaxZstdDParam + 1);

const zstdDefaultOpts = {
  flush: ZSTD_e_continue,
  finishFlush: ZSTD_e_end,
  fullFlush: ZSTD_e_flush,
};

function Zstd(opts, mode) {
  internalAssert(mode === ZSTD_COMPRESS || mode === ZSTD_DECOMPRESS, 'bad zstd mode');
  const params = mode === ZSTD_COMPRESS ? zstdCompressParams : zstdDecompressParams;
  readParams(opts, params, mode === ZSTD_COMPRESS ? kMaxZstdCParam : kMaxZstdDParam,
             ERR_ZSTD_INVALID_PARAM);
  const handle = mode === ZSTD_COMPRESS ? new binding.ZstdCompress() : new binding.ZstdDecompress();
  this._writeState = new Uint32Array(2);
  const failure = handle.init(params, opts?.pledgedSrcSize, this._writeState, processCallback);
  if (failure !== undefined) {
    const err = new ERR_ZLIB_INITIALIZATION_FAILED();
    err.message = failure;
    err.stack = `Error: ${failure}${err.stack.slice(err.stack.indexOf('\n'))}`;
    throw err;
  }
  Reflect.apply(ZlibBase, this, [opts, mode, handle, zstdDefaultOpts]);
}
inherit(Zstd, ZlibBase);

function ZstdCompress(opts) {
  if (!(this instanceof ZstdCompress)) return new ZstdCompress(opts);
  Reflect.apply(Zstd, this, [opts, ZSTD_COMPRESS]);
}
function ZstdDecompress(opts) {
  if (!(this instanceof ZstdDecompress)) return new ZstdDecompress(opts);
  Reflect.apply(Zstd, this, [opts, ZSTD_DECOMPRESS]);
}
inherit(ZstdCompress, Zstd);
inherit(ZstdDecompress, Zstd);

// ---- exports --------------------------------------------------------------------------------

function createConvenienceMethod(ctor, sync) {
  if (sync) {
    return function syncBufferWrapper(buffer, opts) {
      return zlibBufferSync(new ctor(opts), buffer);
    };
  }
  return function asyncBufferWrapper(buffer, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    return zlibBuffer(new ctor(opts), buffer, callback);
  };
}

function crc32(data, value = 0) {
  if (typeof data === 'string') {
    data = Buffer.from(data);
  } else if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  validateUint32(value, 'value');
  return binding.crc32(data, value);
}

module.exports = {
  crc32,
  Deflate,
  Inflate,
  Gzip,
  Gunzip,
  DeflateRaw,
  InflateRaw,
  Unzip,
  BrotliCompress,
  BrotliDecompress,
  ZstdCompress,
  ZstdDecompress,

  deflate: createConvenienceMethod(Deflate, false),
  deflateSync: createConvenienceMethod(Deflate, true),
  gzip: createConvenienceMethod(Gzip, false),
  gzipSync: createConvenienceMethod(Gzip, true),
  deflateRaw: createConvenienceMethod(DeflateRaw, false),
  deflateRawSync: createConvenienceMethod(DeflateRaw, true),
  unzip: createConvenienceMethod(Unzip, false),
  unzipSync: createConvenienceMethod(Unzip, true),
  inflate: createConvenienceMethod(Inflate, false),
  inflateSync: createConvenienceMethod(Inflate, true),
  gunzip: createConvenienceMethod(Gunzip, false),
  gunzipSync: createConvenienceMethod(Gunzip, true),
  inflateRaw: createConvenienceMethod(InflateRaw, false),
  inflateRawSync: createConvenienceMethod(InflateRaw, true),
  brotliCompress: createConvenienceMethod(BrotliCompress, false),
  brotliCompressSync: createConvenienceMethod(BrotliCompress, true),
  brotliDecompress: createConvenienceMethod(BrotliDecompress, false),
  brotliDecompressSync: createConvenienceMethod(BrotliDecompress, true),
  zstdCompress: createConvenienceMethod(ZstdCompress, false),
  zstdCompressSync: createConvenienceMethod(ZstdCompress, true),
  zstdDecompress: createConvenienceMethod(ZstdDecompress, false),
  zstdDecompressSync: createConvenienceMethod(ZstdDecompress, true),
};

function createProperty(ctor) {
  return {
    __proto__: null,
    configurable: true,
    enumerable: true,
    value: function(options) {
      return new ctor(options);
    },
  };
}

Object.defineProperties(module.exports, {
  createDeflate: createProperty(Deflate),
  createInflate: createProperty(Inflate),
  createDeflateRaw: createProperty(DeflateRaw),
  createInflateRaw: createProperty(InflateRaw),
  createGzip: createProperty(Gzip),
  createGunzip: createProperty(Gunzip),
  createUnzip: createProperty(Unzip),
  createBrotliCompress: createProperty(BrotliCompress),
  createBrotliDecompress: createProperty(BrotliDecompress),
  createZstdCompress: createProperty(ZstdCompress),
  createZstdDecompress: createProperty(ZstdDecompress),
  constants: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    value: constants,
  },
  codes: {
    __proto__: null,
    enumerable: true,
    writable: false,
    value: Object.freeze(codes),
  },
});

// The legacy top-level copies of the constants (all but BROTLI_*), hidden from enumeration.
for (const key of Object.keys(constants)) {
  if (key.startsWith('BROTLI')) continue;
  Object.defineProperty(module.exports, key, {
    __proto__: null,
    enumerable: false,
    value: constants[key],
    writable: false,
  });
}
