'use strict';
// WritableStream (WHATWG Streams, section 5): the stream, its default writer and controller.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const {
  kState, kType, kIsClosedPromise, kControllerErrorFunction, customInspect, customInspectFor,
  createDeferred, setPromiseHandled, invokePromise, isBrand, invalidThis, invalidState,
  resetQueue, queueLength, enqueueValueWithSize, dequeueValue, peekQueueValue,
  extractHighWaterMark, extractSizeAlgorithm, validateStrategy, validateCallback,
} = require('internal/webstreams/util');

const kIllegal = Symbol('kIllegal');
const kCloseSentinel = Symbol('kCloseSentinel');
const kAbortSteps = Symbol('kAbort');
const kErrorSteps = Symbol('kError');
const kIsErrored = Symbol.for('nodejs.stream.errored');
const kIsWritable = Symbol.for('nodejs.stream.writable');

function isWritableStream(value) { return isBrand(value, 'WritableStream'); }
function isWriter(value) { return isBrand(value, 'WritableStreamDefaultWriter'); }
function isController(value) { return isBrand(value, 'WritableStreamDefaultController'); }
function rejectThis(name) { return Promise.reject(invalidThis(name)); }

// A promise whose settlement the algorithms can query ("pending" or not).
function trackedDeferred() {
  const d = createDeferred();
  d.settled = false;
  const { resolve, reject } = d;
  d.resolve = (v) => { d.settled = true; resolve(v); };
  d.reject = (e) => { d.settled = true; reject(e); };
  return d;
}
function resolvedDeferred(value) {
  const d = trackedDeferred();
  d.resolve(value);
  return d;
}
function rejectedDeferred(error) {
  const d = trackedDeferred();
  d.reject(error);
  setPromiseHandled(d.promise);
  return d;
}

