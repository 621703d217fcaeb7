'use strict';
// TransformStream (WHATWG Streams, section 6).

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const {
  kState, kType, customInspect, customInspectFor,
  createDeferred, invokePromise, isBrand, invalidThis, invalidState,
  extractHighWaterMark, extractSizeAlgorithm, validateStrategy, validateCallback,
} = require('internal/webstreams/util');
const R = require('internal/webstreams/readablestream');
const W = require('internal/webstreams/writablestream');

function isTransformStream(value) { return isBrand(value, 'TransformStream'); }
function isController(value) { return isBrand(value, 'TransformStreamDefaultController'); }

class TransformStream {
  constructor(transformer = undefined, writableStrategy = undefined, readableStrategy = undefined) {
    if (transformer === null) transformer = undefined;
    if (transformer !== undefined && typeof transformer !== 'object' && typeof transformer !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('transformer', 'object', transformer);
    }
    validateStrategy(writableStrategy);
    validateStrategy(readableStrategy);
    const t = transformer === undefined ? {} : transformer;
    if (t.readableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.readableType', t.readableType);
    }
    if (t.writableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.writableType', t.writableType);
    }
    const start = validateCallback(t, 'start', 'transformer');
    const transform = validateCallback(t, 'transform', 'transformer');
    const flush = validateCallback(t, 'flush', 'transformer');
    const cancel = validateCallback(t, 'cancel', 'transformer');
    const readableHWM = extractHighWaterMark(readableStrategy, 0);
    const readableSize = extractSizeAlgorithm(readableStrategy);
    const writableHWM = extractHighWaterMark(writableStrategy, 1);
    const writableSize = extractSizeAlgorithm(writableStrategy);
    const startPromise = createDeferred();
    this[kType] = 'TransformStream';
    initializeTransformStream(this, startPromise.promise, writableHWM, writableSize, readableHWM,
                              readableSize);
    const controller = Object.create(TransformStreamDefaultController.prototype);
    setUpTransformStreamDefaultController(
      this, controller,
      transform === undefined ? (chunk) => {
        try {
          transformStreamDefaultControllerEnqueue(controller, chunk);
          return Promise.resolve();
        } catch (e) {
          return Promise.reject(e);
        }
      } : (chunk) => invokePromise(transform, t, chunk, controller),
      flush === undefined ? () => Promise.resolve() : () => invokePromise(flush, t, controller),
      cancel === undefined ? () => Promise.resolve() : (reason) => invokePromise(cancel, t, reason));
    if (start !== undefined) startPromise.resolve(start.call(t, controller));
    else startPromise.resolve(undefined);
  }

  get readable() {
    if (!isTransformStream(this)) throw invalidThis('TransformStream');
    return this[kState].readable;
  }

  get writable() {
    if (!isTransformStream(this)) throw invalidThis('TransformStream');
    return this[kState].writable;
  }
}
TransformStream.prototype[customInspect] = customInspectFor('TransformStream', function() {
  const s = this[kState];
  return { readable: s.readable, writable: s.writable, backpressure: s.backpressure };
});

function initializeTransformStream(stream, startPromise, writableHWM, writableSize, readableHWM,
                                   readableSize) {
  const s = stream[kState] = {
    readable: undefined, writable: undefined, backpressure: undefined,
    backpressureChangePromise: undefined, controller: undefined,
  };
  const startAlgorithm = () => startPromise;
  s.writable = W.createWritableStream(
    startAlgorithm,
    (chunk) => transformStreamDefaultSinkWriteAlgorithm(stream, chunk),
    () => transformStreamDefaultSinkCloseAlgorithm(stream),
    (reason) => transformStreamDefaultSinkAbortAlgorithm(stream, reason),
    writableHWM, writableSize);
  s.readable = R.createReadableStream(
    startAlgorithm,
    () => transformStreamDefaultSourcePullAlgorithm(stream),
    (reason) => transformStreamDefaultSourceCancelAlgorithm(stream, reason),
    readableHWM, readableSize);
  transformStreamSetBackpressure(stream, true);
}

function transformStreamError(stream, e) {
  R.readableStreamDefaultControllerError(stream[kState].readable[kState].controller, e);
  transformStreamErrorWritableAndUnblockWrite(stream, e);
}

function transformStreamErrorWritableAndUnblockWrite(stream, e) {
  transformStreamDefaultControllerClearAlgorithms(stream[kState].controller);
  W.writableStreamDefaultControllerErrorIfNeeded(stream[kState].writable[kState].controller, e);
  transformStreamUnblockWrite(stream);
}

function transformStreamUnblockWrite(stream) {
  if (stream[kState].backpressure) transformStreamSetBackpressure(stream, false);
}

function transformStreamSetBackpressure(stream, backpressure) {
  const s = stream[kState];
  if (s.backpressureChangePromise !== undefined) s.backpressureChangePromise.resolve();
  s.backpressureChangePromise = createDeferred();
  s.backpressure = backpressure;
}

class TransformStreamDefaultController {
  constructor() { throw new ERR_ILLEGAL_CONSTRUCTOR(); }

  get desiredSize() {
    if (!isController(this)) throw invalidThis('TransformStreamDefaultController');
    const readableController = this[kState].stream[kState].readable[kState].controller;
    return R.readableStreamDefaultControllerGetDesiredSize(readableController);
  }

