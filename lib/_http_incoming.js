'use strict';
// IncomingMessage: a request seen by the server or a response seen by the client.

const { Readable, finished } = require('stream');

const kHeaders = Symbol('kHeaders');
const kHeadersDistinct = Symbol('kHeadersDistinct');
const kHeadersCount = Symbol('kHeadersCount');
const kTrailers = Symbol('kTrailers');
const kTrailersDistinct = Symbol('kTrailersDistinct');
const kTrailersCount = Symbol('kTrailersCount');

function readStart(socket) {
  if (socket && !socket._paused && socket.readable) socket.resume();
}

function readStop(socket) {
  if (socket) socket.pause();
}

function IncomingMessage(socket) {
  let streamOptions;
  if (socket) streamOptions = { highWaterMark: socket.readableHighWaterMark };
  Readable.call(this, streamOptions);
  this._readableState.readingMore = true;
  this.socket = socket;
  this.httpVersionMajor = null;
  this.httpVersionMinor = null;
  this.httpVersion = null;
  this.complete = false;
  this[kHeaders] = null;
  this[kHeadersCount] = 0;
  this.rawHeaders = [];
  this[kTrailers] = null;
  this[kTrailersCount] = 0;
  this.rawTrailers = [];
  this.joinDuplicateHeaders = false;
  this.aborted = false;
  this.upgrade = null;
  this.url = '';
  this.method = null;
  this.statusCode = null;
  this.statusMessage = null;
  this.client = socket;
  this._consuming = false;
  this._dumped = false;
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);

Object.defineProperty(IncomingMessage.prototype, 'connection', {
  __proto__: null,
  configurable: true,
  enumerable: false,
  get() { return this.socket; },
  set(val) { this.socket = val; },
});

Object.defineProperty(IncomingMessage.prototype, 'headers', {
  __proto__: null,
  configurable: true,
  enumerable: false,
  get() {
    if (!this[kHeaders]) {
      this[kHeaders] = {};
      const src = this.rawHeaders;
      const dst = this[kHeaders];
      for (let n = 0; n < this[kHeadersCount]; n += 2) this._addHeaderLine(src[n], src[n + 1], dst);
    }
    return this[kHeaders];
  },
  set(val) { this[kHeaders] = val; },
});

// headersDistinct/trailersDistinct: every value of each field, through the (overridable) method.
function distinct(msg, raw, count) {
  const dst = { __proto__: null };
  for (let n = 0; n < count; n += 2) msg._addHeaderLineDistinct(raw[n], raw[n + 1], dst);
  return dst;
}

IncomingMessage.prototype._addHeaderLineDistinct = function _addHeaderLineDistinct(field, value,
                                                                                   dest) {
  field = field.toLowerCase();
  if (!dest[field]) dest[field] = [value];
  else dest[field].push(value);
};

Object.defineProperty(IncomingMessage.prototype, 'headersDistinct', {
  __proto__: null,
  configurable: true,
  enumerable: false,
  get() {
    if (!this[kHeadersDistinct]) this[kHeadersDistinct] = distinct(this, this.rawHeaders, this[kHeadersCount]);
    return this[kHeadersDistinct];
  },
  set(val) { this[kHeadersDistinct] = val; },
});

Object.defineProperty(IncomingMessage.prototype, 'trailers', {
  __proto__: null,
  configurable: true,
  enumerable: false,
  get() {
    if (!this[kTrailers]) {
      this[kTrailers] = {};
      const src = this.rawTrailers;
      const dst = this[kTrailers];
      for (let n = 0; n < this[kTrailersCount]; n += 2) this._addHeaderLine(src[n], src[n + 1], dst);
    }
    return this[kTrailers];
  },
  set(val) { this[kTrailers] = val; },
});

Object.defineProperty(IncomingMessage.prototype, 'trailersDistinct', {
  __proto__: null,
  configurable: true,
  enumerable: false,
  get() {
    if (!this[kTrailersDistinct]) {
      this[kTrailersDistinct] = distinct(this, this.rawTrailers, this[kTrailersCount]);
    }
    return this[kTrailersDistinct];
  },
  set(val) { this[kTrailersDistinct] = val; },
});

IncomingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  this.socket.setTimeout(msecs);
  return this;
};

IncomingMessage.prototype._read = function _read(n) {
  if (!this._consuming) {
    this._readableState.readingMore = false;
    this._consuming = true;
  }
  // The parser pushes body chunks; here only the socket needs to flow again.
  if (this.socket.readable) readStart(this.socket);
};

