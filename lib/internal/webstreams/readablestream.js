'use strict';
// ReadableStream (WHATWG Streams, section 4): default and byte streams, default and BYOB readers,
// tee, pipeTo/pipeThrough, async iteration and ReadableStream.from. The abstract operations keep
// the standard's names so the code can be checked against it step by step.

const {
  AbortError,
  codes: {
    ERR_ARG_NOT_ITERABLE, ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE, ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  kState, kType, kIsClosedPromise, kControllerErrorFunction, customInspect, customInspectFor,
  nop, createDeferred, setPromiseHandled, invokePromise, isBrand, invalidThis, invalidState,
  resetQueue, queueLength, enqueueValueWithSize, dequeueValue,
  extractHighWaterMark, extractSizeAlgorithm, validateStrategy, validateCallback,
  isDetached, transferArrayBuffer, copyDataBlockBytes, cloneAsUint8Array,
} = require('internal/webstreams/util');

let writableInternals;
function lazyWritable() {
  if (writableInternals === undefined) writableInternals = require('internal/webstreams/writablestream');
  return writableInternals;
}

const kIllegal = Symbol('kIllegal');
const kIsDisturbed = Symbol.for('nodejs.stream.disturbed');
const kIsErrored = Symbol.for('nodejs.stream.errored');
const kIsReadable = Symbol.for('nodejs.stream.readable');

const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

function isReadableStream(value) { return isBrand(value, 'ReadableStream'); }
function isDefaultReader(value) { return isBrand(value, 'ReadableStreamDefaultReader'); }
function isBYOBReader(value) { return isBrand(value, 'ReadableStreamBYOBReader'); }
function isDefaultController(value) { return isBrand(value, 'ReadableStreamDefaultController'); }
function isByteController(value) { return isBrand(value, 'ReadableByteStreamController'); }
function isBYOBRequest(value) { return isBrand(value, 'ReadableStreamBYOBRequest'); }

function rejectThis(name) { return Promise.reject(invalidThis(name)); }

function isArrayBufferView(value) { return ArrayBuffer.isView(value); }

// ==== ReadableStream ==========================================================================

class ReadableStream {
  constructor(source = undefined, strategy = undefined) {
    if (source === kIllegal) {
      initializeReadableStream(this);
      return;
    }
    if (source === null) source = undefined;
    if (source !== undefined && typeof source !== 'object' && typeof source !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('source', 'object', source);
    }
    validateStrategy(strategy);
    initializeReadableStream(this);
    const type = source === undefined ? undefined : source.type;
    if (type !== undefined && `${type}` === 'bytes') {
      if (strategy != null && strategy.size !== undefined) {
        throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.size', strategy.size);
      }
      const hwm = extractHighWaterMark(strategy, 0);
      setUpReadableByteStreamControllerFromSource(this, source, hwm);
    } else {
      if (type !== undefined) throw new ERR_INVALID_ARG_VALUE('source.type', type);
      const size = extractSizeAlgorithm(strategy);
      const hwm = extractHighWaterMark(strategy, 1);
      setUpReadableStreamDefaultControllerFromSource(this, source, hwm, size);
    }
  }

  get locked() {
    if (!isReadableStream(this)) throw invalidThis('ReadableStream');
    return isReadableStreamLocked(this);
  }

  cancel(reason = undefined) {
    if (!isReadableStream(this)) return rejectThis('ReadableStream');
    if (isReadableStreamLocked(this)) {
      return Promise.reject(invalidState('ReadableStream is locked'));
    }
    return readableStreamCancel(this, reason);
  }

  getReader(options = undefined) {
    if (!isReadableStream(this)) throw invalidThis('ReadableStream');
    if (options != null && typeof options !== 'object' && typeof options !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    const mode = options == null ? undefined : options.mode;
    if (mode === undefined) return new ReadableStreamDefaultReader(this);
    if (`${mode}` !== 'byob') throw new ERR_INVALID_ARG_VALUE('options.mode', mode);
    return new ReadableStreamBYOBReader(this);
  }

  pipeThrough(transform, options = undefined) {
    if (!isReadableStream(this)) throw invalidThis('ReadableStream');
    const readable = transform == null ? undefined : transform.readable;
    if (!isReadableStream(readable)) {
      throw new ERR_INVALID_ARG_TYPE('transform.readable', 'ReadableStream', readable);
    }
    const writable = transform.writable;
    const { isWritableStream, isWritableStreamLocked } = lazyWritable();
    if (!isWritableStream(writable)) {
      throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', writable);
    }
    const { preventClose, preventAbort, preventCancel, signal } = readPipeOptions(options);
    if (isReadableStreamLocked(this)) throw invalidState('The ReadableStream is locked');
    if (isWritableStreamLocked(writable)) throw invalidState('The WritableStream is locked');
    const promise = readableStreamPipeTo(this, writable, preventClose, preventAbort, preventCancel,
                                         signal);
    setPromiseHandled(promise);
    return readable;
  }

  pipeTo(destination, options = undefined) {
    try {
      if (!isReadableStream(this)) throw invalidThis('ReadableStream');
      const { isWritableStream, isWritableStreamLocked } = lazyWritable();
      if (!isWritableStream(destination)) {
        throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', destination);
      }
      const { preventClose, preventAbort, preventCancel, signal } = readPipeOptions(options);
      if (isReadableStreamLocked(this)) throw invalidState('The ReadableStream is locked');
      if (isWritableStreamLocked(destination)) throw invalidState('The WritableStream is locked');
      return readableStreamPipeTo(this, destination, preventClose, preventAbort, preventCancel,
                                  signal);
    } catch (err) {
      return Promise.reject(err);
    }
  }

  tee() {
    if (!isReadableStream(this)) throw invalidThis('ReadableStream');
    return readableStreamTee(this, false);
  }

  values(options = undefined) {
    if (!isReadableStream(this)) throw invalidThis('ReadableStream');
    if (options != null && typeof options !== 'object' && typeof options !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    const preventCancel = !!(options != null && options.preventCancel);
    const reader = acquireReadableStreamDefaultReader(this);
    const iterator = Object.create(ReadableStreamAsyncIteratorPrototype);
    iterator[kState] = { reader, preventCancel, ongoing: undefined, isFinished: false, started: false };
    return iterator;
  }

  static from(iterable) {
    return readableStreamFromIterable(iterable);
  }

  get [kIsDisturbed]() { return this[kState].disturbed; }
  get [kIsErrored]() { return this[kState].state === 'errored'; }
  get [kIsReadable]() { return this[kState].state === 'readable'; }
}

ReadableStream.prototype[customInspect] = customInspectFor('ReadableStream', function() {
  return {
    locked: this.locked,
    state: this[kState].state,
    supportsBYOB: isByteController(this[kState].controller),
  };
});
ReadableStream.prototype[Symbol.asyncIterator] = ReadableStream.prototype.values;

function readPipeOptions(options) {
  if (options != null && typeof options !== 'object' && typeof options !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
  }
  const o = options == null ? {} : options;
  const preventAbort = !!o.preventAbort;
  const preventCancel = !!o.preventCancel;
  const preventClose = !!o.preventClose;
  const signal = o.signal;
  if (signal !== undefined) {
    const { AbortSignal } = require('internal/abort_controller');
    if (!(signal instanceof AbortSignal)) {
      throw new ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
    }
  }
  return { preventAbort, preventCancel, preventClose, signal };
}

function initializeReadableStream(stream) {
  stream[kType] = 'ReadableStream';
  stream[kState] = {
    state: 'readable',
    reader: undefined,
    storedError: undefined,
    disturbed: false,
    controller: undefined,
  };
  stream[kIsClosedPromise] = createDeferred();
  setPromiseHandled(stream[kIsClosedPromise].promise);
}

function createReadableStream(startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark = 1,
                              sizeAlgorithm = () => 1) {
  const stream = new ReadableStream(kIllegal);
  const controller = Object.create(ReadableStreamDefaultController.prototype);
  setUpReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm,
                                       cancelAlgorithm, highWaterMark, sizeAlgorithm);
  return stream;
}

function createReadableByteStream(startAlgorithm, pullAlgorithm, cancelAlgorithm) {
  const stream = new ReadableStream(kIllegal);
  const controller = Object.create(ReadableByteStreamController.prototype);
  setUpReadableByteStreamController(stream, controller, startAlgorithm, pullAlgorithm,
                                    cancelAlgorithm, 0, undefined);
  return stream;
}

function isReadableStreamLocked(stream) {
  return stream[kState].reader !== undefined;
}

function readableStreamCancel(stream, reason) {
  const s = stream[kState];
  s.disturbed = true;
  if (s.state === 'closed') return Promise.resolve(undefined);
  if (s.state === 'errored') return Promise.reject(s.storedError);
  readableStreamClose(stream);
  const reader = s.reader;
  if (reader !== undefined && isBYOBReader(reader)) {
    const requests = reader[kState].readIntoRequests;
    reader[kState].readIntoRequests = [];
    for (const request of requests) request.close(undefined);
  }
  const sourceCancelPromise = s.controller[kCancelSteps](reason);
  return sourceCancelPromise.then(nop);
}

function readableStreamClose(stream) {
  const s = stream[kState];
  s.state = 'closed';
  stream[kIsClosedPromise].resolve();
  const reader = s.reader;
  if (reader === undefined) return;
  reader[kState].closedPromise.resolve(undefined);
  if (isDefaultReader(reader)) {
    const requests = reader[kState].readRequests;
    reader[kState].readRequests = [];
    for (const request of requests) request.close();
  }
}

function readableStreamError(stream, e) {
  const s = stream[kState];
  s.state = 'errored';
  s.storedError = e;
  stream[kIsClosedPromise].reject(e);
  const reader = s.reader;
  if (reader === undefined) return;
  const closed = reader[kState].closedPromise;
  closed.reject(e);
  setPromiseHandled(closed.promise);
  if (isDefaultReader(reader)) {
    readableStreamDefaultReaderErrorReadRequests(reader, e);
  } else {
    readableStreamBYOBReaderErrorReadIntoRequests(reader, e);
  }
}

function readableStreamAddReadRequest(stream, readRequest) {
  stream[kState].reader[kState].readRequests.push(readRequest);
}

function readableStreamAddReadIntoRequest(stream, readIntoRequest) {
  stream[kState].reader[kState].readIntoRequests.push(readIntoRequest);
}

function readableStreamFulfillReadRequest(stream, chunk, done) {
  const reader = stream[kState].reader;
  const readRequest = reader[kState].readRequests.shift();
  if (done) readRequest.close();
  else readRequest.chunk(chunk);
}

function readableStreamFulfillReadIntoRequest(stream, chunk, done) {
  const reader = stream[kState].reader;
  const readIntoRequest = reader[kState].readIntoRequests.shift();
  if (done) readIntoRequest.close(chunk);
  else readIntoRequest.chunk(chunk);
}

function readableStreamGetNumReadRequests(stream) {
  return stream[kState].reader[kState].readRequests.length;
}

function readableStreamGetNumReadIntoRequests(stream) {
  return stream[kState].reader[kState].readIntoRequests.length;
}

function readableStreamHasDefaultReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && isDefaultReader(reader);
}

function readableStreamHasBYOBReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && isBYOBReader(reader);
}

