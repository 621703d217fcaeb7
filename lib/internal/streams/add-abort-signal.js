'use strict';
// addAbortSignal(signal, stream): destroys the stream with an AbortError when the signal aborts.

const { AbortError, codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { isNodeStream, isReadableStream, isWritableStream } = require('internal/streams/utils');

const kControllerErrorFunction = Symbol.for('nodejs.webstream.controllerErrorFunction');

function addAbortSignal(signal, stream) {
  // Stricter than validateAbortSignal, as node's: undefined is no signal here either (and null
  // fails on the 'in' test itself, with V8's TypeError).
  if (typeof signal !== 'object' || !('aborted' in signal)) {
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  if (!isNodeStream(stream) && !isReadableStream(stream) && !isWritableStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  return addAbortSignalNoValidate(signal, stream);
}

function addAbortSignalNoValidate(signal, stream) {
  if (typeof signal !== 'object' || !('aborted' in signal)) return stream;
  // A web stream is errored through its controller (node: kControllerErrorFunction).
  const onAbort = () => {
    const err = new AbortError(undefined, { cause: signal.reason });
    if (isNodeStream(stream)) stream.destroy(err);
    else stream[kControllerErrorFunction](err);
  };
  if (signal.aborted) {
    onAbort();
  } else {
    signal.addEventListener('abort', onAbort, { once: true });
    require('internal/streams/end-of-stream')(stream, () => signal.removeEventListener('abort', onAbort));
  }
  return stream;
}

module.exports = { addAbortSignal, addAbortSignalNoValidate };
