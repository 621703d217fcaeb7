'use strict';
// Duplex.from(body) and compose(...streams): one Duplex in front of streams, iterables,
// generator functions, promises and { readable, writable } pairs.

const Duplex = require('internal/streams/duplex');
const Readable = require('internal/streams/readable');
const eos = require('internal/streams/end-of-stream');
const { destroyer } = require('internal/streams/destroy');
const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_RETURN_VALUE, ERR_MISSING_ARGS },
} = require('internal/errors');
const {
  isDuplexNodeStream, isIterable, isNodeStream, isReadable, isReadableNodeStream, isWritable,
  isWritableNodeStream, isReadableStream, isWritableStream,
} = require('internal/streams/utils');

function nop() {}

// A Duplex whose writable side feeds `writable` and whose readable side reads `readable`.
function join(readable, writable, options) {
  // Callbacks parked until the inner stream finishes, drains or has data.
  const parked = { finish: null, drain: null, readable: null };
  const resume = (name) => {
    const cb = parked[name];
    if (cb) {
      parked[name] = null;
      cb();
    }
  };
  let onclose = null;
  const r = readable && isReadableNodeStream(readable) ? readable : null;
  const w = writable && isWritableNodeStream(writable) ? writable : null;
  const d = new Duplex({
    readableObjectMode: !!(r && r.readableObjectMode),
    writableObjectMode: !!(w && w.writableObjectMode),
    readable: !!r,
    writable: !!w,
    ...options,
  });
  let pending = (r ? 1 : 0) + (w ? 1 : 0);
  // Each inner stream settles once; one that fails destroys d (or ends d's pending destroy).
  const settle = (err) => {
    pending--;
    if (err) {
      const cb = onclose;
      onclose = null;
      if (cb) cb(err);
      else d.destroy(err);
      return;
    }
    if (pending === 0 && onclose) {
      const cb = onclose;
      onclose = null;
      cb(null);
    }
  };
  if (w) {
    eos(w, { readable: false }, (err) => {
      if (err) return settle(err);
      resume('finish');
      settle();
    });
    w.on('drain', () => resume('drain'));
    d._write = function(chunk, encoding, callback) {
      if (w.write(chunk, encoding)) callback();
      else parked.drain = callback;
    };
    d._final = function(callback) {
      w.end();
      parked.finish = callback;
    };
  }
  if (r) {
    eos(r, { writable: false }, (err) => {
      if (err) return settle(err);
      settle();
    });
    r.on('readable', () => resume('readable'));
    r.on('end', () => d.push(null));
    d._read = function() {
      for (;;) {
        const buf = r.read();
        if (buf === null) {
          parked.readable = d._read;
          return;
        }
        if (!d.push(buf)) return;
      }
    };
  }
  d._destroy = function(err, callback) {
    if (!err && pending > 0) err = new AbortError();
    parked.finish = parked.drain = parked.readable = null;
    if (pending === 0) {
      callback(err);
    } else {
      onclose = callback;
      if (r) destroyer(r, err);
      if (w) destroyer(w, err);
    }
  };
  return d;
}

function fromAsyncGen(fn) {
  let resolveNext;
  let next = new Promise((resolve) => { resolveNext = resolve; });
  const ac = new AbortController();
  const value = fn(async function* source() {
    for (;;) {
      const current = next;
      next = null;
      const { chunk, done, cb } = await current;
      process.nextTick(cb);
      if (done) return;
      if (ac.signal.aborted) throw new AbortError(undefined, { cause: ac.signal.reason });
      next = new Promise((resolve) => { resolveNext = resolve; });
      yield chunk;
    }
  }(), { signal: ac.signal });
  return {
    value,
    write(chunk, encoding, cb) {
      const resolve = resolveNext;
      resolveNext = null;
      resolve({ chunk, done: false, cb });
    },
    final(cb) {
      const resolve = resolveNext;
      resolveNext = null;
      resolve({ done: true, cb });
    },
    destroy(err, cb) {
      ac.abort();
      cb(err);
    },
  };
}