// ==== readers =================================================================================

function newClosedDeferred() {
  const d = createDeferred();
  return d;
}

function readableStreamReaderGenericInitialize(reader, stream) {
  const r = reader[kState];
  r.stream = stream;
  stream[kState].reader = reader;
  const state = stream[kState].state;
  r.closedPromise = newClosedDeferred();
  if (state === 'closed') {
    r.closedPromise.resolve(undefined);
  } else if (state === 'errored') {
    r.closedPromise.reject(stream[kState].storedError);
    setPromiseHandled(r.closedPromise.promise);
  }
}

function readableStreamReaderGenericCancel(reader, reason) {
  return readableStreamCancel(reader[kState].stream, reason);
}

function readableStreamReaderGenericRelease(reader) {
  const r = reader[kState];
  const stream = r.stream;
  const err = invalidState('Reader released');
  if (stream[kState].state === 'readable') {
    r.closedPromise.reject(err);
  } else {
    r.closedPromise = newClosedDeferred();
    r.closedPromise.reject(err);
  }
  setPromiseHandled(r.closedPromise.promise);
  stream[kState].controller[kReleaseSteps]();
  stream[kState].reader = undefined;
  r.stream = undefined;
}

function readableStreamDefaultReaderErrorReadRequests(reader, e) {
  const requests = reader[kState].readRequests;
  reader[kState].readRequests = [];
  for (const request of requests) request.error(e);
}

function readableStreamBYOBReaderErrorReadIntoRequests(reader, e) {
  const requests = reader[kState].readIntoRequests;
  reader[kState].readIntoRequests = [];
  for (const request of requests) request.error(e);
}

function readableStreamDefaultReaderRelease(reader) {
  readableStreamReaderGenericRelease(reader);
  readableStreamDefaultReaderErrorReadRequests(reader, invalidState('Releasing reader'));
}

function readableStreamBYOBReaderRelease(reader) {
  readableStreamReaderGenericRelease(reader);
  readableStreamBYOBReaderErrorReadIntoRequests(reader, invalidState('Releasing reader'));
}

function readableStreamDefaultReaderRead(reader, readRequest) {
  const stream = reader[kState].stream;
  const s = stream[kState];
  s.disturbed = true;
  if (s.state === 'closed') readRequest.close();
  else if (s.state === 'errored') readRequest.error(s.storedError);
  else s.controller[kPullSteps](readRequest);
}

function readableStreamBYOBReaderRead(reader, view, min, readIntoRequest) {
  const stream = reader[kState].stream;
  const s = stream[kState];
  s.disturbed = true;
  if (s.state === 'errored') readIntoRequest.error(s.storedError);
  else readableByteStreamControllerPullInto(s.controller, view, min, readIntoRequest);
}

function acquireReadableStreamDefaultReader(stream) {
  return new ReadableStreamDefaultReader(stream);
}

function acquireReadableStreamBYOBReader(stream) {
  return new ReadableStreamBYOBReader(stream);
}

function readerInspectFields(requestsKey) {
  return function() {
    const r = this[kState];
    return {
      stream: r.stream,
      [requestsKey]: r[requestsKey].length,
      close: r.closedPromise.promise,
    };
  };
}

// ReadableStreamGenericReader: closed and cancel(), the same on both reader classes.
function defineGenericReaderMembers(C, isBrandFn) {
  const name = C.name;
  Object.defineProperties(C.prototype, {
    closed: {
      get() {
        if (!isBrandFn(this)) return rejectThis(name);
        return this[kState].closedPromise.promise;
      },
      enumerable: true, configurable: true,
    },
    cancel: {
      value: function cancel(reason = undefined) {
        if (!isBrandFn(this)) return rejectThis(name);
        if (this[kState].stream === undefined) {
          return Promise.reject(invalidState('The reader is not attached to a stream'));
        }
        return readableStreamReaderGenericCancel(this, reason);
      },
      writable: true, enumerable: true, configurable: true,
    },
  });
}

class ReadableStreamDefaultReader {
  constructor(stream) {
    if (!isReadableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    this[kType] = 'ReadableStreamDefaultReader';
    this[kState] = { stream: undefined, closedPromise: undefined, readRequests: [] };
    if (isReadableStreamLocked(stream)) throw invalidState('ReadableStream is locked');
    readableStreamReaderGenericInitialize(this, stream);
  }

  read() {
    if (!isDefaultReader(this)) return rejectThis('ReadableStreamDefaultReader');
    if (this[kState].stream === undefined) {
      return Promise.reject(invalidState('The reader is not attached to a stream'));
    }
    const { promise, resolve, reject } = createDeferred();
    readableStreamDefaultReaderRead(this, {
      chunk(value) { resolve({ value, done: false }); },
      close() { resolve({ value: undefined, done: true }); },
      error(e) { reject(e); },
    });
    return promise;
  }

  releaseLock() {
    if (!isDefaultReader(this)) throw invalidThis('ReadableStreamDefaultReader');
    if (this[kState].stream === undefined) return;
    readableStreamDefaultReaderRelease(this);
  }
}
defineGenericReaderMembers(ReadableStreamDefaultReader, isDefaultReader);
ReadableStreamDefaultReader.prototype[customInspect] =
  customInspectFor('ReadableStreamDefaultReader', readerInspectFields('readRequests'));

class ReadableStreamBYOBReader {
  constructor(stream) {
    if (!isReadableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    this[kType] = 'ReadableStreamBYOBReader';
    this[kState] = { stream: undefined, closedPromise: undefined, readIntoRequests: [] };
    if (isReadableStreamLocked(stream)) throw invalidState('ReadableStream is locked');
    if (!isByteController(stream[kState].controller)) {
      throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be a byte stream');
    }
    readableStreamReaderGenericInitialize(this, stream);
  }

  read(view, options = undefined) {
    if (!isBYOBReader(this)) return rejectThis('ReadableStreamBYOBReader');
    if (!isArrayBufferView(view)) {
      return Promise.reject(new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view));
    }
    if (options != null && typeof options !== 'object' && typeof options !== 'function') {
      return Promise.reject(new ERR_INVALID_ARG_TYPE('options', 'object', options));
    }
    const viewByteLength = view.byteLength;
    if (viewByteLength === 0 || view.buffer.byteLength === 0 || isDetached(view.buffer)) {
      return Promise.reject(invalidState('View or Viewed ArrayBuffer is zero-length or detached'));
    }
    let min = options == null || options.min === undefined ? 1 : options.min;
    min = Math.trunc(+min);
    if (!(min === min) || min === Infinity) min = 0;
    if (min === 0) {
      return Promise.reject(new ERR_INVALID_ARG_VALUE('options.min', min, 'must be greater than 0'));
    }
    if (!(view instanceof DataView)) {
      if (min > view.length) {
        return Promise.reject(new ERR_OUT_OF_RANGE('options.min', '<= view.length', min));
      }
    } else if (min > viewByteLength) {
      return Promise.reject(new ERR_OUT_OF_RANGE('options.min', '<= view.byteLength', min));
    }
    if (this[kState].stream === undefined) {
      return Promise.reject(invalidState('The reader is not attached to a stream'));
    }
    const { promise, resolve, reject } = createDeferred();
    readableStreamBYOBReaderRead(this, view, min, {
      chunk(value) { resolve({ value, done: false }); },
      close(value) { resolve({ value, done: true }); },
      error(e) { reject(e); },
    });
    // Node settles BYOB reads two microtasks after the request (an async method's result).
    return new Promise((res) => res(promise));
  }