class WritableStream {
  constructor(sink = undefined, strategy = undefined) {
    if (sink === kIllegal) {
      initializeWritableStream(this);
      return;
    }
    if (sink === null) sink = undefined;
    if (sink !== undefined && typeof sink !== 'object' && typeof sink !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('sink', 'object', sink);
    }
    validateStrategy(strategy);
    const type = sink === undefined ? undefined : sink.type;
    if (type !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('type', type);
    initializeWritableStream(this);
    const size = extractSizeAlgorithm(strategy);
    const hwm = extractHighWaterMark(strategy, 1);
    setUpWritableStreamDefaultControllerFromSink(this, sink, hwm, size);
  }

  get locked() {
    if (!isWritableStream(this)) throw invalidThis('WritableStream');
    return isWritableStreamLocked(this);
  }

  abort(reason = undefined) {
    if (!isWritableStream(this)) return rejectThis('WritableStream');
    if (isWritableStreamLocked(this)) return Promise.reject(invalidState('WritableStream is locked'));
    return writableStreamAbort(this, reason);
  }

  close() {
    if (!isWritableStream(this)) return rejectThis('WritableStream');
    if (isWritableStreamLocked(this)) return Promise.reject(invalidState('WritableStream is locked'));
    if (writableStreamCloseQueuedOrInFlight(this)) {
      return Promise.reject(invalidState('Failure closing WritableStream'));
    }
    return writableStreamClose(this);
  }

  getWriter() {
    if (!isWritableStream(this)) throw invalidThis('WritableStream');
    return new WritableStreamDefaultWriter(this);
  }

  get [kIsErrored]() { return this[kState].state === 'errored'; }
  get [kIsWritable]() {
    const s = this[kState];
    return s.state === 'writable' && !writableStreamCloseQueuedOrInFlight(this);
  }
}
WritableStream.prototype[customInspect] = customInspectFor('WritableStream', function() {
  return { locked: this.locked, state: this[kState].state };
});

function initializeWritableStream(stream) {
  stream[kType] = 'WritableStream';
  stream[kState] = {
    state: 'writable',
    storedError: undefined,
    writer: undefined,
    controller: undefined,
    inFlightWriteRequest: undefined,
    closeRequest: undefined,
    inFlightCloseRequest: undefined,
    pendingAbortRequest: undefined,
    writeRequests: [],
    backpressure: false,
  };
  stream[kIsClosedPromise] = createDeferred();
  setPromiseHandled(stream[kIsClosedPromise].promise);
}

function createWritableStream(startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm,
                              highWaterMark = 1, sizeAlgorithm = () => 1) {
  const stream = new WritableStream(kIllegal);
  const controller = Object.create(WritableStreamDefaultController.prototype);
  setUpWritableStreamDefaultController(stream, controller, startAlgorithm, writeAlgorithm,
                                       closeAlgorithm, abortAlgorithm, highWaterMark, sizeAlgorithm);
  return stream;
}

function isWritableStreamLocked(stream) {
  return stream[kState].writer !== undefined;
}

function acquireWritableStreamDefaultWriter(stream) {
  return new WritableStreamDefaultWriter(stream);
}

function writableStreamAbort(stream, reason) {
  const s = stream[kState];
  if (s.state === 'closed' || s.state === 'errored') return Promise.resolve(undefined);
  s.controller[kState].abortController.abort(reason);
  const state = s.state;
  if (state === 'closed' || state === 'errored') return Promise.resolve(undefined);
  if (s.pendingAbortRequest !== undefined) return s.pendingAbortRequest.promise.promise;
  let wasAlreadyErroring = false;
  if (state === 'erroring') {
    wasAlreadyErroring = true;
    reason = undefined;
  }
  const promise = createDeferred();
  s.pendingAbortRequest = { promise, reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) writableStreamStartErroring(stream, reason);
  return promise.promise;
}

function writableStreamClose(stream) {
  const s = stream[kState];
  if (s.state === 'closed' || s.state === 'errored') {
    return Promise.reject(invalidState('WritableStream is closed'));
  }
  const promise = createDeferred();
  s.closeRequest = promise;
  const writer = s.writer;
  if (writer !== undefined && s.backpressure && s.state === 'writable') {
    writer[kState].readyPromise.resolve(undefined);
  }
  writableStreamDefaultControllerClose(s.controller);
  return promise.promise;
}

function writableStreamAddWriteRequest(stream) {
  const d = createDeferred();
  stream[kState].writeRequests.push(d);
  return d.promise;
}

function writableStreamDealWithRejection(stream, error) {
  if (stream[kState].state === 'writable') {
    writableStreamStartErroring(stream, error);
    return;
  }
  writableStreamFinishErroring(stream);
}

function writableStreamStartErroring(stream, reason) {
  const s = stream[kState];
  const controller = s.controller;
  s.state = 'erroring';
  s.storedError = reason;
  const writer = s.writer;
  if (writer !== undefined) writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, reason);
  if (!writableStreamHasOperationMarkedInFlight(stream) && controller[kState].started) {
    writableStreamFinishErroring(stream);
  }
}

