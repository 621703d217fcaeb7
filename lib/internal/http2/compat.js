'use strict';
// The http/1-style compatibility API of http2 servers: 'request' with Http2ServerRequest and
// Http2ServerResponse over a ServerHttp2Stream.

const { Readable, Stream } = require('stream');
const {
  codes: {
    ERR_HTTP2_HEADERS_SENT, ERR_HTTP2_INFO_STATUS_NOT_ALLOWED, ERR_HTTP2_STATUS_INVALID,
    ERR_INVALID_ARG_VALUE, ERR_INVALID_HTTP_TOKEN, ERR_HTTP2_INVALID_STREAM,
    ERR_STREAM_WRITE_AFTER_END, ERR_HTTP2_PSEUDOHEADER_NOT_ALLOWED, ERR_INVALID_ARG_TYPE,
    ERR_HTTP2_NO_SOCKET_MANIPULATION,
  },
} = require('internal/errors');
const { validateString } = require('internal/validators');
const constants = require('internal/http2/constants');
const { kSocket } = require('internal/http2/util');

const kStream = Symbol('kStream');
const kRequest = Symbol('kRequest');
const kHeaders = Symbol('kHeaders');
const kRawHeaders = Symbol('kRawHeaders');
const kTrailers = Symbol('kTrailers');
const kRawTrailers = Symbol('kRawTrailers');
const kState = Symbol('kState');
const kSetHeader = Symbol('kSetHeader');
const kRespond = Symbol('kRespond');

const kProxySocket = Symbol('kProxySocket');

// req.socket / res.socket: the session's transport behind a proxy on the stream. Stream events,
// end/destroy and the state flags are the stream's, setTimeout the session's; reading or writing
// the transport directly throws, everything else reads through to it.
function socketOf(stream) {
  return stream.session !== undefined ? stream.session[kSocket] : stream;
}
const kStreamOwn = new Set(['on', 'once', 'end', 'emit', 'destroy']);
const kStreamFlags = new Set(['writable', 'destroyed']);
const kNoManipulation = new Set(['write', 'read', 'pause', 'resume']);
const streamSocketHandler = {
  has(stream, prop) {
    return prop in stream || prop in socketOf(stream);
  },
  get(stream, prop) {
    if (kStreamOwn.has(prop)) return stream[prop].bind(stream);
    if (kStreamFlags.has(prop)) return stream[prop];
    if (prop === 'readable') {
      if (stream.destroyed) return false;
      const request = stream[kRequest];
      return request ? request.readable : stream.readable;
    }
    if (prop === 'setTimeout') {
      const session = stream.session;
      return session !== undefined ? session.setTimeout.bind(session) : stream.setTimeout.bind(stream);
    }
    if (kNoManipulation.has(prop)) throw new ERR_HTTP2_NO_SOCKET_MANIPULATION();
    const ref = socketOf(stream);
    const value = ref[prop];
    return typeof value === 'function' ? value.bind(ref) : value;
  },
  getPrototypeOf(stream) {
    return Reflect.getPrototypeOf(socketOf(stream));
  },
  set(stream, prop, value) {
    if (kStreamOwn.has(prop) || kStreamFlags.has(prop) || prop === 'readable') {
      stream[prop] = value;
      return true;
    }
    if (prop === 'setTimeout') {
      const session = stream.session;
      if (session !== undefined) session.setTimeout = value;
      else stream.setTimeout = value;
      return true;
    }
    if (kNoManipulation.has(prop)) throw new ERR_HTTP2_NO_SOCKET_MANIPULATION();
    socketOf(stream)[prop] = value;
    return true;
  },
};

const kTokenRe = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;

function onStreamData(chunk) {
  const req = this[kRequest];
  if (req !== undefined && !req.push(chunk)) this.pause();
}
function onStreamEnd() {
  const req = this[kRequest];
  if (req !== undefined) {
    req[kState].complete = true;
    req.push(null);
  }
}
function onStreamTrailers(trailers, flags, raw) {
  const req = this[kRequest];
  if (req !== undefined) {
    req[kTrailers] = trailers;
    req[kRawTrailers] = raw;
  }
}
function onStreamAborted() {
  const req = this[kRequest];
  if (req !== undefined) {
    req[kState].aborted = true;
    req.emit('aborted');
  }
}