  releaseLock() {
    if (!isBYOBReader(this)) throw invalidThis('ReadableStreamBYOBReader');
    if (this[kState].stream === undefined) return;
    readableStreamBYOBReaderRelease(this);
  }
}
defineGenericReaderMembers(ReadableStreamBYOBReader, isBYOBReader);
ReadableStreamBYOBReader.prototype[customInspect] =
  customInspectFor('ReadableStreamBYOBReader', readerInspectFields('readIntoRequests'));

// ==== default controller ======================================================================

const kCancelSteps = Symbol('kCancel');
const kPullSteps = Symbol('kPull');
const kReleaseSteps = Symbol('kRelease');

class ReadableStreamDefaultController {
  constructor() { throw new ERR_ILLEGAL_CONSTRUCTOR(); }

  get desiredSize() {
    if (!isDefaultController(this)) throw invalidThis('ReadableStreamDefaultController');
    return readableStreamDefaultControllerGetDesiredSize(this);
  }

  close() {
    if (!isDefaultController(this)) throw invalidThis('ReadableStreamDefaultController');
    if (!readableStreamDefaultControllerCanCloseOrEnqueue(this)) {
      throw invalidState('Controller is already closed');
    }
    readableStreamDefaultControllerClose(this);
  }

  enqueue(chunk = undefined) {
    if (!isDefaultController(this)) throw invalidThis('ReadableStreamDefaultController');
    if (!readableStreamDefaultControllerCanCloseOrEnqueue(this)) {
      throw invalidState('Controller is already closed');
    }
    readableStreamDefaultControllerEnqueue(this, chunk);
  }

  error(error = undefined) {
    if (!isDefaultController(this)) throw invalidThis('ReadableStreamDefaultController');
    readableStreamDefaultControllerError(this, error);
  }

  [kCancelSteps](reason) {
    resetQueue(this[kState]);
    const result = this[kState].cancelAlgorithm(reason);
    readableStreamDefaultControllerClearAlgorithms(this);
    return result;
  }

  [kPullSteps](readRequest) {
    const c = this[kState];
    const stream = c.stream;
    if (queueLength(c) > 0) {
      const chunk = dequeueValue(c);
      if (c.closeRequested && queueLength(c) === 0) {
        readableStreamDefaultControllerClearAlgorithms(this);
        readableStreamClose(stream);
      } else {
        readableStreamDefaultControllerCallPullIfNeeded(this);
      }
      readRequest.chunk(chunk);
    } else {
      readableStreamAddReadRequest(stream, readRequest);
      readableStreamDefaultControllerCallPullIfNeeded(this);
    }
  }

  [kReleaseSteps]() {}
}
ReadableStreamDefaultController.prototype[customInspect] =
  customInspectFor('ReadableStreamDefaultController', () => ({}));

// ReadableStreamDefaultControllerCallPullIfNeeded and its byte-controller twin: the same steps
// over each controller's ShouldCallPull and Error.
function callPullIfNeeded(controller, shouldCallPull, error) {
  if (!shouldCallPull(controller)) return;
  const c = controller[kState];
  if (c.pulling) {
    c.pullAgain = true;
    return;
  }
  c.pulling = true;
  c.pullAlgorithm().then(() => {
    c.pulling = false;
    if (c.pullAgain) {
      c.pullAgain = false;
      callPullIfNeeded(controller, shouldCallPull, error);
    }
  }, (e) => {
    error(controller, e);
  });
}

function readableStreamDefaultControllerCallPullIfNeeded(controller) {
  callPullIfNeeded(controller, readableStreamDefaultControllerShouldCallPull,
                   readableStreamDefaultControllerError);
}

function readableStreamDefaultControllerShouldCallPull(controller) {
  const c = controller[kState];
  const stream = c.stream;
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return false;
  if (!c.started) return false;
  if (isReadableStreamLocked(stream) && readableStreamGetNumReadRequests(stream) > 0) return true;
  return readableStreamDefaultControllerGetDesiredSize(controller) > 0;
}

function readableStreamDefaultControllerClearAlgorithms(controller) {
  const c = controller[kState];
  c.pullAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
  c.strategySizeAlgorithm = undefined;
}

function readableStreamDefaultControllerClose(controller) {
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return;
  const c = controller[kState];
  c.closeRequested = true;
  if (queueLength(c) === 0) {
    readableStreamDefaultControllerClearAlgorithms(controller);
    readableStreamClose(c.stream);
  }
}

function readableStreamDefaultControllerEnqueue(controller, chunk) {
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return;
  const c = controller[kState];
  const stream = c.stream;
  if (isReadableStreamLocked(stream) && readableStreamGetNumReadRequests(stream) > 0) {
    readableStreamFulfillReadRequest(stream, chunk, false);
  } else {
    let chunkSize;
    try {
      chunkSize = c.strategySizeAlgorithm(chunk);
    } catch (e) {
      readableStreamDefaultControllerError(controller, e);
      throw e;
    }
    try {
      enqueueValueWithSize(c, chunk, chunkSize);
    } catch (e) {
      readableStreamDefaultControllerError(controller, e);
      throw e;
    }
  }
  readableStreamDefaultControllerCallPullIfNeeded(controller);
}

function readableStreamDefaultControllerError(controller, e) {
  const c = controller[kState];
  const stream = c.stream;
  if (stream[kState].state !== 'readable') return;
  resetQueue(c);
  readableStreamDefaultControllerClearAlgorithms(controller);
  readableStreamError(stream, e);
}

function readableStreamDefaultControllerGetDesiredSize(controller) {
  const c = controller[kState];
  const state = c.stream[kState].state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return c.strategyHWM - c.queueTotalSize;
}

function readableStreamDefaultControllerHasBackpressure(controller) {
  return !readableStreamDefaultControllerShouldCallPull(controller);
}

function readableStreamDefaultControllerCanCloseOrEnqueue(controller) {
  const c = controller[kState];
  return !c.closeRequested && c.stream[kState].state === 'readable';
}

function setUpReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm,
                                              cancelAlgorithm, highWaterMark, sizeAlgorithm) {
  controller[kType] = 'ReadableStreamDefaultController';
  const c = controller[kState] = {
    stream,
    queue: undefined, queueHead: 0, queueTotalSize: 0,
    started: false, closeRequested: false, pullAgain: false, pulling: false,
    strategySizeAlgorithm: sizeAlgorithm, strategyHWM: highWaterMark,
    pullAlgorithm, cancelAlgorithm,
  };
  resetQueue(c);
  stream[kState].controller = controller;
  stream[kControllerErrorFunction] = (e) => readableStreamDefaultControllerError(controller, e);
  const startResult = startAlgorithm();
  new Promise((resolve) => resolve(startResult)).then(() => {
    c.started = true;
    readableStreamDefaultControllerCallPullIfNeeded(controller);
  }, (r) => {
    readableStreamDefaultControllerError(controller, r);
  });
}