function writableStreamFinishErroring(stream) {
  const s = stream[kState];
  s.state = 'errored';
  s.controller[kErrorSteps]();
  const storedError = s.storedError;
  const requests = s.writeRequests;
  s.writeRequests = [];
  for (const request of requests) request.reject(storedError);
  if (s.pendingAbortRequest === undefined) {
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const abortRequest = s.pendingAbortRequest;
  s.pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    abortRequest.promise.reject(storedError);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const promise = s.controller[kAbortSteps](abortRequest.reason);
  promise.then(() => {
    abortRequest.promise.resolve(undefined);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
  }, (reason) => {
    abortRequest.promise.reject(reason);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
  });
}

function writableStreamFinishInFlightWrite(stream) {
  const s = stream[kState];
  s.inFlightWriteRequest.resolve(undefined);
  s.inFlightWriteRequest = undefined;
}

function writableStreamFinishInFlightWriteWithError(stream, error) {
  const s = stream[kState];
  s.inFlightWriteRequest.reject(error);
  s.inFlightWriteRequest = undefined;
  writableStreamDealWithRejection(stream, error);
}

function writableStreamFinishInFlightClose(stream) {
  const s = stream[kState];
  s.inFlightCloseRequest.resolve(undefined);
  s.inFlightCloseRequest = undefined;
  if (s.state === 'erroring') {
    s.storedError = undefined;
    if (s.pendingAbortRequest !== undefined) {
      s.pendingAbortRequest.promise.resolve(undefined);
      s.pendingAbortRequest = undefined;
    }
  }
  s.state = 'closed';
  stream[kIsClosedPromise].resolve();
  const writer = s.writer;
  if (writer !== undefined) writer[kState].closedPromise.resolve(undefined);
}

function writableStreamFinishInFlightCloseWithError(stream, error) {
  const s = stream[kState];
  s.inFlightCloseRequest.reject(error);
  s.inFlightCloseRequest = undefined;
  if (s.pendingAbortRequest !== undefined) {
    s.pendingAbortRequest.promise.reject(error);
    s.pendingAbortRequest = undefined;
  }
  writableStreamDealWithRejection(stream, error);
}

function writableStreamCloseQueuedOrInFlight(stream) {
  const s = stream[kState];
  return s.closeRequest !== undefined || s.inFlightCloseRequest !== undefined;
}

function writableStreamHasOperationMarkedInFlight(stream) {
  const s = stream[kState];
  return s.inFlightWriteRequest !== undefined || s.inFlightCloseRequest !== undefined;
}

function writableStreamMarkCloseRequestInFlight(stream) {
  const s = stream[kState];
  s.inFlightCloseRequest = s.closeRequest;
  s.closeRequest = undefined;
}

function writableStreamMarkFirstWriteRequestInFlight(stream) {
  const s = stream[kState];
  s.inFlightWriteRequest = s.writeRequests.shift();
}

function writableStreamRejectCloseAndClosedPromiseIfNeeded(stream) {
  const s = stream[kState];
  stream[kIsClosedPromise].reject(s.storedError);
  if (s.closeRequest !== undefined) {
    s.closeRequest.reject(s.storedError);
    s.closeRequest = undefined;
  }
  const writer = s.writer;
  if (writer !== undefined) {
    writer[kState].closedPromise.reject(s.storedError);
    setPromiseHandled(writer[kState].closedPromise.promise);
  }
}

function writableStreamUpdateBackpressure(stream, backpressure) {
  const s = stream[kState];
  const writer = s.writer;
  if (writer !== undefined && backpressure !== s.backpressure) {
    if (backpressure) writer[kState].readyPromise = trackedDeferred();
    else writer[kState].readyPromise.resolve(undefined);
  }
  s.backpressure = backpressure;
}

// ==== writer ==================================================================================

class WritableStreamDefaultWriter {
  constructor(stream) {
    if (!isWritableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'WritableStream', stream);
    this[kType] = 'WritableStreamDefaultWriter';
    this[kState] = { stream: undefined, readyPromise: undefined, closedPromise: undefined };
    setUpWritableStreamDefaultWriter(this, stream);
  }

  get closed() {
    if (!isWriter(this)) return rejectThis('WritableStreamDefaultWriter');
    return this[kState].closedPromise.promise;
  }

  get desiredSize() {
    if (!isWriter(this)) throw invalidThis('WritableStreamDefaultWriter');
    if (this[kState].stream === undefined) {
      throw invalidState('Writer is not bound to a WritableStream');
    }
    return writableStreamDefaultWriterGetDesiredSize(this);
  }

  get ready() {
    if (!isWriter(this)) return rejectThis('WritableStreamDefaultWriter');
    return this[kState].readyPromise.promise;
  }

  abort(reason = undefined) {
    if (!isWriter(this)) return rejectThis('WritableStreamDefaultWriter');
    if (this[kState].stream === undefined) {
      return Promise.reject(invalidState('Writer is not bound to a WritableStream'));
    }
    return writableStreamAbort(this[kState].stream, reason);
  }

  close() {
    if (!isWriter(this)) return rejectThis('WritableStreamDefaultWriter');
    const stream = this[kState].stream;
    if (stream === undefined) {
      return Promise.reject(invalidState('Writer is not bound to a WritableStream'));
    }
    if (writableStreamCloseQueuedOrInFlight(stream)) {
      return Promise.reject(invalidState('Failure to close WritableStream'));
    }
    return writableStreamClose(stream);
  }

  releaseLock() {
    if (!isWriter(this)) throw invalidThis('WritableStreamDefaultWriter');
    if (this[kState].stream === undefined) return;
    writableStreamDefaultWriterRelease(this);
  }

  write(chunk = undefined) {
    if (!isWriter(this)) return rejectThis('WritableStreamDefaultWriter');
    if (this[kState].stream === undefined) {
      return Promise.reject(invalidState('Writer is not bound to a WritableStream'));
    }
    return writableStreamDefaultWriterWrite(this, chunk);
  }
}
WritableStreamDefaultWriter.prototype[customInspect] =
  customInspectFor('WritableStreamDefaultWriter', function() {
    const w = this[kState];
    return {
      stream: w.stream,
      close: w.closedPromise.promise,
      ready: w.readyPromise.promise,
      desiredSize: w.stream === undefined ? undefined : writableStreamDefaultWriterGetDesiredSize(this),
    };
  });

function setUpWritableStreamDefaultWriter(writer, stream) {
  if (isWritableStreamLocked(stream)) throw invalidState('WritableStream is locked');
  const w = writer[kState];
  const s = stream[kState];
  w.stream = stream;
  s.writer = writer;
  const state = s.state;
  if (state === 'writable') {
    if (!writableStreamCloseQueuedOrInFlight(stream) && s.backpressure) {
      w.readyPromise = trackedDeferred();
    } else {
      w.readyPromise = resolvedDeferred(undefined);
    }
    w.closedPromise = trackedDeferred();
  } else if (state === 'erroring') {
    w.readyPromise = rejectedDeferred(s.storedError);
    w.closedPromise = trackedDeferred();
  } else if (state === 'closed') {
    w.readyPromise = resolvedDeferred(undefined);
    w.closedPromise = resolvedDeferred(undefined);
  } else {
    w.readyPromise = rejectedDeferred(s.storedError);
    w.closedPromise = rejectedDeferred(s.storedError);
  }
}

function writableStreamDefaultWriterCloseWithErrorPropagation(writer) {
  const stream = writer[kState].stream;
  const s = stream[kState];
  if (writableStreamCloseQueuedOrInFlight(stream) || s.state === 'closed') {
    return Promise.resolve(undefined);
  }
  if (s.state === 'errored') return Promise.reject(s.storedError);
  return writableStreamClose(stream);
}

function writableStreamDefaultWriterEnsureClosedPromiseRejected(writer, error) {
  const w = writer[kState];
  if (!w.closedPromise.settled) w.closedPromise.reject(error);
  else w.closedPromise = rejectedDeferred(error);
  setPromiseHandled(w.closedPromise.promise);
}

function writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, error) {
  const w = writer[kState];
  if (!w.readyPromise.settled) w.readyPromise.reject(error);
  else w.readyPromise = rejectedDeferred(error);
  setPromiseHandled(w.readyPromise.promise);
}