function onError(self, error, cb) {
  // Without an 'error' listener the abort is reported through 'aborted' and 'close' only.
  if (self.listenerCount('error') === 0) cb();
  else cb(error);
}

IncomingMessage.prototype._destroy = function _destroy(err, cb) {
  if (!this.readableEnded || !this.complete) {
    this.aborted = true;
    this.emit('aborted');
  }
  if (this.socket && !this.socket.destroyed && this.aborted) {
    this.socket.destroy(err);
    const cleanup = finished(this.socket, (e) => {
      if (e && e.code === 'ERR_STREAM_PREMATURE_CLOSE') e = null;
      cleanup();
      process.nextTick(onError, this, e || err, cb);
    });
  } else {
    process.nextTick(onError, this, err, cb);
  }
};

// field equals name (lower case letters and '-') ignoring case; field is a header token.
function sameLowerName(field, name) {
  for (let i = 0; i < name.length; i++) {
    if ((field.charCodeAt(i) | 0x20) !== name.charCodeAt(i)) return false;
  }
  return true;
}

// Whether a header is present (name in lower case), without building req.headers when nothing
// has asked for it yet (the server checks Host and Expect on every request).
function hasHeaderLine(msg, name) {
  if (msg[kHeaders] !== null || Object.getPrototypeOf(msg) !== IncomingMessage.prototype) {
    return msg.headers[name] !== undefined;
  }
  const raw = msg.rawHeaders;
  const count = msg[kHeadersCount];
  for (let n = 0; n < count; n += 2) {
    const field = raw[n];
    if (field.length === name.length && sameLowerName(field, name)) return true;
  }
  return false;
}

IncomingMessage.prototype._addHeaderLines = function _addHeaderLines(headers, n) {
  if (headers && headers.length) {
    if (this.complete) {
      this.rawTrailers = headers;
      this[kTrailersCount] = n;
      this[kTrailers] = null;
      this[kTrailersDistinct] = null;
    } else {
      this.rawHeaders = headers;
      this[kHeadersCount] = n;
      this[kHeaders] = null;
      this[kHeadersDistinct] = null;
    }
  }
};

// How a repeated field combines: 0 joins with ', ', 1 collects into an array (set-cookie),
// 2 joins with '; ' (cookie), 3 keeps the first value.
const fieldRule = new Map([
  ['set-cookie', 1], ['cookie', 2],
  ['content-type', 3], ['content-length', 3], ['user-agent', 3], ['referer', 3], ['host', 3],
  ['authorization', 3], ['proxy-authorization', 3], ['if-modified-since', 3],
  ['if-unmodified-since', 3], ['from', 3], ['location', 3], ['max-forwards', 3],
  ['retry-after', 3], ['etag', 3], ['last-modified', 3], ['server', 3], ['age', 3], ['expires', 3],
]);

// Lower-cases common names without allocating a new string when already lower case.
function lowerField(field) {
  for (let i = 0; i < field.length; i++) {
    const c = field.charCodeAt(i);
    if (c >= 65 && c <= 90) return field.toLowerCase();
  }
  return field;
}

function _addHeaderLine(field, value, dest) {
  field = lowerField(field);
  const rule = fieldRule.get(field);
  if (rule === undefined || rule === 0) {
    const prev = dest[field];
    if (typeof prev === 'string') dest[field] = prev + ', ' + value;
    else dest[field] = value;
  } else if (rule === 1) {
    const prev = dest['set-cookie'];
    if (prev !== undefined) prev.push(value);
    else dest['set-cookie'] = [value];
  } else if (rule === 2) {
    const prev = dest[field];
    if (typeof prev === 'string') dest[field] = prev + '; ' + value;
    else dest[field] = value;
  } else if (this.joinDuplicateHeaders) {
    if (dest[field] === undefined) dest[field] = value;
    else dest[field] += ', ' + value;
  } else if (dest[field] === undefined) {
    dest[field] = value;
  }
}
IncomingMessage.prototype._addHeaderLine = _addHeaderLine;

IncomingMessage.prototype._dump = function _dump() {
  if (!this._dumped) {
    this._dumped = true;
    // Buffered data may still come out as 'data' events: nobody is to see them.
    this.removeAllListeners('data');
    this.resume();
  }
};

module.exports = {
  IncomingMessage,
  hasHeaderLine,
  readStart,
  readStop,
};