function setUpReadableStreamDefaultControllerFromSource(stream, source, highWaterMark, sizeAlgorithm) {
  const controller = Object.create(ReadableStreamDefaultController.prototype);
  const start = validateCallback(source, 'start', 'source');
  const pull = validateCallback(source, 'pull', 'source');
  const cancel = validateCallback(source, 'cancel', 'source');
  setUpReadableStreamDefaultController(
    stream, controller,
    () => (start === undefined ? undefined : start.call(source, controller)),
    pull === undefined ? () => Promise.resolve() : () => invokePromise(pull, source, controller),
    cancel === undefined ? () => Promise.resolve() : (reason) => invokePromise(cancel, source, reason),
    highWaterMark, sizeAlgorithm);
}

// ==== byte stream controller ==================================================================

class ReadableStreamBYOBRequest {
  constructor() { throw new ERR_ILLEGAL_CONSTRUCTOR(); }

  get view() {
    if (!isBYOBRequest(this)) throw invalidThis('ReadableStreamBYOBRequest');
    return this[kState].view;
  }

  respond(bytesWritten) {
    if (!isBYOBRequest(this)) throw invalidThis('ReadableStreamBYOBRequest');
    const r = this[kState];
    const n = +bytesWritten;
    if (n !== n || n < 0 || n > Number.MAX_SAFE_INTEGER) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
    }
    if (r.controller === undefined) throw invalidState('This BYOB request has been invalidated');
    if (r.view.byteLength === 0 || isDetached(r.view.buffer)) {
      throw invalidState('Viewed ArrayBuffer is detached');
    }
    readableByteStreamControllerRespond(r.controller, Math.trunc(n));
  }

  respondWithNewView(view) {
    if (!isBYOBRequest(this)) throw invalidThis('ReadableStreamBYOBRequest');
    if (!isArrayBufferView(view)) {
      throw new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view);
    }
    const r = this[kState];
    if (r.controller === undefined) throw invalidState('This BYOB request has been invalidated');
    if (isDetached(view.buffer)) throw invalidState('Viewed ArrayBuffer is detached');
    readableByteStreamControllerRespondWithNewView(r.controller, view);
  }
}
ReadableStreamBYOBRequest.prototype[customInspect] =
  customInspectFor('ReadableStreamBYOBRequest', function() {
    return { view: this[kState].view, controller: this[kState].controller };
  });

class ReadableByteStreamController {
  constructor() { throw new ERR_ILLEGAL_CONSTRUCTOR(); }

  get byobRequest() {
    if (!isByteController(this)) throw invalidThis('ReadableByteStreamController');
    return readableByteStreamControllerGetBYOBRequest(this);
  }

  get desiredSize() {
    if (!isByteController(this)) throw invalidThis('ReadableByteStreamController');
    return readableByteStreamControllerGetDesiredSize(this);
  }

  close() {
    if (!isByteController(this)) throw invalidThis('ReadableByteStreamController');
    const c = this[kState];
    if (c.closeRequested) throw invalidState('Controller is already closed');
    if (c.stream[kState].state !== 'readable') throw invalidState('ReadableStream is already closed');
    readableByteStreamControllerClose(this);
  }

  enqueue(chunk) {
    if (!isByteController(this)) throw invalidThis('ReadableByteStreamController');
    if (!isArrayBufferView(chunk)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], chunk);
    }
    if (chunk.byteLength === 0 || chunk.buffer.byteLength === 0) {
      throw invalidState('chunk ArrayBuffer is zero-length or detached');
    }
    const c = this[kState];
    if (c.closeRequested) throw invalidState('Controller is already closed');
    if (c.stream[kState].state !== 'readable') throw invalidState('ReadableStream is already closed');
    readableByteStreamControllerEnqueue(this, chunk);
  }

  error(error = undefined) {
    if (!isByteController(this)) throw invalidThis('ReadableByteStreamController');
    readableByteStreamControllerError(this, error);
  }

  [kCancelSteps](reason) {
    readableByteStreamControllerClearPendingPullIntos(this);
    resetQueue(this[kState]);
    const result = this[kState].cancelAlgorithm(reason);
    readableByteStreamControllerClearAlgorithms(this);
    return result;
  }

  [kPullSteps](readRequest) {
    const c = this[kState];
    const stream = c.stream;
    if (c.queueTotalSize > 0) {
      readableByteStreamControllerFillReadRequestFromQueue(this, readRequest);
      return;
    }
    const autoAllocateChunkSize = c.autoAllocateChunkSize;
    if (autoAllocateChunkSize !== undefined) {
      let buffer;
      try {
        buffer = new ArrayBuffer(autoAllocateChunkSize);
      } catch (e) {
        readRequest.error(e);
        return;
      }
      c.pendingPullIntos.push({
        buffer, bufferByteLength: autoAllocateChunkSize, byteOffset: 0,
        byteLength: autoAllocateChunkSize, bytesFilled: 0, minimumFill: 1, elementSize: 1,
        viewConstructor: Uint8Array, readerType: 'default',
      });
    }
    readableStreamAddReadRequest(stream, readRequest);
    readableByteStreamControllerCallPullIfNeeded(this);
  }

  [kReleaseSteps]() {
    const c = this[kState];
    if (c.pendingPullIntos.length > 0) {
      const first = c.pendingPullIntos[0];
      first.readerType = 'none';
      c.pendingPullIntos = [first];
    }
  }
}
ReadableByteStreamController.prototype[customInspect] =
  customInspectFor('ReadableByteStreamController', () => ({}));

function readableByteStreamControllerCallPullIfNeeded(controller) {
  callPullIfNeeded(controller, readableByteStreamControllerShouldCallPull,
                   readableByteStreamControllerError);
}

function readableByteStreamControllerShouldCallPull(controller) {
  const c = controller[kState];
  const stream = c.stream;
  if (stream[kState].state !== 'readable') return false;
  if (c.closeRequested) return false;
  if (!c.started) return false;
  if (readableStreamHasDefaultReader(stream) && readableStreamGetNumReadRequests(stream) > 0) return true;
  if (readableStreamHasBYOBReader(stream) && readableStreamGetNumReadIntoRequests(stream) > 0) return true;
  return readableByteStreamControllerGetDesiredSize(controller) > 0;
}

function readableByteStreamControllerClearAlgorithms(controller) {
  const c = controller[kState];
  c.pullAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
}

function readableByteStreamControllerClearPendingPullIntos(controller) {
  readableByteStreamControllerInvalidateBYOBRequest(controller);
  controller[kState].pendingPullIntos = [];
}

function readableByteStreamControllerInvalidateBYOBRequest(controller) {
  const c = controller[kState];
  if (c.byobRequest === null) return;
  c.byobRequest[kState].controller = undefined;
  c.byobRequest[kState].view = null;
  c.byobRequest = null;
}

function readableByteStreamControllerClose(controller) {
  const c = controller[kState];
  const stream = c.stream;
  if (c.closeRequested || stream[kState].state !== 'readable') return;
  if (c.queueTotalSize > 0) {
    c.closeRequested = true;
    return;
  }
  if (c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    if (first.bytesFilled % first.elementSize !== 0) {
      const e = invalidState('Partial read');
      readableByteStreamControllerError(controller, e);
      throw e;
    }
  }
  readableByteStreamControllerClearAlgorithms(controller);
  readableStreamClose(stream);
}

function readableByteStreamControllerEnqueue(controller, chunk) {
  const c = controller[kState];
  const stream = c.stream;
  const buffer = chunk.buffer;
  const byteOffset = chunk.byteOffset;
  const byteLength = chunk.byteLength;
  if (c.closeRequested || stream[kState].state !== 'readable') return;
  if (isDetached(buffer)) throw invalidState('chunk ArrayBuffer is zero-length or detached');
  const transferredBuffer = transferArrayBuffer(buffer);
  if (c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    if (isDetached(first.buffer)) throw invalidState('Viewed ArrayBuffer is detached');
    readableByteStreamControllerInvalidateBYOBRequest(controller);
    first.buffer = transferArrayBuffer(first.buffer);
    if (first.readerType === 'none') {
      readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, first);
    }
  }
  if (readableStreamHasDefaultReader(stream)) {
    readableByteStreamControllerProcessReadRequestsUsingQueue(controller);
    if (readableStreamGetNumReadRequests(stream) === 0) {
      readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    } else {
      if (c.pendingPullIntos.length > 0) readableByteStreamControllerShiftPendingPullInto(controller);
      const transferredView = new Uint8Array(transferredBuffer, byteOffset, byteLength);
      readableStreamFulfillReadRequest(stream, transferredView, false);
    }
  } else if (readableStreamHasBYOBReader(stream)) {
    readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    const filled = readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
    for (const pullInto of filled) readableByteStreamControllerCommitPullIntoDescriptor(stream, pullInto);
  } else {
    readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
  }
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerEnqueueChunkToQueue(controller, buffer, byteOffset, byteLength) {
  const c = controller[kState];
  c.queue.push({ buffer, byteOffset, byteLength });
  c.queueTotalSize += byteLength;
}