function writableStreamDefaultWriterGetDesiredSize(writer) {
  const stream = writer[kState].stream;
  const state = stream[kState].state;
  if (state === 'errored' || state === 'erroring') return null;
  if (state === 'closed') return 0;
  return writableStreamDefaultControllerGetDesiredSize(stream[kState].controller);
}

function writableStreamDefaultWriterRelease(writer) {
  const stream = writer[kState].stream;
  const releasedError = invalidState('Writer has been released');
  writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, releasedError);
  writableStreamDefaultWriterEnsureClosedPromiseRejected(writer, releasedError);
  stream[kState].writer = undefined;
  writer[kState].stream = undefined;
}

function writableStreamDefaultWriterWrite(writer, chunk) {
  const stream = writer[kState].stream;
  const s = stream[kState];
  const controller = s.controller;
  const chunkSize = writableStreamDefaultControllerGetChunkSize(controller, chunk);
  if (stream !== writer[kState].stream) {
    return Promise.reject(invalidState('Writer is not bound to a WritableStream'));
  }
  const state = s.state;
  if (state === 'errored') return Promise.reject(s.storedError);
  if (writableStreamCloseQueuedOrInFlight(stream) || state === 'closed') {
    return Promise.reject(invalidState('WritableStream is closed'));
  }
  if (state === 'erroring') return Promise.reject(s.storedError);
  const promise = writableStreamAddWriteRequest(stream);
  writableStreamDefaultControllerWrite(controller, chunk, chunkSize);
  return promise;
}