function duplexFrom(body, name) {
  if (isDuplexNodeStream(body)) return body;
  if (isReadableNodeStream(body)) return join(body, null);
  if (isWritableNodeStream(body)) return join(null, body);
  if (isNodeStream(body)) return join(null, null, { readable: false, writable: false });
  if (isReadableStream(body)) return join(Readable.fromWeb(body), null);
  if (isWritableStream(body)) return join(null, require('internal/streams/writable').fromWeb(body));
  if (body && typeof body === 'object' &&
      (isReadableStream(body.readable) || isWritableStream(body.writable))) {
    const r = isReadableStream(body.readable) ? Readable.fromWeb(body.readable) :
      (body.readable ? duplexFrom(body.readable) : null);
    const w = isWritableStream(body.writable) ? require('internal/streams/writable').fromWeb(body.writable) :
      (body.writable ? duplexFrom(body.writable) : null);
    return join(r, w);
  }

  if (typeof body === 'function') {
    const { value, write, final, destroy } = fromAsyncGen(body);
    if (isIterable(value)) {
      return require('internal/streams/from')(Duplex, value, { objectMode: true, write, final, destroy });
    }
    const then = value && value.then;
    if (typeof then === 'function') {
      let d;
      const promise = then.call(value, (val) => {
        if (val != null) throw new ERR_INVALID_RETURN_VALUE('nully', 'body', val);
      }, (err) => { destroyer(d, err); });
      d = new Duplex({
        objectMode: true,
        readable: false,
        write,
        final(cb) {
          final(async () => {
            try {
              await promise;
              process.nextTick(cb, null);
            } catch (err) {
              process.nextTick(cb, err);
            }
          });
        },
        destroy,
      });
      return d;
    }
    throw new ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or AsyncFunction', name, value);
  }

  if (isIterable(body) || typeof body === 'string' || (body instanceof Uint8Array)) {
    return require('internal/streams/from')(Duplex, body, { objectMode: true, writable: false });
  }
  if (body instanceof ArrayBuffer) {
    return require('internal/streams/from')(Duplex, Buffer.from(body), { objectMode: true, writable: false });
  }

  if (body && typeof body === 'object' &&
      (isReadableNodeStream(body.readable) || isWritableNodeStream(body.writable))) {
    const r = body.readable && isReadableNodeStream(body.readable) ? body.readable :
      (body.readable ? duplexFrom(body.readable) : null);
    const w = body.writable && isWritableNodeStream(body.writable) ? body.writable :
      (body.writable ? duplexFrom(body.writable) : null);
    return join(r, w);
  }

  const then = body && body.then;
  if (typeof then === 'function') {
    let d;
    then.call(body, (val) => {
      if (val != null) d.push(val);
      d.push(null);
    }, (err) => { destroyer(d, err); });
    d = new Duplex({ objectMode: true, writable: false, read() {} });
    return d;
  }

  throw new ERR_INVALID_ARG_TYPE(name,
                                 ['Blob', 'ReadableStream', 'WritableStream', 'Stream', 'Iterable',
                                  'AsyncIterable', 'Function', '{ readable, writable } pair', 'Promise'],
                                 body);
}

function compose(...streams) {
  if (streams.length === 0) throw new ERR_MISSING_ARGS('streams');
  if (streams.length === 1) return duplexFrom(streams[0], 'body');
  const orig = [...streams];
  // Functions at either end become duplexes as Duplex.from makes them (named "body" in errors).
  if (typeof streams[0] === 'function') streams[0] = duplexFrom(streams[0], 'body');
  if (typeof streams[streams.length - 1] === 'function') {
    const idx = streams.length - 1;
    streams[idx] = duplexFrom(streams[idx], 'body');
  }
  for (let n = 0; n < streams.length; ++n) {
    if (!isNodeStream(streams[n])) continue;
    if (n < streams.length - 1 && !isReadable(streams[n])) {
      throw new ERR_INVALID_ARG_VALUE(`streams[${n}]`, orig[n], 'must be readable');
    }
    if (n > 0 && !isWritable(streams[n])) {
      throw new ERR_INVALID_ARG_VALUE(`streams[${n}]`, orig[n], 'must be writable');
    }
  }
  const head = streams[0];
  const tail = require('internal/streams/pipeline').pipeline(streams, nop);
  return join(isReadableNodeStream(tail) ? tail : null, isWritableNodeStream(head) ? head : null);
}

module.exports = { compose, duplexFrom };