function readableByteStreamControllerEnqueueClonedChunkToQueue(controller, buffer, byteOffset, byteLength) {
  let clone;
  try {
    clone = buffer.slice(byteOffset, byteOffset + byteLength);
  } catch (e) {
    readableByteStreamControllerError(controller, e);
    throw e;
  }
  readableByteStreamControllerEnqueueChunkToQueue(controller, clone, 0, byteLength);
}

function readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, pullInto) {
  if (pullInto.bytesFilled > 0) {
    readableByteStreamControllerEnqueueClonedChunkToQueue(controller, pullInto.buffer,
                                                          pullInto.byteOffset, pullInto.bytesFilled);
  }
  readableByteStreamControllerShiftPendingPullInto(controller);
}

function readableByteStreamControllerError(controller, e) {
  const c = controller[kState];
  const stream = c.stream;
  if (stream[kState].state !== 'readable') return;
  readableByteStreamControllerClearPendingPullIntos(controller);
  resetQueue(c);
  readableByteStreamControllerClearAlgorithms(controller);
  readableStreamError(stream, e);
}

function readableByteStreamControllerFillHeadPullIntoDescriptor(controller, size, pullInto) {
  pullInto.bytesFilled += size;
}

function readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, pullInto) {
  const c = controller[kState];
  const maxBytesToCopy = Math.min(c.queueTotalSize, pullInto.byteLength - pullInto.bytesFilled);
  const maxBytesFilled = pullInto.bytesFilled + maxBytesToCopy;
  let totalBytesToCopyRemaining = maxBytesToCopy;
  let ready = false;
  const remainderBytes = maxBytesFilled % pullInto.elementSize;
  const maxAlignedBytes = maxBytesFilled - remainderBytes;
  if (maxAlignedBytes >= pullInto.minimumFill) {
    totalBytesToCopyRemaining = maxAlignedBytes - pullInto.bytesFilled;
    ready = true;
  }
  const queue = c.queue;
  while (totalBytesToCopyRemaining > 0) {
    const head = queue[0];
    const bytesToCopy = Math.min(totalBytesToCopyRemaining, head.byteLength);
    const destStart = pullInto.byteOffset + pullInto.bytesFilled;
    copyDataBlockBytes(pullInto.buffer, destStart, head.buffer, head.byteOffset, bytesToCopy);
    if (head.byteLength === bytesToCopy) {
      queue.shift();
    } else {
      head.byteOffset += bytesToCopy;
      head.byteLength -= bytesToCopy;
    }
    c.queueTotalSize -= bytesToCopy;
    readableByteStreamControllerFillHeadPullIntoDescriptor(controller, bytesToCopy, pullInto);
    totalBytesToCopyRemaining -= bytesToCopy;
  }
  return ready;
}

function readableByteStreamControllerFillReadRequestFromQueue(controller, readRequest) {
  const c = controller[kState];
  const entry = c.queue.shift();
  c.queueTotalSize -= entry.byteLength;
  readableByteStreamControllerHandleQueueDrain(controller);
  const view = new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength);
  readRequest.chunk(view);
}

function readableByteStreamControllerGetBYOBRequest(controller) {
  const c = controller[kState];
  if (c.byobRequest === null && c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    const view = new Uint8Array(first.buffer, first.byteOffset + first.bytesFilled,
                                first.byteLength - first.bytesFilled);
    const request = Object.create(ReadableStreamBYOBRequest.prototype);
    request[kType] = 'ReadableStreamBYOBRequest';
    request[kState] = { controller, view };
    c.byobRequest = request;
  }
  return c.byobRequest;
}

function readableByteStreamControllerGetDesiredSize(controller) {
  const c = controller[kState];
  const state = c.stream[kState].state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return c.strategyHWM - c.queueTotalSize;
}

function readableByteStreamControllerHandleQueueDrain(controller) {
  const c = controller[kState];
  if (c.queueTotalSize === 0 && c.closeRequested) {
    readableByteStreamControllerClearAlgorithms(controller);
    readableStreamClose(c.stream);
  } else {
    readableByteStreamControllerCallPullIfNeeded(controller);
  }
}

function readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller) {
  const c = controller[kState];
  const filled = [];
  while (c.pendingPullIntos.length > 0) {
    if (c.queueTotalSize === 0) break;
    const pullInto = c.pendingPullIntos[0];
    if (readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, pullInto)) {
      readableByteStreamControllerShiftPendingPullInto(controller);
      filled.push(pullInto);
    }
  }
  return filled;
}

function readableByteStreamControllerProcessReadRequestsUsingQueue(controller) {
  const c = controller[kState];
  const reader = c.stream[kState].reader;
  while (reader[kState].readRequests.length > 0) {
    if (c.queueTotalSize === 0) return;
    const readRequest = reader[kState].readRequests.shift();
    readableByteStreamControllerFillReadRequestFromQueue(controller, readRequest);
  }
}

const kTypedArrayCtors = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array,
  Int32Array, Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array];
function viewConstructorOf(view) {
  if (view instanceof DataView) return DataView;
  const tag = Object.prototype.toString.call(view);
  for (const C of kTypedArrayCtors) {
    if (tag === `[object ${C.name}]`) return C;
  }
  return Uint8Array;
}

function readableByteStreamControllerPullInto(controller, view, min, readIntoRequest) {
  const c = controller[kState];
  const stream = c.stream;
  const ctor = viewConstructorOf(view);
  const elementSize = ctor === DataView ? 1 : ctor.BYTES_PER_ELEMENT;
  const minimumFill = min * elementSize;
  const byteOffset = view.byteOffset;
  const byteLength = view.byteLength;
  let buffer;
  try {
    buffer = transferArrayBuffer(view.buffer);
  } catch (e) {
    readIntoRequest.error(e);
    return;
  }
  const pullInto = {
    buffer, bufferByteLength: buffer.byteLength, byteOffset, byteLength, bytesFilled: 0,
    minimumFill, elementSize, viewConstructor: ctor, readerType: 'byob',
  };
  if (c.pendingPullIntos.length > 0) {
    c.pendingPullIntos.push(pullInto);
    readableStreamAddReadIntoRequest(stream, readIntoRequest);
    return;
  }
  if (stream[kState].state === 'closed') {
    const emptyView = new ctor(pullInto.buffer, pullInto.byteOffset, 0);
    readIntoRequest.close(emptyView);
    return;
  }
  if (c.queueTotalSize > 0) {
    if (readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, pullInto)) {
      const filledView = readableByteStreamControllerConvertPullIntoDescriptor(pullInto);
      readableByteStreamControllerHandleQueueDrain(controller);
      readIntoRequest.chunk(filledView);
      return;
    }
    if (c.closeRequested) {
      const e = invalidState('ReadableStream closed');
      readableByteStreamControllerError(controller, e);
      readIntoRequest.error(e);
      return;
    }
  }
  c.pendingPullIntos.push(pullInto);
  readableStreamAddReadIntoRequest(stream, readIntoRequest);
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerConvertPullIntoDescriptor(pullInto) {
  const buffer = transferArrayBuffer(pullInto.buffer);
  return new pullInto.viewConstructor(buffer, pullInto.byteOffset,
                                      pullInto.bytesFilled / pullInto.elementSize);
}

function readableByteStreamControllerCommitPullIntoDescriptor(stream, pullInto) {
  let done = false;
  if (stream[kState].state === 'closed') done = true;
  const filledView = readableByteStreamControllerConvertPullIntoDescriptor(pullInto);
  if (pullInto.readerType === 'default') {
    readableStreamFulfillReadRequest(stream, filledView, done);
  } else {
    readableStreamFulfillReadIntoRequest(stream, filledView, done);
  }
}

function readableByteStreamControllerShiftPendingPullInto(controller) {
  return controller[kState].pendingPullIntos.shift();
}