// ==== controller ==============================================================================

class WritableStreamDefaultController {
  constructor() { throw new ERR_ILLEGAL_CONSTRUCTOR(); }

  get signal() {
    if (!isController(this)) throw invalidThis('WritableStreamDefaultController');
    return this[kState].abortController.signal;
  }

  error(error = undefined) {
    if (!isController(this)) throw invalidThis('WritableStreamDefaultController');
    if (this[kState].stream[kState].state !== 'writable') return;
    writableStreamDefaultControllerError(this, error);
  }

  [kAbortSteps](reason) {
    const result = this[kState].abortAlgorithm(reason);
    writableStreamDefaultControllerClearAlgorithms(this);
    return result;
  }

  [kErrorSteps]() {
    resetQueue(this[kState]);
  }
}
WritableStreamDefaultController.prototype[customInspect] =
  customInspectFor('WritableStreamDefaultController', function() {
    return { stream: this[kState].stream };
  });

function setUpWritableStreamDefaultController(stream, controller, startAlgorithm, writeAlgorithm,
                                              closeAlgorithm, abortAlgorithm, highWaterMark,
                                              sizeAlgorithm) {
  controller[kType] = 'WritableStreamDefaultController';
  const { AbortController } = require('internal/abort_controller');
  const c = controller[kState] = {
    stream, queue: undefined, queueHead: 0, queueTotalSize: 0,
    abortController: new AbortController(), started: false,
    strategySizeAlgorithm: sizeAlgorithm, strategyHWM: highWaterMark,
    writeAlgorithm, closeAlgorithm, abortAlgorithm,
  };
  resetQueue(c);
  stream[kState].controller = controller;
  stream[kControllerErrorFunction] = (e) => writableStreamDefaultControllerErrorIfNeeded(controller, e);
  writableStreamUpdateBackpressure(stream, writableStreamDefaultControllerGetBackpressure(controller));
  const startResult = startAlgorithm();
  new Promise((resolve) => resolve(startResult)).then(() => {
    c.started = true;
    writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
  }, (r) => {
    c.started = true;
    writableStreamDealWithRejection(stream, r);
  });
}

function setUpWritableStreamDefaultControllerFromSink(stream, sink, highWaterMark, sizeAlgorithm) {
  const controller = Object.create(WritableStreamDefaultController.prototype);
  const start = validateCallback(sink, 'start', 'sink');
  const write = validateCallback(sink, 'write', 'sink');
  const close = validateCallback(sink, 'close', 'sink');
  const abort = validateCallback(sink, 'abort', 'sink');
  setUpWritableStreamDefaultController(
    stream, controller,
    () => (start === undefined ? undefined : start.call(sink, controller)),
    write === undefined ? () => Promise.resolve() : (chunk) => invokePromise(write, sink, chunk, controller),
    close === undefined ? () => Promise.resolve() : () => invokePromise(close, sink),
    abort === undefined ? () => Promise.resolve() : (reason) => invokePromise(abort, sink, reason),
    highWaterMark, sizeAlgorithm);
}

function writableStreamDefaultControllerClearAlgorithms(controller) {
  const c = controller[kState];
  c.writeAlgorithm = undefined;
  c.closeAlgorithm = undefined;
  c.abortAlgorithm = undefined;
  c.strategySizeAlgorithm = undefined;
}

function writableStreamDefaultControllerClose(controller) {
  enqueueValueWithSize(controller[kState], kCloseSentinel, 0);
  writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
}

function writableStreamDefaultControllerGetChunkSize(controller, chunk) {
  const c = controller[kState];
  if (c.strategySizeAlgorithm === undefined) return 1;
  try {
    return c.strategySizeAlgorithm(chunk);
  } catch (e) {
    writableStreamDefaultControllerErrorIfNeeded(controller, e);
    return 1;
  }
}

function writableStreamDefaultControllerGetDesiredSize(controller) {
  const c = controller[kState];
  return c.strategyHWM - c.queueTotalSize;
}