  enqueue(chunk = undefined) {
    if (!isController(this)) throw invalidThis('TransformStreamDefaultController');
    transformStreamDefaultControllerEnqueue(this, chunk);
  }

  error(reason = undefined) {
    if (!isController(this)) throw invalidThis('TransformStreamDefaultController');
    transformStreamError(this[kState].stream, reason);
  }

  terminate() {
    if (!isController(this)) throw invalidThis('TransformStreamDefaultController');
    transformStreamDefaultControllerTerminate(this);
  }
}
TransformStreamDefaultController.prototype[customInspect] =
  customInspectFor('TransformStreamDefaultController', function() {
    return { stream: this[kState].stream };
  });

function setUpTransformStreamDefaultController(stream, controller, transformAlgorithm,
                                               flushAlgorithm, cancelAlgorithm) {
  controller[kType] = 'TransformStreamDefaultController';
  controller[kState] = {
    stream, transformAlgorithm, flushAlgorithm, cancelAlgorithm, finishPromise: undefined,
  };
  stream[kState].controller = controller;
}

function transformStreamDefaultControllerClearAlgorithms(controller) {
  const c = controller[kState];
  c.transformAlgorithm = undefined;
  c.flushAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
}

function transformStreamDefaultControllerEnqueue(controller, chunk) {
  const stream = controller[kState].stream;
  const readable = stream[kState].readable;
  const readableController = readable[kState].controller;
  if (!R.readableStreamDefaultControllerCanCloseOrEnqueue(readableController)) {
    throw invalidState('Unable to enqueue');
  }
  try {
    R.readableStreamDefaultControllerEnqueue(readableController, chunk);
  } catch (e) {
    transformStreamErrorWritableAndUnblockWrite(stream, e);
    throw readable[kState].storedError;
  }
  const backpressure = R.readableStreamDefaultControllerHasBackpressure(readableController);
  if (backpressure !== stream[kState].backpressure) transformStreamSetBackpressure(stream, true);
}

function transformStreamDefaultControllerPerformTransform(controller, chunk) {
  const stream = controller[kState].stream;
  return controller[kState].transformAlgorithm(chunk).then(undefined, (r) => {
    transformStreamError(stream, r);
    throw r;
  });
}

function transformStreamDefaultControllerTerminate(controller) {
  const stream = controller[kState].stream;
  R.readableStreamDefaultControllerClose(stream[kState].readable[kState].controller);
  transformStreamErrorWritableAndUnblockWrite(stream, invalidState('TransformStream has been terminated'));
}

function transformStreamDefaultSinkWriteAlgorithm(stream, chunk) {
  const s = stream[kState];
  const controller = s.controller;
  if (s.backpressure) {
    return s.backpressureChangePromise.promise.then(() => {
      const writable = s.writable;
      if (writable[kState].state === 'erroring') throw writable[kState].storedError;
      return transformStreamDefaultControllerPerformTransform(controller, chunk);
    });
  }
  return transformStreamDefaultControllerPerformTransform(controller, chunk);
}

// The sink's abort and close and the source's cancel share one shape: run the transformer's
// cancel or flush once (controller.finishPromise), then settle the other side.
function transformStreamFinish(stream, run, other, onFulfilled, onRejected) {
  const c = stream[kState].controller[kState];
  if (c.finishPromise !== undefined) return c.finishPromise.promise;
  c.finishPromise = createDeferred();
  const promise = run(c);
  transformStreamDefaultControllerClearAlgorithms(stream[kState].controller);
  promise.then(() => {
    if (other[kState].state === 'errored') {
      c.finishPromise.reject(other[kState].storedError);
    } else {
      onFulfilled();
      c.finishPromise.resolve();
    }
  }, (r) => {
    onRejected(r);
    c.finishPromise.reject(r);
  });
  return c.finishPromise.promise;
}

function transformStreamDefaultSinkAbortAlgorithm(stream, reason) {
  const readable = stream[kState].readable;
  const error = (e) => R.readableStreamDefaultControllerError(readable[kState].controller, e);
  return transformStreamFinish(stream, (c) => c.cancelAlgorithm(reason), readable,
                               () => error(reason), error);
}

function transformStreamDefaultSinkCloseAlgorithm(stream) {
  const readable = stream[kState].readable;
  return transformStreamFinish(
    stream, (c) => c.flushAlgorithm(), readable,
    () => R.readableStreamDefaultControllerClose(readable[kState].controller),
    (e) => R.readableStreamDefaultControllerError(readable[kState].controller, e));
}

function transformStreamDefaultSourcePullAlgorithm(stream) {
  transformStreamSetBackpressure(stream, false);
  return stream[kState].backpressureChangePromise.promise;
}

function transformStreamDefaultSourceCancelAlgorithm(stream, reason) {
  const writable = stream[kState].writable;
  const error = (e) => {
    W.writableStreamDefaultControllerErrorIfNeeded(writable[kState].controller, e);
    transformStreamUnblockWrite(stream);
  };
  return transformStreamFinish(stream, (c) => c.cancelAlgorithm(reason), writable,
                               () => error(reason), error);
}

R.finishClass(TransformStream, 'TransformStream', ['readable', 'writable']);
R.finishClass(TransformStreamDefaultController, 'TransformStreamDefaultController',
              ['desiredSize', 'enqueue', 'error', 'terminate']);

module.exports = {
  TransformStream,
  TransformStreamDefaultController,
  isTransformStream,
};