function readableByteStreamControllerRespond(controller, bytesWritten) {
  const c = controller[kState];
  const first = c.pendingPullIntos[0];
  const state = c.stream[kState].state;
  if (state === 'closed') {
    if (bytesWritten !== 0) throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten);
  } else {
    if (bytesWritten === 0) throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten);
    if (first.bytesFilled + bytesWritten > first.byteLength) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
    }
  }
  first.buffer = transferArrayBuffer(first.buffer);
  readableByteStreamControllerRespondInternal(controller, bytesWritten);
}

function readableByteStreamControllerRespondInternal(controller, bytesWritten) {
  const c = controller[kState];
  const first = c.pendingPullIntos[0];
  readableByteStreamControllerInvalidateBYOBRequest(controller);
  if (c.stream[kState].state === 'closed') {
    readableByteStreamControllerRespondInClosedState(controller, first);
  } else {
    readableByteStreamControllerRespondInReadableState(controller, bytesWritten, first);
  }
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerRespondInClosedState(controller, first) {
  if (first.readerType === 'none') readableByteStreamControllerShiftPendingPullInto(controller);
  const stream = controller[kState].stream;
  if (readableStreamHasBYOBReader(stream)) {
    const filled = [];
    while (filled.length < readableStreamGetNumReadIntoRequests(stream)) {
      filled.push(readableByteStreamControllerShiftPendingPullInto(controller));
    }
    for (const pullInto of filled) readableByteStreamControllerCommitPullIntoDescriptor(stream, pullInto);
  }
}

function readableByteStreamControllerRespondInReadableState(controller, bytesWritten, pullInto) {
  const stream = controller[kState].stream;
  readableByteStreamControllerFillHeadPullIntoDescriptor(controller, bytesWritten, pullInto);
  if (pullInto.readerType === 'none') {
    readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, pullInto);
    const filled = readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
    for (const p of filled) readableByteStreamControllerCommitPullIntoDescriptor(stream, p);
    return;
  }
  if (pullInto.bytesFilled < pullInto.minimumFill) return;
  readableByteStreamControllerShiftPendingPullInto(controller);
  const remainderSize = pullInto.bytesFilled % pullInto.elementSize;
  if (remainderSize > 0) {
    const end = pullInto.byteOffset + pullInto.bytesFilled;
    readableByteStreamControllerEnqueueClonedChunkToQueue(controller, pullInto.buffer,
                                                          end - remainderSize, remainderSize);
  }
  pullInto.bytesFilled -= remainderSize;
  const filled = readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
  readableByteStreamControllerCommitPullIntoDescriptor(stream, pullInto);
  for (const p of filled) readableByteStreamControllerCommitPullIntoDescriptor(stream, p);
}

function readableByteStreamControllerRespondWithNewView(controller, view) {
  const c = controller[kState];
  const first = c.pendingPullIntos[0];
  const state = c.stream[kState].state;
  if (state === 'closed') {
    if (view.byteLength !== 0) throw invalidState('View is not zero-length');
  } else if (view.byteLength === 0) {
    throw invalidState('View is zero-length');
  }
  if (first.byteOffset + first.bytesFilled !== view.byteOffset) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view, 'has an invalid byteOffset');
  }
  if (first.bufferByteLength !== view.buffer.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view, 'has an invalid buffer byteLength');
  }
  if (first.bytesFilled + view.byteLength > first.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view, 'is too large');
  }
  const viewByteLength = view.byteLength;
  first.buffer = transferArrayBuffer(view.buffer);
  readableByteStreamControllerRespondInternal(controller, viewByteLength);
}

function setUpReadableByteStreamController(stream, controller, startAlgorithm, pullAlgorithm,
                                           cancelAlgorithm, highWaterMark, autoAllocateChunkSize) {
  controller[kType] = 'ReadableByteStreamController';
  const c = controller[kState] = {
    stream, pullAgain: false, pulling: false, byobRequest: null,
    queue: undefined, queueHead: 0, queueTotalSize: 0,
    closeRequested: false, started: false, strategyHWM: highWaterMark,
    pullAlgorithm, cancelAlgorithm, autoAllocateChunkSize, pendingPullIntos: [],
  };
  resetQueue(c);
  stream[kState].controller = controller;
  const startResult = startAlgorithm();
  new Promise((resolve) => resolve(startResult)).then(() => {
    c.started = true;
    readableByteStreamControllerCallPullIfNeeded(controller);
  }, (r) => {
    readableByteStreamControllerError(controller, r);
  });
}

function setUpReadableByteStreamControllerFromSource(stream, source, highWaterMark) {
  const controller = Object.create(ReadableByteStreamController.prototype);
  const start = validateCallback(source, 'start', 'source');
  const pull = validateCallback(source, 'pull', 'source');
  const cancel = validateCallback(source, 'cancel', 'source');
  let autoAllocateChunkSize = source.autoAllocateChunkSize;
  if (autoAllocateChunkSize !== undefined) {
    const n = +autoAllocateChunkSize;
    if (!Number.isInteger(n) || n <= 0) {
      throw new ERR_INVALID_ARG_VALUE('source.autoAllocateChunkSize', autoAllocateChunkSize);
    }
    autoAllocateChunkSize = n;
  }
  setUpReadableByteStreamController(
    stream, controller,
    () => (start === undefined ? undefined : start.call(source, controller)),
    pull === undefined ? () => Promise.resolve() : () => invokePromise(pull, source, controller),
    cancel === undefined ? () => Promise.resolve() : (reason) => invokePromise(cancel, source, reason),
    highWaterMark, autoAllocateChunkSize);
}

// ==== tee =====================================================================================

function readableStreamTee(stream, cloneForBranch2) {
  if (isByteController(stream[kState].controller)) return readableByteStreamTee(stream);
  return readableStreamDefaultTee(stream, cloneForBranch2);
}

