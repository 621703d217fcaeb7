'use strict';
// Bridges between node streams and web streams: Readable/Writable/Duplex .toWeb() and .fromWeb().

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_STREAM_PREMATURE_CLOSE },
} = require('internal/errors');
const { validateBoolean, validateObject } = require('internal/validators');
const { createDeferred } = require('internal/webstreams/util');
const { ReadableStream, isReadableStream } = require('internal/webstreams/readablestream');
const { WritableStream, isWritableStream } = require('internal/webstreams/writablestream');
const { CountQueuingStrategy, ByteLengthQueuingStrategy } = require('internal/webstreams/queuingstrategies');
const {
  isDestroyed, isReadable, isReadableNodeStream, isWritable, isWritableNodeStream,
  isDuplexNodeStream, isWritableEnded,
} = require('internal/streams/utils');
const eos = require('internal/streams/end-of-stream');
const { destroyer } = require('internal/streams/destroy');

let BufferCtor;
function lazyBuffer() {
  if (BufferCtor === undefined) BufferCtor = require('buffer').Buffer;
  return BufferCtor;
}

let encoder;
function encodeUtf8(s) {
  if (encoder === undefined) encoder = new TextEncoder();
  return encoder.encode(s);
}

function destroy(stream, err) {
  if (typeof stream.destroy === 'function') stream.destroy(err);
  else destroyer(stream, err);
}

// Calls a stream callback; an exception from it destroys the stream on the next tick.
function callbackOrDestroy(stream, callback, error) {
  try {
    callback(error);
  } catch (err) {
    process.nextTick(() => destroy(stream, err));
  }
}

// write/writev/final of a node stream that writes into a WritableStream's writer.
function writerMethods(getStream, writer, isClosed, decodeStrings, objectMode) {
  return {
    writev(chunks, callback) {
      const done = (error) => callbackOrDestroy(getStream(), callback, error);
      writer.ready.then(() => Promise.all(chunks.map((data) => writer.write(data.chunk)))
        .then(() => done(), done), done);
    },
    write(chunk, encoding, callback) {
      if (typeof chunk === 'string' && decodeStrings && !objectMode) {
        chunk = lazyBuffer().from(chunk, encoding);
      }
      const done = (error) => callbackOrDestroy(getStream(), callback, error);
      writer.ready.then(() => writer.write(chunk).then(() => done(), done), done);
    },
    final(callback) {
      const done = (error) => callbackOrDestroy(getStream(), callback, error);
      if (!isClosed()) writer.close().then(() => done(), done);
    },
  };
}

// ---- node Writable -> WritableStream ---------------------------------------------------------
function newWritableStreamFromStreamWritable(streamWritable) {
  if (!isWritableNodeStream(streamWritable)) {
    throw new ERR_INVALID_ARG_TYPE('streamWritable', 'stream.Writable', streamWritable);
  }
  if (isDestroyed(streamWritable) || !isWritable(streamWritable)) {
    const writable = new WritableStream();
    writable.close();
    return writable;
  }
  const highWaterMark = streamWritable.writableHighWaterMark;
  const strategy = streamWritable.writableObjectMode ?
    new CountQueuingStrategy({ highWaterMark }) : { highWaterMark };
  let controller;
  let backpressure;
  let closed;

  function onDrain() {
    if (backpressure !== undefined) backpressure.resolve();
  }

  const cleanup = eos(streamWritable, (error) => {
    if (error && error.code === 'ERR_STREAM_PREMATURE_CLOSE') {
      error = new AbortError(undefined, { cause: error });
    }
    cleanup();
    streamWritable.removeListener('drain', onDrain);
    // A legacy stream may emit 'error' again after finishing.
    streamWritable.on('error', () => {});
    if (error != null) {
      if (backpressure !== undefined) backpressure.reject(error);
      if (closed !== undefined) {
        closed.reject(error);
        closed = undefined;
      }
      controller.error(error);
      controller = undefined;
      return;
    }
    if (closed !== undefined) {
      closed.resolve();
      closed = undefined;
      return;
    }
    controller.error(new AbortError());
    controller = undefined;
  });
  streamWritable.on('drain', onDrain);

  return new WritableStream({
    start(c) { controller = c; },
    write(chunk) {
      if (streamWritable.writableNeedDrain || !streamWritable.write(chunk)) {
        backpressure = createDeferred();
        return backpressure.promise.finally(() => { backpressure = undefined; });
      }
    },
    abort(reason) {
      destroy(streamWritable, reason);
    },
    close() {
      if (closed === undefined && !isWritableEnded(streamWritable)) {
        closed = createDeferred();
        streamWritable.end();
        return closed.promise;
      }
      controller = undefined;
      return Promise.resolve();
    },
  }, strategy);
}