function writableStreamDefaultControllerWrite(controller, chunk, chunkSize) {
  const c = controller[kState];
  try {
    enqueueValueWithSize(c, chunk, chunkSize);
  } catch (e) {
    writableStreamDefaultControllerErrorIfNeeded(controller, e);
    return;
  }
  const stream = c.stream;
  if (!writableStreamCloseQueuedOrInFlight(stream) && stream[kState].state === 'writable') {
    writableStreamUpdateBackpressure(stream, writableStreamDefaultControllerGetBackpressure(controller));
  }
  writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
}

function writableStreamDefaultControllerAdvanceQueueIfNeeded(controller) {
  const c = controller[kState];
  const stream = c.stream;
  if (!c.started) return;
  if (stream[kState].inFlightWriteRequest !== undefined) return;
  const state = stream[kState].state;
  if (state === 'erroring') {
    writableStreamFinishErroring(stream);
    return;
  }
  if (queueLength(c) === 0) return;
  const value = peekQueueValue(c);
  if (value === kCloseSentinel) writableStreamDefaultControllerProcessClose(controller);
  else writableStreamDefaultControllerProcessWrite(controller, value);
}

function writableStreamDefaultControllerErrorIfNeeded(controller, error) {
  if (controller[kState].stream[kState].state === 'writable') {
    writableStreamDefaultControllerError(controller, error);
  }
}

function writableStreamDefaultControllerProcessClose(controller) {
  const c = controller[kState];
  const stream = c.stream;
  writableStreamMarkCloseRequestInFlight(stream);
  dequeueValue(c);
  const sinkClosePromise = c.closeAlgorithm();
  writableStreamDefaultControllerClearAlgorithms(controller);
  sinkClosePromise.then(() => {
    writableStreamFinishInFlightClose(stream);
  }, (reason) => {
    writableStreamFinishInFlightCloseWithError(stream, reason);
  });
}

function writableStreamDefaultControllerProcessWrite(controller, chunk) {
  const c = controller[kState];
  const stream = c.stream;
  writableStreamMarkFirstWriteRequestInFlight(stream);
  c.writeAlgorithm(chunk).then(() => {
    writableStreamFinishInFlightWrite(stream);
    const state = stream[kState].state;
    dequeueValue(c);
    if (!writableStreamCloseQueuedOrInFlight(stream) && state === 'writable') {
      writableStreamUpdateBackpressure(stream, writableStreamDefaultControllerGetBackpressure(controller));
    }
    writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
  }, (reason) => {
    if (stream[kState].state === 'writable') writableStreamDefaultControllerClearAlgorithms(controller);
    writableStreamFinishInFlightWriteWithError(stream, reason);
  });
}

function writableStreamDefaultControllerGetBackpressure(controller) {
  return writableStreamDefaultControllerGetDesiredSize(controller) <= 0;
}

function writableStreamDefaultControllerError(controller, error) {
  const stream = controller[kState].stream;
  writableStreamDefaultControllerClearAlgorithms(controller);
  writableStreamStartErroring(stream, error);
}

const { finishClass } = require('internal/webstreams/readablestream');
finishClass(WritableStream, 'WritableStream', ['locked', 'abort', 'close', 'getWriter']);
finishClass(WritableStreamDefaultWriter, 'WritableStreamDefaultWriter',
            ['closed', 'desiredSize', 'ready', 'abort', 'close', 'releaseLock', 'write']);
finishClass(WritableStreamDefaultController, 'WritableStreamDefaultController', ['signal', 'error']);

module.exports = {
  WritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,
  isWritableStream,
  isWritableStreamLocked,
  createWritableStream,
  acquireWritableStreamDefaultWriter,
  writableStreamAbort,
  writableStreamClose,
  writableStreamCloseQueuedOrInFlight,
  writableStreamDefaultWriterCloseWithErrorPropagation,
  writableStreamDefaultWriterRelease,
  writableStreamDefaultWriterWrite,
  writableStreamDefaultControllerErrorIfNeeded,
  writableStreamDefaultControllerGetDesiredSize,
};