function readableStreamDefaultTee(stream, cloneForBranch2) {
  const reader = acquireReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgain = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = createDeferred();

  function pullAlgorithm() {
    if (reading) {
      readAgain = true;
      return Promise.resolve();
    }
    reading = true;
    readableStreamDefaultReaderRead(reader, {
      chunk(chunk) {
        queueMicrotask(() => {
          readAgain = false;
          const chunk1 = chunk;
          const chunk2 = chunk;
          if (!canceled1) readableStreamDefaultControllerEnqueue(branch1[kState].controller, chunk1);
          if (!canceled2) readableStreamDefaultControllerEnqueue(branch2[kState].controller, chunk2);
          reading = false;
          if (readAgain) pullAlgorithm();
        });
      },
      close() {
        reading = false;
        if (!canceled1) readableStreamDefaultControllerClose(branch1[kState].controller);
        if (!canceled2) readableStreamDefaultControllerClose(branch2[kState].controller);
        if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
      },
      error() {
        reading = false;
      },
    });
    return Promise.resolve();
  }

  function cancel1Algorithm(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  function cancel2Algorithm(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  branch1 = createReadableStream(nop, pullAlgorithm, cancel1Algorithm);
  branch2 = createReadableStream(nop, pullAlgorithm, cancel2Algorithm);
  reader[kState].closedPromise.promise.then(undefined, (r) => {
    readableStreamDefaultControllerError(branch1[kState].controller, r);
    readableStreamDefaultControllerError(branch2[kState].controller, r);
    if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
  });
  return [branch1, branch2];
}

function readableByteStreamTee(stream) {
  let reader = acquireReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgainForBranch1 = false;
  let readAgainForBranch2 = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = createDeferred();
  const ctrl = (branch) => branch[kState].controller;

  function forwardReaderError(thisReader) {
    thisReader[kState].closedPromise.promise.then(undefined, (r) => {
      if (thisReader !== reader) return;
      readableByteStreamControllerError(ctrl(branch1), r);
      readableByteStreamControllerError(ctrl(branch2), r);
      if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
    });
  }

  function cloneFailed(e) {
    readableByteStreamControllerError(ctrl(branch1), e);
    readableByteStreamControllerError(ctrl(branch2), e);
    cancelPromise.resolve(readableStreamCancel(stream, e));
  }

  function pullWithDefaultReader() {
    if (isBYOBReader(reader)) {
      readableStreamBYOBReaderRelease(reader);
      reader = acquireReadableStreamDefaultReader(stream);
      forwardReaderError(reader);
    }
    readableStreamDefaultReaderRead(reader, {
      chunk(chunk) {
        queueMicrotask(() => {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          const chunk1 = chunk;
          let chunk2 = chunk;
          if (!canceled1 && !canceled2) {
            try {
              chunk2 = cloneAsUint8Array(chunk);
            } catch (e) {
              cloneFailed(e);
              return;
            }
          }
          if (!canceled1) readableByteStreamControllerEnqueue(ctrl(branch1), chunk1);
          if (!canceled2) readableByteStreamControllerEnqueue(ctrl(branch2), chunk2);
          reading = false;
          if (readAgainForBranch1) pull1Algorithm();
          else if (readAgainForBranch2) pull2Algorithm();
        });
      },
      close() {
        reading = false;
        if (!canceled1) readableByteStreamControllerClose(ctrl(branch1));
        if (!canceled2) readableByteStreamControllerClose(ctrl(branch2));
        if (ctrl(branch1)[kState].pendingPullIntos.length > 0) {
          readableByteStreamControllerRespond(ctrl(branch1), 0);
        }
        if (ctrl(branch2)[kState].pendingPullIntos.length > 0) {
          readableByteStreamControllerRespond(ctrl(branch2), 0);
        }
        if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
      },
      error() {
        reading = false;
      },
    });
  }

  function pullWithBYOBReader(view, forBranch2) {
    if (isDefaultReader(reader)) {
      readableStreamDefaultReaderRelease(reader);
      reader = acquireReadableStreamBYOBReader(stream);
      forwardReaderError(reader);
    }
    const byobBranch = forBranch2 ? branch2 : branch1;
    const otherBranch = forBranch2 ? branch1 : branch2;
    readableStreamBYOBReaderRead(reader, view, 1, {
      chunk(chunk) {
        queueMicrotask(() => {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          const byobCanceled = forBranch2 ? canceled2 : canceled1;
          const otherCanceled = forBranch2 ? canceled1 : canceled2;
          if (!otherCanceled) {
            let clonedChunk;
            try {
              clonedChunk = cloneAsUint8Array(chunk);
            } catch (e) {
              cloneFailed(e);
              return;
            }
            if (!byobCanceled) readableByteStreamControllerRespondWithNewView(ctrl(byobBranch), chunk);
            readableByteStreamControllerEnqueue(ctrl(otherBranch), clonedChunk);
          } else if (!byobCanceled) {
            readableByteStreamControllerRespondWithNewView(ctrl(byobBranch), chunk);
          }
          reading = false;
          if (readAgainForBranch1) pull1Algorithm();
          else if (readAgainForBranch2) pull2Algorithm();
        });
      },
      close(chunk) {
        reading = false;
        const byobCanceled = forBranch2 ? canceled2 : canceled1;
        const otherCanceled = forBranch2 ? canceled1 : canceled2;
        if (!byobCanceled) readableByteStreamControllerClose(ctrl(byobBranch));
        if (!otherCanceled) readableByteStreamControllerClose(ctrl(otherBranch));
        if (chunk !== undefined) {
          if (!byobCanceled) readableByteStreamControllerRespondWithNewView(ctrl(byobBranch), chunk);
          if (!otherCanceled && ctrl(otherBranch)[kState].pendingPullIntos.length > 0) {
            readableByteStreamControllerRespond(ctrl(otherBranch), 0);
          }
        }
        if (!byobCanceled || !otherCanceled) cancelPromise.resolve(undefined);
      },
      error() {
        reading = false;
      },
    });
  }

  function pull1Algorithm() {
    if (reading) {
      readAgainForBranch1 = true;
      return Promise.resolve();
    }
    reading = true;
    const byobRequest = readableByteStreamControllerGetBYOBRequest(ctrl(branch1));
    if (byobRequest === null) pullWithDefaultReader();
    else pullWithBYOBReader(byobRequest[kState].view, false);
    return Promise.resolve();
  }

  function pull2Algorithm() {
    if (reading) {
      readAgainForBranch2 = true;
      return Promise.resolve();
    }
    reading = true;
    const byobRequest = readableByteStreamControllerGetBYOBRequest(ctrl(branch2));
    if (byobRequest === null) pullWithDefaultReader();
    else pullWithBYOBReader(byobRequest[kState].view, true);
    return Promise.resolve();
  }

  function cancel1Algorithm(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  function cancel2Algorithm(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  branch1 = createReadableByteStream(nop, pull1Algorithm, cancel1Algorithm);
  branch2 = createReadableByteStream(nop, pull2Algorithm, cancel2Algorithm);
  forwardReaderError(reader);
  return [branch1, branch2];
}

// ==== pipeTo ==================================================================================

function readableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel, signal) {
  const W = lazyWritable();
  const reader = acquireReadableStreamDefaultReader(source);
  const writer = W.acquireWritableStreamDefaultWriter(dest);
  source[kState].disturbed = true;
  let shuttingDown = false;
  let currentWrite = Promise.resolve();
  const result = createDeferred();
  let abortAlgorithm;

  const destState = () => dest[kState].state;

  function finalize(isError, error) {
    W.writableStreamDefaultWriterRelease(writer);
    readableStreamDefaultReaderRelease(reader);
    if (signal !== undefined) signal.removeEventListener('abort', abortAlgorithm);
    if (isError) result.reject(error);
    else result.resolve(undefined);
  }

  function waitForWritesToFinish() {
    const oldCurrentWrite = currentWrite;
    const check = () => (oldCurrentWrite !== currentWrite ? waitForWritesToFinish() : undefined);
    return currentWrite.then(check, check);
  }

  function shutdownWithAction(action, originalIsError, originalError) {
    if (shuttingDown) return;
    shuttingDown = true;
    const doTheRest = () => {
      action().then(() => finalize(originalIsError, originalError),
                    (newError) => finalize(true, newError));
    };
    if (destState() === 'writable' && !W.writableStreamCloseQueuedOrInFlight(dest)) {
      waitForWritesToFinish().then(doTheRest);
    } else {
      doTheRest();
    }
  }

  function shutdown(isError, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    if (destState() === 'writable' && !W.writableStreamCloseQueuedOrInFlight(dest)) {
      waitForWritesToFinish().then(() => finalize(isError, error));
    } else {
      finalize(isError, error);
    }
  }

  if (signal !== undefined) {
    abortAlgorithm = () => {
      const error = signal.reason !== undefined ? signal.reason : new AbortError();
      const actions = [];
      if (!preventAbort) {
        actions.push(() => (destState() === 'writable' ? W.writableStreamAbort(dest, error) : Promise.resolve()));
      }
      if (!preventCancel) {
        actions.push(() => (source[kState].state === 'readable' ? readableStreamCancel(source, error) : Promise.resolve()));
      }
      shutdownWithAction(() => Promise.all(actions.map((a) => a())), true, error);
    };
    if (signal.aborted) {
      abortAlgorithm();
      return result.promise;
    }
    signal.addEventListener('abort', abortAlgorithm, { once: true });
  }

  function pipeStep() {
    if (shuttingDown) return Promise.resolve(true);
    return writer[kState].readyPromise.promise.then(() => new Promise((resolve, reject) => {
      readableStreamDefaultReaderRead(reader, {
        chunk(chunk) {
          currentWrite = W.writableStreamDefaultWriterWrite(writer, chunk);
          setPromiseHandled(currentWrite);
          resolve(false);
        },
        close() { resolve(true); },
        error: reject,
      });
    }));
  }

  function pipeLoop() {
    return new Promise((resolveLoop, rejectLoop) => {
      function next(done) {
        if (done) resolveLoop();
        else pipeStep().then(next, rejectLoop);
      }
      next(false);
    });
  }

  // Errors must be propagated forward.
  const sourceErrored = (storedError) => {
    if (!preventAbort) shutdownWithAction(() => W.writableStreamAbort(dest, storedError), true, storedError);
    else shutdown(true, storedError);
  };
  if (source[kState].state === 'errored') sourceErrored(source[kState].storedError);
  else reader[kState].closedPromise.promise.then(undefined, sourceErrored);

  // Errors must be propagated backward.
  const destErrored = (storedError) => {
    if (!preventCancel) shutdownWithAction(() => readableStreamCancel(source, storedError), true, storedError);
    else shutdown(true, storedError);
  };
  if (destState() === 'errored') destErrored(dest[kState].storedError);
  else writer[kState].closedPromise.promise.then(undefined, destErrored);

  // Closing must be propagated forward.
  const sourceClosed = () => {
    if (!preventClose) {
      shutdownWithAction(() => W.writableStreamDefaultWriterCloseWithErrorPropagation(writer));
    } else {
      shutdown();
    }
  };
  if (source[kState].state === 'closed') sourceClosed();
  else reader[kState].closedPromise.promise.then(sourceClosed, nop);

  // Closing must be propagated backward.
  if (W.writableStreamCloseQueuedOrInFlight(dest) || destState() === 'closed') {
    const destClosed = invalidState('Destination WritableStream is closed');
    if (!preventCancel) shutdownWithAction(() => readableStreamCancel(source, destClosed), true, destClosed);
    else shutdown(true, destClosed);
  }

  setPromiseHandled(pipeLoop());
  return result.promise;
}

// ==== async iteration =========================================================================

// Node's iterator: the first next() waits one microtask, every next() chains on the previous
// one, and return() runs after the pending next() settles.
const ReadableStreamAsyncIteratorPrototype = Object.create(AsyncIteratorPrototype, {
  next: {
    value: function next() {
      const it = this != null ? this[kState] : undefined;
      if (it === undefined || it.reader === undefined) {
        return Promise.reject(invalidThis('ReadableStreamAsyncIterator'));
      }
      const nextSteps = () => {
        if (it.isFinished) return Promise.resolve({ value: undefined, done: true });
        const reader = it.reader;
        if (reader[kState].stream === undefined) {
          return Promise.reject(invalidState('The reader is not bound to a ReadableStream'));
        }
        const { promise, resolve, reject } = createDeferred();
        readableStreamDefaultReaderRead(reader, {
          chunk(value) {
            it.ongoing = undefined;
            resolve({ value, done: false });
          },
          close() {
            it.isFinished = true;
            readableStreamReaderGenericRelease(reader);
            resolve({ value: undefined, done: true });
          },
          error(e) {
            it.isFinished = true;
            readableStreamReaderGenericRelease(reader);
            reject(e);
          },
        });
        return promise;
      };
      if (!it.started) {
        it.started = true;
        it.ongoing = Promise.resolve();
      }
      it.ongoing = it.ongoing !== undefined ? it.ongoing.then(nextSteps, nextSteps) : nextSteps();
      return it.ongoing;
    },
    writable: true, enumerable: true, configurable: true,
  },
  return: {
    value: function(value = undefined) {
      const it = this != null ? this[kState] : undefined;
      if (it === undefined || it.reader === undefined) {
        return Promise.reject(invalidThis('ReadableStreamAsyncIterator'));
      }
      const returnSteps = async () => {
        if (it.isFinished) return { value, done: true };
        it.isFinished = true;
        const reader = it.reader;
        if (reader[kState].stream === undefined) {
          throw invalidState('The reader is not bound to a ReadableStream');
        }
        if (!it.preventCancel) {
          const result = readableStreamReaderGenericCancel(reader, value);
          readableStreamReaderGenericRelease(reader);
          await result;
          return { value, done: true };
        }
        readableStreamReaderGenericRelease(reader);
        return { value, done: true };
      };
      return it.ongoing !== undefined ? it.ongoing.then(returnSteps, returnSteps) : returnSteps();
    },
    writable: true, enumerable: true, configurable: true,
  },
});

// ==== ReadableStream.from ====================================================================

function getAsyncIterator(obj) {
  if (obj == null) throw new ERR_ARG_NOT_ITERABLE(obj);
  let method = obj[Symbol.asyncIterator];
  if (method == null) {
    const syncMethod = obj[Symbol.iterator];
    if (syncMethod == null) throw new ERR_ARG_NOT_ITERABLE(obj);
    if (typeof syncMethod !== 'function') throw new ERR_INVALID_ARG_TYPE('iterable', 'Iterable', obj);
    const syncIterator = syncMethod.call(obj);
    if (syncIterator === null || typeof syncIterator !== 'object') {
      throw new ERR_INVALID_STATE.TypeError('The iterator method must return an object');
    }
    const syncNext = syncIterator.next;
    const wrap = (result) => {
      if (result === null || typeof result !== 'object') {
        throw new ERR_INVALID_STATE.TypeError('The iterator result must be an object');
      }
      const done = !!result.done;
      return Promise.resolve(result.value).then((v) => ({ value: v, done }));
    };
    return {
      next() {
        try {
          return wrap(syncNext.call(syncIterator));
        } catch (e) {
          return Promise.reject(e);
        }
      },
      get return() {
        const ret = syncIterator.return;
        if (ret == null) return undefined;
        return function(value) {
          try {
            return wrap(ret.call(syncIterator, value));
          } catch (e) {
            return Promise.reject(e);
          }
        };
      },
    };
  }
  if (typeof method !== 'function') throw new ERR_INVALID_ARG_TYPE('iterable', 'AsyncIterable', obj);
  const iterator = method.call(obj);
  if (iterator === null || typeof iterator !== 'object') {
    throw new ERR_INVALID_STATE.TypeError('The iterator method must return an object');
  }
  return iterator;
}

function readableStreamFromIterable(iterable) {
  const iterator = getAsyncIterator(iterable);
  const nextMethod = iterator.next;
  let stream;
  const pullAlgorithm = () => {
    let nextResult;
    try {
      nextResult = nextMethod.call(iterator);
    } catch (e) {
      return Promise.reject(e);
    }
    return new Promise((resolve) => resolve(Promise.resolve(nextResult).then((iterResult) => {
      if (iterResult === null || typeof iterResult !== 'object') {
        throw new ERR_INVALID_STATE.TypeError('The promise returned by the iterator.next() method must fulfill with an object');
      }
      if (iterResult.done) {
        readableStreamDefaultControllerClose(stream[kState].controller);
      } else {
        readableStreamDefaultControllerEnqueue(stream[kState].controller, iterResult.value);
      }
    })));
  };
  const cancelAlgorithm = (reason) => {
    let returnMethod;
    try {
      returnMethod = iterator.return;
    } catch (e) {
      return Promise.reject(e);
    }
    if (returnMethod == null) return Promise.resolve();
    let returnResult;
    try {
      returnResult = returnMethod.call(iterator, reason);
    } catch (e) {
      return Promise.reject(e);
    }
    return Promise.resolve(returnResult).then((r) => {
      if (r === null || typeof r !== 'object') {
        throw new ERR_INVALID_STATE.TypeError('The promise returned by the iterator.return() method must fulfill with an object');
      }
    });
  };
  stream = createReadableStream(nop, pullAlgorithm, cancelAlgorithm, 0);
  return stream;
}

// ==== WebIDL shape ============================================================================

function finishClass(C, name, members) {
  for (const key of members) {
    Object.defineProperty(C.prototype, key, { enumerable: true });
  }
  for (const key of Reflect.ownKeys(C.prototype)) {
    if (typeof key === 'symbol') Object.defineProperty(C.prototype, key, { enumerable: false });
  }
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: name, configurable: true });
}

finishClass(ReadableStream, 'ReadableStream',
            ['locked', 'cancel', 'getReader', 'pipeThrough', 'pipeTo', 'tee', 'values']);
finishClass(ReadableStreamDefaultReader, 'ReadableStreamDefaultReader',
            ['read', 'releaseLock', 'closed', 'cancel']);
finishClass(ReadableStreamBYOBReader, 'ReadableStreamBYOBReader',
            ['read', 'releaseLock', 'closed', 'cancel']);
finishClass(ReadableStreamBYOBRequest, 'ReadableStreamBYOBRequest',
            ['view', 'respond', 'respondWithNewView']);
finishClass(ReadableByteStreamController, 'ReadableByteStreamController',
            ['byobRequest', 'desiredSize', 'close', 'enqueue', 'error']);
finishClass(ReadableStreamDefaultController, 'ReadableStreamDefaultController',
            ['desiredSize', 'close', 'enqueue', 'error']);

module.exports = {
  ReadableStream,
  ReadableStreamDefaultReader,
  ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest,
  ReadableByteStreamController,
  ReadableStreamDefaultController,
  finishClass,
  isReadableStream,
  isReadableStreamLocked,
  createReadableStream,
  createReadableByteStream,
  readableStreamCancel,
  readableStreamClose,
  readableStreamError,
  readableStreamDefaultReaderRead,
  readableStreamDefaultReaderRelease,
  acquireReadableStreamDefaultReader,
  readableStreamDefaultControllerClose,
  readableStreamDefaultControllerEnqueue,
  readableStreamDefaultControllerError,
  readableStreamDefaultControllerGetDesiredSize,
  readableStreamDefaultControllerHasBackpressure,
  readableStreamDefaultControllerCanCloseOrEnqueue,
  readableByteStreamControllerEnqueue,
  readableByteStreamControllerClose,
  readableByteStreamControllerError,
  readableStreamPipeTo,
  readableStreamTee,
};