// ---- WritableStream -> node Writable -------------------------------------------------------
function newStreamWritableFromWritableStream(writableStream, options = {}) {
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('writableStream', 'WritableStream', writableStream);
  }
  validateObject(options, 'options');
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
  validateBoolean(objectMode, 'options.objectMode');
  validateBoolean(decodeStrings, 'options.decodeStrings');
  const { Writable } = require('stream');
  const writer = writableStream.getWriter();
  let closed = false;

  const writable = new Writable({
    highWaterMark, objectMode, decodeStrings, signal,
    ...writerMethods(() => writable, writer, () => closed, decodeStrings, objectMode),
    destroy(error, callback) {
      const done = () => {
        try {
          callback(error);
        } catch (err) {
          process.nextTick(() => { throw err; });
        }
      };
      if (!closed) {
        if (error != null) writer.abort(error).then(done, done);
        else writer.close().then(done, done);
        return;
      }
      done();
    },
  });

  writer.closed.then(() => {
    closed = true;
    if (!isWritableEnded(writable)) destroy(writable, new ERR_STREAM_PREMATURE_CLOSE());
  }, (error) => {
    closed = true;
    destroy(writable, error);
  });
  return writable;
}

// ---- node Readable -> ReadableStream -------------------------------------------------------
function newReadableStreamFromStreamReadable(streamReadable, options = {}) {
  if (!isReadableNodeStream(streamReadable)) {
    throw new ERR_INVALID_ARG_TYPE('streamReadable', 'stream.Readable', streamReadable);
  }
  if (isDestroyed(streamReadable) || !isReadable(streamReadable)) {
    const readable = new ReadableStream();
    readable.cancel();
    return readable;
  }
  validateObject(options, 'options');
  const objectMode = streamReadable.readableObjectMode;
  const highWaterMark = streamReadable.readableHighWaterMark;
  let strategy = options.strategy;
  if (!strategy) {
    strategy = objectMode ? new CountQueuingStrategy({ highWaterMark }) :
      new ByteLengthQueuingStrategy({ highWaterMark });
  }
  let controller;

  function onData(chunk) {
    // Copy Buffers out of the pool.
    if (lazyBuffer().isBuffer(chunk) && !objectMode) chunk = new Uint8Array(chunk);
    controller.enqueue(chunk);
    if (controller.desiredSize <= 0) streamReadable.pause();
  }

  function onFinished(error) {
    cleanup();
    streamReadable.removeListener('data', onData);
    // A legacy stream may emit 'error' again after finishing.
    streamReadable.on('error', () => {});
    if (error) return controller.error(error);
    controller.close();
  }

  streamReadable.pause();
  const cleanup = eos(streamReadable, onFinished);
  streamReadable.on('data', onData);

  return new ReadableStream({
    start(c) { controller = c; },
    pull() { streamReadable.resume(); },
    cancel(reason) { destroy(streamReadable, reason); },
  }, strategy);
}

