'use strict';
// Duplex: a Readable that also has Writable's methods and state.

const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const hooks = require('internal/streams/hooks');

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);
  if (this._events === undefined) {
    this._events = {
      close: undefined, error: undefined, prefinish: undefined, finish: undefined,
      drain: undefined, data: undefined, end: undefined, readable: undefined,
    };
  }
  this._readableState = new Readable.ReadableState(options, this, true);
  this._writableState = new Writable.WritableState(options, this, true);
  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;
    if (options.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }
    if (options.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }
    if (typeof options.read === 'function') this._read = options.read;
    hooks.writableTakeOptions(this, options);
  } else {
    this.allowHalfOpen = true;
  }
  require('internal/streams/legacy').Stream.call(this, options);
  require('internal/streams/destroy').construct(this, () => {
    hooks.readableOnConstructed(this);
    hooks.writableOnConstructed(this);
  });
}
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);

for (const method of Object.keys(Writable.prototype)) {
  if (!Duplex.prototype[method]) Duplex.prototype[method] = Writable.prototype[method];
}
for (const name of ['write', 'cork', 'uncork', 'setDefaultEncoding', 'end', '_write']) {
  Duplex.prototype[name] = Writable.prototype[name];
}
Duplex.prototype._writev = null;
Duplex.prototype.destroy = Writable.prototype.destroy;

{
  const keys = ['writable', 'writableHighWaterMark', 'writableObjectMode', 'writableBuffer',
                'writableLength', 'writableFinished', 'writableCorked', 'writableEnded',
                'writableNeedDrain'];
  for (const k of keys) {
    Object.defineProperty(Duplex.prototype, k,
                          Object.getOwnPropertyDescriptor(Writable.prototype, k));
  }
}

Object.defineProperties(Duplex.prototype, {
  destroyed: {
    __proto__: null,
    get() {
      if (this._readableState === undefined || this._writableState === undefined) return false;
      return this._readableState.destroyed && this._writableState.destroyed;
    },
    set(value) {
      if (this._readableState && this._writableState) {
        this._readableState.destroyed = value;
        this._writableState.destroyed = value;
      }
    },
  },
});

Duplex.from = function(body) {
  return require('internal/streams/duplexify').duplexFrom(body, 'body');
};

// Web stream adapters (internal/webstreams/adapters).
Duplex.fromWeb = function(pair, options) {
  return require('internal/webstreams/adapters').newStreamDuplexFromReadableWritablePair(pair, options);
};
Duplex.toWeb = function(duplex) {
  return require('internal/webstreams/adapters').newReadableWritablePairFromDuplex(duplex);
};

module.exports = Duplex;