class Http2ServerRequest extends Readable {
  constructor(stream, headers, options, rawHeaders) {
    super({ autoDestroy: false, ...options });
    this[kState] = { closed: false, complete: false, aborted: false };
    this[kHeaders] = headers;
    this[kRawHeaders] = rawHeaders;
    this[kTrailers] = {};
    this[kRawTrailers] = [];
    this[kStream] = stream;
    stream[kRequest] = this;
    stream.on('trailers', onStreamTrailers);
    stream.on('end', onStreamEnd);
    stream.on('error', () => {});
    stream.on('aborted', onStreamAborted);
    stream.on('close', () => {
      this[kState].closed = true;
      this.emit('close');
    });
    stream.on('timeout', () => this.emit('timeout'));
    stream.on('data', onStreamData);
    stream.pause();
    this.on('pause', () => stream.pause());
  }

  get aborted() { return this[kState].aborted; }
  get complete() {
    return this[kState].complete || this[kState].aborted || this[kState].closed;
  }
  get stream() { return this[kStream]; }
  get headers() { return this[kHeaders]; }
  get rawHeaders() { return this[kRawHeaders]; }
  get trailers() { return this[kTrailers]; }
  get rawTrailers() { return this[kRawTrailers]; }
  get httpVersionMajor() { return 2; }
  get httpVersionMinor() { return 0; }
  get httpVersion() { return '2.0'; }
  get socket() {
    const stream = this[kStream];
    if (!stream) return undefined;
    stream[kProxySocket] ??= new Proxy(stream, streamSocketHandler);
    return stream[kProxySocket];
  }
  get connection() { return this.socket; }
  get method() { return this[kHeaders][constants.HTTP2_HEADER_METHOD]; }
  set method(method) {
    validateString(method, 'method');
    if (method.trim() === '') throw new ERR_INVALID_ARG_VALUE('method', method);
    this[kHeaders][constants.HTTP2_HEADER_METHOD] = method;
  }
  get authority() { return this[kHeaders][constants.HTTP2_HEADER_AUTHORITY]; }
  get scheme() { return this[kHeaders][constants.HTTP2_HEADER_SCHEME]; }
  get url() { return this[kHeaders][constants.HTTP2_HEADER_PATH]; }
  set url(url) { this[kHeaders][constants.HTTP2_HEADER_PATH] = url; }

  _read(n) {
    const stream = this[kStream];
    if (stream !== undefined && !stream.destroyed) stream.resume();
  }

  setTimeout(msecs, callback) {
    if (!this[kState].closed) this[kStream].setTimeout(msecs, callback);
    return this;
  }
}

class Http2ServerResponse extends Stream {
  constructor(stream, options) {
    super(options);
    this[kState] = {
      closed: false, ending: false, destroyed: false, headRequest: false, sendDate: true,
      statusCode: constants.HTTP_STATUS_OK, statusMessage: '',
    };
    this[kHeaders] = { __proto__: null };
    this[kTrailers] = { __proto__: null };
    this[kStream] = stream;
    this.writable = true;
    this.req = stream[kRequest];
    stream[kResponse] = this;
    stream.on('drain', () => this.emit('drain'));
    stream.on('aborted', () => {});
    stream.on('close', () => {
      this[kState].closed = true;
      this.writable = false;
      if (this[kState].ending || stream.writableFinished) this.emit('finish');
      this.emit('close');
    });
    stream.on('wantTrailers', () => {
      const t = this[kTrailers];
      stream.sendTrailers(t);
    });
    stream.on('timeout', () => this.emit('timeout'));
  }

