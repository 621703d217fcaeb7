'use strict';
// CompressionStream and DecompressionStream ('gzip', 'deflate', 'deflate-raw'): node:zlib
// transforms seen through the Duplex.toWeb adapter, as node builds them.

const { codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS } } = require('internal/errors');
const { customInspect, customInspectFor } = require('internal/webstreams/util');
const { newReadableWritablePairFromDuplex } = require('internal/webstreams/adapters');

const kTransform = Symbol('kTransform');
const kName = Symbol('kName');

function formatError(className, format) {
  const err = new ERR_INVALID_ARG_VALUE('format', format);
  err.message = `Failed to construct '${className}': 1st argument value '${format}' is not a valid ` +
    'enum value of type CompressionFormat.';
  return err;
}

// Corrupt input fails a DecompressionStream with a TypeError (the standard's kind) that keeps
// zlib's code and, as in node, no message.
function typeErrors(handle) {
  const destroy = handle.destroy;
  handle.destroy = function(err, cb) {
    if (err != null && !(err instanceof TypeError)) {
      const error = new TypeError();
      error.code = err.code;
      err = error;
    }
    return destroy.call(this, err, cb);
  };
}

function check(self, name) {
  if (self == null || self[kName] !== name) throw new ERR_INVALID_THIS(name);
}

function makeClass(name, factories) {
  const C = {
    [name]: class {
      constructor(format) {
        const make = factories[`${format}`];
        if (make === undefined || typeof format === 'symbol') throw formatError(name, format);
        this[kName] = name;
        const handle = make(require('zlib'));
        if (name === 'DecompressionStream') typeErrors(handle);
        this[kTransform] = newReadableWritablePairFromDuplex(handle);
      }

      get readable() {
        check(this, name);
        return this[kTransform].readable;
      }

      get writable() {
        check(this, name);
        return this[kTransform].writable;
      }
    },
  }[name];
  C.prototype[customInspect] = customInspectFor(name, function() {
    return { readable: this.readable, writable: this.writable };
  });
  for (const key of ['readable', 'writable']) {
    Object.defineProperty(C.prototype, key, { enumerable: true });
  }
  Object.defineProperty(C.prototype, customInspect, { enumerable: false });
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: name, configurable: true });
  return C;
}

const CompressionStream = makeClass('CompressionStream', {
  'deflate': (zlib) => zlib.createDeflate(),
  'deflate-raw': (zlib) => zlib.createDeflateRaw(),
  'gzip': (zlib) => zlib.createGzip(),
});

const DecompressionStream = makeClass('DecompressionStream', {
  'deflate': (zlib) => zlib.createInflate({ rejectGarbageAfterEnd: true }),
  'deflate-raw': (zlib) => zlib.createInflateRaw({ rejectGarbageAfterEnd: true }),
  'gzip': (zlib) => zlib.createGunzip({ rejectGarbageAfterEnd: true }),
});

module.exports = { CompressionStream, DecompressionStream };