// ---- ReadableStream -> node Readable -------------------------------------------------------
function newStreamReadableFromReadableStream(readableStream, options = {}) {
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('readableStream', 'ReadableStream', readableStream);
  }
  validateObject(options, 'options');
  const { highWaterMark, encoding, objectMode = false, signal } = options;
  if (encoding !== undefined && !lazyBuffer().isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE(encoding, 'options.encoding');
  }
  validateBoolean(objectMode, 'options.objectMode');
  const { Readable } = require('stream');
  const reader = readableStream.getReader();
  let closed = false;

  const readable = new Readable({
    objectMode, highWaterMark, encoding, signal,
    read() {
      reader.read().then((chunk) => {
        if (chunk.done) readable.push(null);
        else readable.push(chunk.value);
      }, (error) => destroy(readable, error));
    },
    destroy(error, callback) {
      const done = () => {
        try {
          callback(error);
        } catch (err) {
          process.nextTick(() => { throw err; });
        }
      };
      if (!closed) {
        reader.cancel(error).then(done, done);
        return;
      }
      done();
    },
  });

  reader.closed.then(() => {
    closed = true;
  }, (error) => {
    closed = true;
    destroy(readable, error);
  });
  return readable;
}

// ---- Duplex <-> { readable, writable } -----------------------------------------------------
function newReadableWritablePairFromDuplex(duplex) {
  if (!isDuplexNodeStream(duplex)) {
    throw new ERR_INVALID_ARG_TYPE('duplex', 'stream.Duplex', duplex);
  }
  if (isDestroyed(duplex)) {
    const writable = new WritableStream();
    const readable = new ReadableStream();
    writable.close();
    readable.cancel();
    return { readable, writable };
  }
  let writable;
  if (isWritable(duplex)) {
    writable = newWritableStreamFromStreamWritable(duplex);
  } else {
    writable = new WritableStream();
    writable.close();
  }
  let readable;
  if (isReadable(duplex)) {
    readable = newReadableStreamFromStreamReadable(duplex);
  } else {
    readable = new ReadableStream();
    readable.cancel();
  }
  return { writable, readable };
}

function newStreamDuplexFromReadableWritablePair(pair = {}, options = {}) {
  validateObject(pair, 'pair');
  const { readable: readableStream, writable: writableStream } = pair;
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.readable', 'ReadableStream', readableStream);
  }
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.writable', 'WritableStream', writableStream);
  }
  validateObject(options, 'options');
  const {
    allowHalfOpen = false, objectMode = false, encoding, decodeStrings = true, highWaterMark, signal,
  } = options;
  validateBoolean(objectMode, 'options.objectMode');
  if (encoding !== undefined && !lazyBuffer().isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE(encoding, 'options.encoding');
  }
  const { Duplex } = require('stream');
  const writer = writableStream.getWriter();
  const reader = readableStream.getReader();
  let writableClosed = false;
  let readableClosed = false;

  const duplex = new Duplex({
    allowHalfOpen, highWaterMark, objectMode, encoding, decodeStrings, signal,
    ...writerMethods(() => duplex, writer, () => writableClosed, decodeStrings, objectMode),
    read() {
      reader.read().then((chunk) => {
        if (chunk.done) duplex.push(null);
        else duplex.push(chunk.value);
      }, (error) => destroy(duplex, error));
    },
    destroy(error, callback) {
      const done = () => {
        try {
          callback(error);
        } catch (err) {
          process.nextTick(() => { throw err; });
        }
      };
      const closeWriter = () => (writableClosed ? undefined : writer.abort(error));
      const closeReader = () => (readableClosed ? undefined : reader.cancel(error));
      if (!writableClosed || !readableClosed) {
        Promise.all([closeWriter(), closeReader()]).then(done, done);
        return;
      }
      done();
    },
  });

  writer.closed.then(() => {
    writableClosed = true;
    if (!isWritableEnded(duplex)) destroy(duplex, new ERR_STREAM_PREMATURE_CLOSE());
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroy(duplex, error);
  });
  reader.closed.then(() => {
    readableClosed = true;
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroy(duplex, error);
  });
  return duplex;
}

module.exports = {
  newWritableStreamFromStreamWritable,
  newStreamWritableFromWritableStream,
  newReadableStreamFromStreamReadable,
  newStreamReadableFromReadableStream,
  newReadableWritablePairFromDuplex,
  newStreamDuplexFromReadableWritablePair,
};