  get finished() { return this[kState].ending; }
  get writableEnded() { return this[kState].ending; }
  get writableFinished() { return this[kStream].writableFinished; }
  get writableCorked() { return this[kStream].writableCorked; }
  get writableHighWaterMark() { return this[kStream].writableHighWaterMark; }
  get writableLength() { return this[kStream].writableLength; }
  get headersSent() { return this[kStream].headersSent; }
  get _header() { return this.headersSent; }
  cork() { this[kStream].cork(); }
  uncork() { this[kStream].uncork(); }
  get stream() { return this[kStream]; }
  get socket() { return this.req ? this.req.socket : undefined; }
  get connection() { return this.socket; }
  get sendDate() { return this[kState].sendDate; }
  set sendDate(v) { this[kState].sendDate = !!v; }
  get statusCode() { return this[kState].statusCode; }
  set statusCode(code) {
    code |= 0;
    if (code >= 100 && code < 200) throw new ERR_HTTP2_INFO_STATUS_NOT_ALLOWED();
    if (code < 100 || code > 599) throw new ERR_HTTP2_STATUS_INVALID(code);
    this[kState].statusCode = code;
  }
  get statusMessage() { return ''; }
  set statusMessage(msg) {}

  setTrailer(name, value) {
    validateString(name, 'name');
    this[kTrailers][name.trim().toLowerCase()] = value;
  }
  addTrailers(headers) {
    for (const key of Object.keys(headers)) this.setTrailer(key, headers[key]);
  }
  getHeader(name) {
    validateString(name, 'name');
    return this[kHeaders][name.trim().toLowerCase()];
  }
  getHeaderNames() { return Object.keys(this[kHeaders]); }
  getHeaders() {
    const out = { __proto__: null };
    for (const k of Object.keys(this[kHeaders])) out[k] = this[kHeaders][k];
    return out;
  }
  hasHeader(name) {
    validateString(name, 'name');
    return this[kHeaders][name.trim().toLowerCase()] !== undefined;
  }
  removeHeader(name) {
    validateString(name, 'name');
    if (this[kStream].headersSent) throw new ERR_HTTP2_HEADERS_SENT();
    name = name.trim().toLowerCase();
    if (name === 'date') {
      this[kState].sendDate = false;
      return;
    }
    delete this[kHeaders][name];
  }
  setHeader(name, value) {
    validateString(name, 'name');
    if (this[kStream].headersSent) throw new ERR_HTTP2_HEADERS_SENT();
    this[kSetHeader](name, value);
    return this;
  }
  [kSetHeader](name, value) {
    name = name.trim().toLowerCase();
    if (!kTokenRe.test(name)) throw new ERR_INVALID_HTTP_TOKEN('Header name', name);
    if (name[0] === ':') throw new ERR_HTTP2_PSEUDOHEADER_NOT_ALLOWED();
    if (value === undefined) throw new ERR_INVALID_ARG_VALUE('value', value);
    this[kHeaders][name] = value;
  }
  appendHeader(name, value) {
    validateString(name, 'name');
    if (this[kStream].headersSent) throw new ERR_HTTP2_HEADERS_SENT();
    name = name.trim().toLowerCase();
    const cur = this[kHeaders][name];
    if (cur === undefined) this[kSetHeader](name, value);
    else this[kHeaders][name] = [].concat(cur, value);
    return this;
  }
  flushHeaders() {
    if (!this[kState].closed && !this[kStream].headersSent) this.writeHead(this[kState].statusCode);
  }
  writeHead(statusCode, statusMessage, headers) {
    const state = this[kState];
    if (state.closed || this.stream.destroyed) return this;
    if (this[kStream].headersSent) throw new ERR_HTTP2_HEADERS_SENT();
    if (typeof statusMessage === 'string') statusMessage = undefined;
    else if (headers === undefined) headers = statusMessage;
    this.statusCode = statusCode;
    if (Array.isArray(headers)) {
      if (headers.length && Array.isArray(headers[0])) {
        for (const [k, v] of headers) this.appendHeader(k, v);
      } else {
        for (let i = 0; i < headers.length; i += 2) this.appendHeader(headers[i], headers[i + 1]);
      }
    } else if (typeof headers === 'object' && headers !== null) {
      for (const k of Object.keys(headers)) this[kSetHeader](k, headers[k]);
    }
    this[kRespond]();
    return this;
  }
  [kRespond]() {
    const headers = { ':status': this[kState].statusCode };
    for (const k of Object.keys(this[kHeaders])) headers[k] = this[kHeaders][k];
    if (!this[kState].sendDate) headers.date = null;
    const trailers = Object.keys(this[kTrailers]).length > 0;
    this[kStream].respond(headers, { waitForTrailers: true, endStream: false, _compat: trailers });
  }
  write(chunk, encoding, cb) {
    const state = this[kState];
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = 'utf8';
    }
    if (state.ending) {
      const err = new ERR_STREAM_WRITE_AFTER_END();
      process.nextTick(() => this.emit('error', err));
      if (typeof cb === 'function') process.nextTick(cb, err);
      return false;
    }
    if (state.closed) {
      const err = new ERR_HTTP2_INVALID_STREAM();
      if (typeof cb === 'function') process.nextTick(cb, err);
      return false;
    }
    if (chunk === null || (typeof chunk !== 'string' && !ArrayBuffer.isView(chunk))) {
      throw new ERR_INVALID_ARG_TYPE('first argument', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
    if (!this[kStream].headersSent) this.writeHead(state.statusCode);
    return this[kStream].write(chunk, encoding, cb);
  }
  end(chunk, encoding, cb) {
    const state = this[kState];
    const stream = this[kStream];
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = null;
    } else if (typeof encoding === 'function') {
      cb = encoding;
      encoding = 'utf8';
    }
    if ((state.closed || state.ending) && state.headRequest === stream.headRequest) {
      if (typeof cb === 'function') process.nextTick(cb);
      return this;
    }
    if (chunk !== null && chunk !== undefined) this.write(chunk, encoding);
    state.headRequest = stream.headRequest;
    state.ending = true;
    if (typeof cb === 'function') {
      if (stream.writableEnded) this.once('finish', cb);
      else stream.once('finish', cb);
    }
    if (!stream.headersSent) this.writeHead(state.statusCode);
    if (this[kState].closed || stream.destroyed) {
      process.nextTick(() => this.emit('finish'));
    } else {
      stream.end();
    }
    return this;
  }
  destroy(err) {
    if (this[kState].destroyed) return;
    this[kState].destroyed = true;
    this[kStream].destroy(err);
  }
  setTimeout(msecs, callback) {
    if (!this[kState].closed) this[kStream].setTimeout(msecs, callback);
    return this;
  }
  createPushResponse(headers, callback) {
    if (typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    if (this[kState].closed) {
      process.nextTick(callback, new ERR_HTTP2_INVALID_STREAM());
      return;
    }
    this[kStream].pushStream(headers, {}, (err, stream) => {
      if (err) return callback(err);
      callback(null, new Http2ServerResponse(stream));
    });
  }
  writeContinue() {
    const stream = this[kStream];
    if (stream.headersSent || this[kState].closed) return false;
    stream.additionalHeaders({ ':status': 100 });
    return true;
  }
  writeEarlyHints(hints) {
    const stream = this[kStream];
    if (stream.headersSent || this[kState].closed) return false;
    const headers = { ':status': 103 };
    for (const k of Object.keys(hints)) headers[k.toLowerCase()] = hints[k];
    stream.additionalHeaders(headers);
    return true;
  }
}
const kResponse = Symbol('kResponse');

function onServerStream(ServerRequest, ServerResponse, stream, headers, flags, rawHeaders) {
  const server = this;
  const request = new (ServerRequest || Http2ServerRequest)(stream, headers, undefined, rawHeaders);
  const response = new (ServerResponse || Http2ServerResponse)(stream);
  stream.headRequest = headers[constants.HTTP2_HEADER_METHOD] === 'HEAD';
  if (headers.expect !== undefined) {
    if (headers.expect === '100-continue') {
      if (server.listenerCount('checkContinue')) {
        server.emit('checkContinue', request, response);
      } else {
        response.writeContinue();
        server.emit('request', request, response);
      }
    } else if (server.listenerCount('checkExpectation')) {
      server.emit('checkExpectation', request, response);
    } else {
      response.statusCode = constants.HTTP_STATUS_EXPECTATION_FAILED;
      response.end();
    }
    return;
  }
  server.emit('request', request, response);
}

module.exports = { Http2ServerRequest, Http2ServerResponse, onServerStream };
