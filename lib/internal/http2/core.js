'use strict';
// node:http2 sessions, streams and servers over internalBinding('http2'): an nghttp2 session fed
// from the socket's 'data' events. Every call into the session may queue frames and events;
// `pump()` writes the frames to the socket and hands the events to the stream and session objects.

const EventEmitter = require('events');
const net = require('net');
const tls = require('tls');
const fs = require('fs');
const { Duplex } = require('stream');
const { Buffer } = require('buffer');
const { URL } = require('internal/url');
const { utcDate } = require('internal/http');
const {
  codes: {
    ERR_HTTP2_INVALID_SESSION, ERR_HTTP2_INVALID_STREAM, ERR_HTTP2_HEADERS_SENT,
    ERR_HTTP2_STATUS_INVALID, ERR_HTTP2_STATUS_101, ERR_HTTP2_PUSH_DISABLED,
    ERR_HTTP2_NESTED_PUSH, ERR_HTTP2_TRAILERS_ALREADY_SENT, ERR_HTTP2_TRAILERS_NOT_READY,
    ERR_HTTP2_STREAM_ERROR, ERR_HTTP2_SESSION_ERROR, ERR_HTTP2_GOAWAY_SESSION,
    ERR_HTTP2_PING_LENGTH, ERR_HTTP2_PING_CANCEL, ERR_HTTP2_SETTINGS_CANCEL,
    ERR_HTTP2_OUT_OF_STREAMS, ERR_HTTP2_PAYLOAD_FORBIDDEN, ERR_HTTP2_INFO_STATUS_NOT_ALLOWED,
    ERR_HTTP2_INVALID_INFO_STATUS, ERR_HTTP2_CONNECT_AUTHORITY, ERR_HTTP2_CONNECT_PATH,
    ERR_HTTP2_CONNECT_SCHEME, ERR_HTTP2_UNSUPPORTED_PROTOCOL, ERR_HTTP2_SEND_FILE,
    ERR_HTTP2_HEADERS_AFTER_RESPOND, ERR_HTTP2_STREAM_CANCEL, ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE, ERR_HTTP2_MAX_PENDING_SETTINGS_ACK, ERR_HTTP2_SOCKET_UNBOUND,
    ERR_HTTP2_ALTSVC_INVALID_ORIGIN, ERR_HTTP2_ALTSVC_LENGTH, ERR_HTTP2_INVALID_ORIGIN,
    ERR_HTTP2_ORIGIN_LENGTH, ERR_INVALID_CHAR, ERR_OUT_OF_RANGE, ERR_HTTP2_NO_SOCKET_MANIPULATION,
  },
} = require('internal/errors');
const {
  validateFunction, validateObject, validateNumber, validateUint32, validateInt32,
  validateBuffer, validateString,
} = require('internal/validators');
const constants = require('internal/http2/constants');
const {
  getDefaultSettings, settingsToPairs, settingsFromPairs, nameForErrorCode, NghttpError,
  headersToList, listToHeaders, kMaxInt, kSocket,
} = require('internal/http2/util');

let binding;
function getBinding() {
  binding ??= internalBinding('http2');
  return binding;
}

const {
  NGHTTP2_NO_ERROR, NGHTTP2_INTERNAL_ERROR, NGHTTP2_CANCEL, NGHTTP2_SESSION_SERVER,
  NGHTTP2_SESSION_CLIENT, NGHTTP2_FLAG_END_STREAM, NGHTTP2_REFUSED_STREAM,
  HTTP2_HEADER_STATUS, HTTP2_HEADER_METHOD, HTTP2_HEADER_PATH, HTTP2_HEADER_SCHEME,
  HTTP2_HEADER_AUTHORITY, HTTP2_HEADER_DATE, HTTP2_HEADER_CONTENT_LENGTH,
  HTTP2_METHOD_GET, HTTP2_METHOD_HEAD, HTTP2_METHOD_CONNECT,
} = constants;

const kSession = Symbol('kSession');
const kHandle = Symbol('kHandle');
const kStreams = Symbol('kStreams');
const kState = Symbol('kState');
const kProxySocket = Symbol('kProxySocket');
const kServer = Symbol('kServer');
const kType = Symbol('kType');
const kPump = Symbol('kPump');
const kWriteCbs = Symbol('kWriteCbs');
const kPendingConsume = Symbol('kPendingConsume');
const kOnClose = Symbol('kOnClose');
const kInit = Symbol('kInit');
const kOptions = Symbol('kOptions');
const kTimer = Symbol('kTimer');
const kAuthority = Symbol('kAuthority');
const kProtocol = Symbol('kProtocol');
const kSessions = Symbol('kSessions');
const kEmitStream = Symbol('kEmitStream');

const EV_HEADERS = 1, EV_DATA = 2, EV_END = 3, EV_CLOSE = 4, EV_SETTINGS = 5, EV_PING = 6,
  EV_GOAWAY = 7, EV_PUSH_PROMISE = 8, EV_DATA_SENT = 9, EV_WANT_TRAILERS = 10,
  EV_FRAME_ERROR = 11, EV_RST = 12, EV_FRAME_SENT = 13, EV_ALTSVC = 14, EV_ORIGIN = 15;

// ALTSVC and ORIGIN payloads are limited to 16382 bytes; an alt-svc field value is a quoted-string
// body (RFC 7838).
const kMaxALTSVC = 16382;
const kQuotedString = /^[\x09\x20-\x5b\x5d-\x7e\x80-\xff]*$/;
const FRAME_GOAWAY = 7;
const NGHTTP2_ERR_PROTO = -505;
const NGHTTP2_ERR_SESSION_CLOSING = -530;
const HCAT_REQUEST = 0;

const kStatusNoBody = new Set([204, 205, 304]);

function toBuffer(u8) {
  return Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength);
}

// ---- sessions ---------------------------------------------------------------------------------

function sessionOptionsArray(options) {
  return [options.peerMaxConcurrentStreams, options.maxReservedRemoteStreams,
    options.maxDeflateDynamicTableSize, options.maxSendHeaderBlockLength,
    options.maxHeaderListPairs, options.maxSessionMemory];
}

const kSessionOwn = new Set(['setTimeout', 'ref', 'unref']);
const kNoManipulation = new Set(['destroy', 'emit', 'end', 'pause', 'read', 'resume', 'write',
  'setEncoding', 'setKeepAlive', 'setNoDelay']);

function boundSocket(session) {
  const socket = session[kSocket];
  if (socket === undefined) throw new ERR_HTTP2_SOCKET_UNBOUND();
  return socket;
}

const sessionSocketHandler = {
  get(session, prop) {
    if (kSessionOwn.has(prop)) return session[prop].bind(session);
    if (kNoManipulation.has(prop)) throw new ERR_HTTP2_NO_SOCKET_MANIPULATION();
    const socket = boundSocket(session);
    const value = socket[prop];
    return typeof value === 'function' ? value.bind(socket) : value;
  },
  getPrototypeOf(session) {
    return Reflect.getPrototypeOf(boundSocket(session));
  },
  set(session, prop, value) {
    if (kSessionOwn.has(prop)) {
      session[prop] = value;
      return true;
    }
    if (kNoManipulation.has(prop)) throw new ERR_HTTP2_NO_SOCKET_MANIPULATION();
    boundSocket(session)[prop] = value;
    return true;
  },
};

class Http2Session extends EventEmitter {
  constructor(type, options, socket) {
    super();
    this[kType] = type;
    this[kOptions] = options;
    this[kSocket] = socket;
    this[kStreams] = new Map();
    this[kState] = {
      destroyed: false, closed: false, destroyCode: NGHTTP2_NO_ERROR, goawayCode: null,
      goawayLastStreamID: null, pumping: false, pumpScheduled: false, blocked: false,
      pendingAck: 0, settingsCbs: [], pings: [], shutdownWritable: false, closeCb: null,
      timeoutMs: 0, connecting: false,
    };
    this[kHandle] = new (getBinding().Http2Session)(type === NGHTTP2_SESSION_SERVER,
                                                    sessionOptionsArray(options));
    this[kProtocol] = socket.encrypted ? 'h2' : 'h2c';
    this.encrypted = !!socket.encrypted;
    this.alpnProtocol = this[kProtocol];
    this[kLocalSettings] = undefined;
    this[kRemoteSettings] = undefined;
    this[kInit](socket);
  }

  [kInit](socket) {
    const session = this;
    socket[kSession] = this;
    this._onData = (chunk) => session.receive(chunk);
    this._onDrain = () => {
      session[kState].blocked = false;
      session[kPump]();
    };
    // The transport went away: open streams are cancelled, then the session ends.
    const onGone = () => {
      if (session.destroyed) return;
      for (const stream of [...session[kStreams].values()]) stream.close(NGHTTP2_CANCEL);
      session.destroy();
    };
    this._onSocketEnd = () => {
      session[kState].socketEnded = true;
      onGone();
    };
    this._onSocketError = (err) => {
      if (!session.destroyed) session.destroy(err);
    };
    this._onSocketClose = () => {
      session[kState].socketEnded = true;
      onGone();
    };
    this._onTimeout = () => {
      if (session.destroyed) return;
      session.emit('timeout');
    };
    socket.on('data', this._onData);
    socket.on('drain', this._onDrain);
    socket.on('end', this._onSocketEnd);
    socket.on('error', this._onSocketError);
    socket.on('close', this._onSocketClose);
    const settings = this[kOptions].settings || {};
    const pairs = settingsToPairs(settings) || [];
    this[kState].pendingAck++;
    this[kHandle].submitSettings(pairs.flat());
    if (this[kType] === NGHTTP2_SESSION_SERVER) this[kPump]();
  }

  get type() { return this[kType]; }
  // The transport seen through a proxy: its properties read through, setTimeout/ref/unref are
  // the session's, and reading, writing or ending it directly throws (as node).
  get socket() {
    this[kProxySocket] ??= new Proxy(this, sessionSocketHandler);
    return this[kProxySocket];
  }
  get destroyed() { return this[kState].destroyed; }
  get closed() { return this[kState].closed; }
  get connecting() { return this[kState].connecting; }
  get pendingSettingsAck() { return this[kState].pendingAck > 0; }

  get localSettings() {
    if (this.destroyed) return {};
    return settingsObject(this[kHandle].getSettings(false));
  }
  get remoteSettings() {
    if (this.destroyed) return {};
    return settingsObject(this[kHandle].getSettings(true));
  }
  get state() {
    if (this.destroyed) return {};
    const s = this[kHandle].state();
    if (!Array.isArray(s)) return {};
    return {
      effectiveLocalWindowSize: s[0], effectiveRecvDataLength: s[1], nextStreamID: s[2],
      localWindowSize: s[3], lastProcStreamID: s[4], remoteWindowSize: s[5],
      outboundQueueSize: s[6], deflateDynamicTableSize: s[7], inflateDynamicTableSize: s[8],
    };
  }

  // Bytes from the transport.
  receive(chunk) {
    if (this.destroyed) return;
    const rv = this[kHandle].receive(chunk);
    if (rv < 0) {
      this[kPump]();
      this.destroy(new NghttpError(rv));
      return;
    }
    this[kPump]();
  }

  // Writes what nghttp2 has to send and dispatches the events, until nothing is left.
  [kPump]() {
    const state = this[kState];
    if (state.destroyed || state.pumping) return;
    state.pumping = true;
    try {
      for (let rounds = 0; rounds < 1000; rounds++) {
        let wrote = false;
        if (!state.blocked && !state.shutdownWritable) {
          const out = this[kHandle].send();
          if (typeof out === 'number') {
            state.pumping = false;
            this.destroy(new NghttpError(out));
            return;
          }
          if (out !== undefined) {
            wrote = true;
            const socket = this[kSocket];
            if (!socket.destroyed && socket.writable) {
              if (!socket.write(toBuffer(out))) state.blocked = true;
            }
          }
        }
        const evs = this[kHandle].takeEvents();
        if (evs !== undefined) this.dispatch(evs);
        if (state.destroyed) return;
        if (!wrote && evs === undefined) break;
      }
      if (state.protocolError) {
        // nghttp2 ended the connection over the peer's protocol error (its GOAWAY went out).
        state.pumping = false;
        this.destroy(new NghttpError(NGHTTP2_ERR_PROTO));
        return;
      }
    } finally {
      state.pumping = false;
    }
  }

  schedulePump() {
    const state = this[kState];
    if (state.pumpScheduled || state.destroyed) return;
    state.pumpScheduled = true;
    process.nextTick(() => {
      state.pumpScheduled = false;
      this[kPump]();
    });
  }

  dispatch(evs) {
    for (let i = 0; i < evs.length; i += 5) {
      if (this[kState].destroyed) return;
      const type = evs[i], id = evs[i + 1], a = evs[i + 2], b = evs[i + 3], payload = evs[i + 4];
      const stream = this[kStreams].get(id);
      switch (type) {
        case EV_HEADERS: this.onHeaders(id, stream, a, b, payload); break;
        case EV_DATA:
          if (stream !== undefined) stream.onData(toBuffer(payload));
          else this[kHandle].consume(id, payload.byteLength);
          break;
        case EV_END: if (stream !== undefined) stream.onEnd(); break;
        case EV_CLOSE: if (stream !== undefined) stream.onClose(a); break;
        case EV_RST:
          if (stream !== undefined) {
            stream.rstCode = a;
            stream[kState].rstReceived = true;
          }
          break;
        case EV_DATA_SENT: if (stream !== undefined) stream.onDataSent(a); break;
        case EV_WANT_TRAILERS: if (stream !== undefined) stream.onWantTrailers(); break;
        case EV_SETTINGS: this.onSettings(a); break;
        case EV_PING: this.onPing(a, toBuffer(payload)); break;
        case EV_GOAWAY: this.onGoaway(a, b, toBuffer(payload)); break;
        case EV_PUSH_PROMISE: this.onPushPromise(id, stream, a, payload); break;
        case EV_ALTSVC: this.emit('altsvc', payload[1], payload[0], id); break;
        case EV_ORIGIN: this.onOrigin(payload); break;
        case EV_FRAME_SENT:
          if (a === FRAME_GOAWAY) {
            this[kState].goawaySent = true;
            // nghttp2 ended the connection over the peer's protocol error.
            if (!this[kState].goawaySubmitted) this[kState].protocolError = true;
          }
          break;
        case EV_FRAME_ERROR:
          // Frames dropped because the session is closing are not errors.
          if ((b | 0) === NGHTTP2_ERR_SESSION_CLOSING) break;
          if (stream !== undefined) stream.emit('frameError', a, b | 0, id);
          else this.emit('frameError', a, b | 0, id);
          break;
      }
    }
  }

  // The origins this (TLS) session is authoritative for: its own, then what ORIGIN frames added.
  get originSet() {
    if (!this.encrypted || this.destroyed) return undefined;
    return [...initOriginSet(this)];
  }

  onOrigin(list) {
    if (!this.encrypted || this.destroyed) return;
    const originSet = initOriginSet(this);
    const origins = [];
    for (let i = 0; i < list.length; i += 3) {
      origins.push(list[i]);
      originSet.add(list[i]);
    }
    this.emit('origin', origins);
  }

  onSettings(ack) {
    if (ack) {
      const state = this[kState];
      if (state.pendingAck > 0) state.pendingAck--;
      const cb = state.settingsCbs.shift();
      const settings = this.localSettings;
      if (cb) cb(null, settings, 0);
      this.emit('localSettings', settings);
    } else {
      this.emit('remoteSettings', this.remoteSettings);
    }
  }

  onPing(ack, payload) {
    if (!ack) {
      this.emit('ping', payload);
      return;
    }
    const p = this[kState].pings.shift();
    if (p) p.cb(null, Number(process.hrtime.bigint() - p.start) / 1e6, payload);
  }

  get goawayCode() { return this[kState].goawayCode || NGHTTP2_NO_ERROR; }
  get goawayLastStreamID() { return this[kState].goawayLastStreamID || 0; }

  // The id the next stream this side opens gets (nghttp2 refuses ids it cannot use).
  setNextStreamID(id) {
    if (this.destroyed) throw new ERR_HTTP2_INVALID_SESSION();
    validateNumber(id, 'id');
    if (id <= 0 || id > 2 ** 32 - 1) {
      throw new ERR_OUT_OF_RANGE('id', `> 0 and <= ${2 ** 32 - 1}`, id);
    }
    this[kHandle].setNextStreamID(id);
  }

  onGoaway(code, lastStreamID, opaque) {
    const state = this[kState];
    state.goawayCode = code;
    state.goawayLastStreamID = lastStreamID;
    this.emit('goaway', code, lastStreamID, opaque);
    if (this.destroyed) return;
    // Streams the peer will not process are refused.
    for (const [id, stream] of this[kStreams]) {
      if (id > lastStreamID && (id & 1) === (this[kType] === NGHTTP2_SESSION_CLIENT ? 1 : 0)) {
        stream.destroy(new ERR_HTTP2_GOAWAY_SESSION());
      }
    }
    if (code === NGHTTP2_NO_ERROR) this.close();
    else this.destroy(new ERR_HTTP2_SESSION_ERROR(code), NGHTTP2_NO_ERROR);
  }

  onHeaders(id, stream, cat, flags, list) {
    const { headers, raw } = listToHeaders(list);
    const ended = (flags & NGHTTP2_FLAG_END_STREAM) !== 0;
    if (stream === undefined) {
      if (this[kType] !== NGHTTP2_SESSION_SERVER || cat !== HCAT_REQUEST) {
        return;
      }
      stream = new ServerHttp2Stream(this, id, headers);
      stream.headRequest = headers[HTTP2_HEADER_METHOD] === HTTP2_METHOD_HEAD;
      this[kStreams].set(id, stream);
      if (ended) {
        stream.endAfterHeaders = true;
        stream.push(null);
      }
      if (this.closed) {
        stream.close(NGHTTP2_REFUSED_STREAM);
        return;
      }
      this.emit('stream', stream, headers, flags, raw);
      return;
    }
    stream.onHeaders(cat, flags, headers, raw, ended);
  }

  onPushPromise(parentId, parent, promisedId, list) {
    const { headers, raw } = listToHeaders(list);
    const stream = new ClientHttp2Stream(this, promisedId, true);
    stream[kState].pushed = true;
    this[kStreams].set(promisedId, stream);
    if (!this.emit('stream', stream, headers, 0, raw)) {
      stream.close(NGHTTP2_CANCEL);
      return;
    }
  }

  // ---- public API ----

  setTimeout(msecs, callback) {
    if (this.destroyed) return;
    validateNumber(msecs, 'msecs', 0);
    this[kState].timeoutMs = msecs;
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.once('timeout', callback);
    }
    this[kSocket].setTimeout(msecs);
    this[kSocket].removeListener('timeout', this._onTimeout);
    if (msecs > 0) this[kSocket].on('timeout', this._onTimeout);
  }

  ping(payload, callback) {
    if (this.destroyed) throw new ERR_HTTP2_INVALID_SESSION();
    if (typeof payload === 'function') {
      callback = payload;
      payload = undefined;
    }
    if (payload !== undefined) {
      if (!ArrayBuffer.isView(payload)) {
        throw new ERR_INVALID_ARG_TYPE('payload', ['Buffer', 'TypedArray', 'DataView'], payload);
      }
      if (payload.byteLength !== 8) throw new ERR_HTTP2_PING_LENGTH();
    }
    validateFunction(callback, 'callback');
    const bytes = payload === undefined ? Buffer.alloc(8) :
      Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength);
    this[kState].pings.push({ cb: callback, start: process.hrtime.bigint() });
    this[kHandle].submitPing(bytes);
    this.schedulePump();
    return true;
  }

  settings(settings, callback) {
    if (this.destroyed) throw new ERR_HTTP2_INVALID_SESSION();
    validateObject(settings, 'settings');
    const pairs = settingsToPairs(settings);
    if (callback !== undefined) validateFunction(callback, 'callback');
    if (this[kState].pendingAck >= 10) throw new ERR_HTTP2_MAX_PENDING_SETTINGS_ACK();
    this[kState].pendingAck++;
    this[kState].settingsCbs.push(callback);
    this[kHandle].submitSettings((pairs || []).flat());
    this.schedulePump();
  }

  setLocalWindowSize(windowSize) {
    if (this.destroyed) throw new ERR_HTTP2_INVALID_SESSION();
    validateInt32(windowSize, 'windowSize', 0);
    this[kHandle].setLocalWindowSize(windowSize);
    this.schedulePump();
  }

  goaway(code = NGHTTP2_NO_ERROR, lastStreamID = 0, opaqueData) {
    if (this.destroyed) throw new ERR_HTTP2_INVALID_SESSION();
    if (opaqueData !== undefined && !ArrayBuffer.isView(opaqueData)) {
      throw new ERR_INVALID_ARG_TYPE('opaqueData', ['Buffer', 'TypedArray', 'DataView'], opaqueData);
    }
    validateNumber(code, 'code');
    validateNumber(lastStreamID, 'lastStreamID');
    this[kState].goawaySubmitted = true;
    this[kHandle].submitGoaway(code, lastStreamID, opaqueData);
    this.schedulePump();
  }

  close(callback) {
    if (this.closed || this.destroyed) return;
    this[kState].closed = true;
    if (typeof callback === 'function') this.once('close', callback);
    this[kState].goawaySubmitted = true;
    this[kHandle].submitGoaway(NGHTTP2_NO_ERROR, -1);
    this[kPump]();
    this.maybeDestroy();
  }

  maybeDestroy() {
    if (this.closed && !this.destroyed && this[kStreams].size === 0) this.destroy();
  }

  destroy(error = NGHTTP2_NO_ERROR, code) {
    const state = this[kState];
    if (state.destroyed || state.destroying) return;
    state.destroying = true;
    if (typeof error === 'number') {
      code = error;
      error = code !== NGHTTP2_NO_ERROR ? new ERR_HTTP2_SESSION_ERROR(code) : undefined;
    }
    if (code === undefined && error != null) code = NGHTTP2_INTERNAL_ERROR;
    if (code === undefined) code = NGHTTP2_NO_ERROR;
    state.closed = true;
    // Streams go first, with the session's error.
    const cancel = error != null ? new ERR_HTTP2_STREAM_CANCEL(error) : undefined;
    for (const stream of [...this[kStreams].values()]) {
      stream[kState].sessionCode = code;
      stream.destroy(stream.pending ? cancel : error);
    }
    const socket = this[kSocket];
    // A GOAWAY with the code, if the transport can still take it.
    if (!socket.destroyed && socket.writable && !state.socketEnded) {
      if (!state.goawaySent && (code !== NGHTTP2_NO_ERROR || error == null)) {
        state.goawaySubmitted = true;
        this[kHandle].submitGoaway(code, -1);
      }
      const out = this[kHandle].send();
      if (out !== undefined && typeof out !== 'number') socket.write(toBuffer(out));
    }
    state.destroyed = true;
    this[kHandle].destroy();
    socket.removeListener('data', this._onData);
    socket.removeListener('drain', this._onDrain);
    socket.removeListener('timeout', this._onTimeout);
    for (const p of state.pings) process.nextTick(p.cb, new ERR_HTTP2_PING_CANCEL());
    state.pings = [];
    for (const cb of state.settingsCbs) if (cb) process.nextTick(cb, new ERR_HTTP2_SETTINGS_CANCEL());
    state.settingsCbs = [];
    if (!socket.destroyed) {
      socket.end();
      if (error != null) socket.destroy();
      else setImmediate(() => { if (!socket.destroyed) socket.destroy(); });
    }
    process.nextTick(() => {
      if (error != null) this.emit('error', error);
      this.emit('close');
    });
  }

  ref() { if (this[kSocket].ref) this[kSocket].ref(); }
  unref() { if (this[kSocket].unref) this[kSocket].unref(); }

  [kOnClose](stream) {
    this[kStreams].delete(stream.id);
    this.maybeDestroy();
  }
}

const kLocalSettings = Symbol('kLocalSettings');
const kRemoteSettings = Symbol('kRemoteSettings');

function settingsObject(v) {
  if (!Array.isArray(v)) return {};
  return {
    headerTableSize: v[0], enablePush: v[1] !== 0, initialWindowSize: v[3], maxFrameSize: v[4],
    maxConcurrentStreams: v[2], maxHeaderListSize: v[5], maxHeaderSize: v[5],
    enableConnectProtocol: v[6] !== 0,
  };
}

class ServerHttp2Session extends Http2Session {
  constructor(options, socket, server) {
    super(NGHTTP2_SESSION_SERVER, options, socket);
    this[kServer] = server;
  }
  get server() { return this[kServer]; }

  // An ALTSVC frame for an origin (string, URL or { origin }) on stream 0, or for a stream.
  altsvc(alt, originOrStream) {
    if (this.destroyed) throw new ERR_HTTP2_INVALID_SESSION();
    let stream = 0;
    let origin;
    if (typeof originOrStream === 'string') {
      origin = new URL(originOrStream).origin;
      if (origin === 'null') throw new ERR_HTTP2_ALTSVC_INVALID_ORIGIN();
    } else if (typeof originOrStream === 'number') {
      if (originOrStream >>> 0 !== originOrStream || originOrStream === 0) {
        throw new ERR_OUT_OF_RANGE('originOrStream', `> 0 && < ${2 ** 32}`, originOrStream);
      }
      stream = originOrStream;
    } else if (originOrStream !== undefined) {
      if (originOrStream !== null && typeof originOrStream === 'object') {
        origin = originOrStream.origin;
      }
      if (typeof origin !== 'string') {
        throw new ERR_INVALID_ARG_TYPE('originOrStream', ['string', 'number', 'URL', 'Object'],
                                       originOrStream);
      }
      if (origin === 'null' || origin.length === 0) throw new ERR_HTTP2_ALTSVC_INVALID_ORIGIN();
    }
    validateString(alt, 'alt');
    if (!kQuotedString.test(alt)) throw new ERR_INVALID_CHAR('alt');
    if (alt.length + (origin !== undefined ? origin.length : 0) > kMaxALTSVC) {
      throw new ERR_HTTP2_ALTSVC_LENGTH();
    }
    // A frame needs an origin on stream 0, and none on a stream (node 22 aborts here).
    if (stream === 0 && !origin) throw new ERR_HTTP2_ALTSVC_INVALID_ORIGIN();
    this[kHandle].submitAltsvc(stream, origin || '', alt);
    this.schedulePump();
  }

  // An ORIGIN frame listing the origins (strings, URLs or { origin }).
  origin(...origins) {
    if (this.destroyed) throw new ERR_HTTP2_INVALID_SESSION();
    if (origins.length === 0) return;
    const list = [];
    let length = 0;
    for (let origin of origins) {
      if (typeof origin === 'string') origin = new URL(origin).origin;
      else if (origin != null && typeof origin === 'object') origin = origin.origin;
      validateString(origin, 'origin');
      if (origin === 'null') throw new ERR_HTTP2_INVALID_ORIGIN();
      list.push(origin);
      length += origin.length;
    }
    if (length > kMaxALTSVC) throw new ERR_HTTP2_ORIGIN_LENGTH();
    this[kHandle].submitOrigin(list);
    this.schedulePump();
  }
}

// The session's own origin (https://servername:port) comes first.
function initOriginSet(session) {
  const state = session[kState];
  if (state.originSet === undefined) {
    state.originSet = new Set();
    const socket = session[kSocket];
    if (socket.servername != null) {
      let origin = `https://${socket.servername}`;
      if (socket.remotePort != null) origin += `:${socket.remotePort}`;
      state.originSet.add(new URL(origin).origin);
    }
  }
  return state.originSet;
}

class ClientHttp2Session extends Http2Session {
  constructor(options, socket, authority) {
    super(NGHTTP2_SESSION_CLIENT, options, socket);
    this[kAuthority] = authority;
  }

  request(headers, options) {
    if (this.destroyed) throw new ERR_HTTP2_INVALID_SESSION();
    if (this.closed) throw new ERR_HTTP2_GOAWAY_SESSION();
    if (headers == null) headers = {};
    else if (typeof headers !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('headers', ['Array', 'Object'], headers);
    }
    if (options === undefined) options = {};
    else validateObject(options, 'options');
    headers = Object.assign({ __proto__: null }, headers);
    const sensitive = headers[require('internal/http2/util').sensitiveHeaders];
    const method = headers[HTTP2_HEADER_METHOD] ??= HTTP2_METHOD_GET;
    const connect = method === HTTP2_METHOD_CONNECT;
    if (!connect || headers[':protocol'] !== undefined) {
      headers[HTTP2_HEADER_AUTHORITY] ??= this[kAuthority];
      headers[HTTP2_HEADER_SCHEME] ??= this.encrypted ? 'https' : 'http';
      headers[HTTP2_HEADER_PATH] ??= '/';
    } else {
      if (headers[HTTP2_HEADER_AUTHORITY] === undefined) throw new ERR_HTTP2_CONNECT_AUTHORITY();
      if (headers[HTTP2_HEADER_SCHEME] !== undefined) throw new ERR_HTTP2_CONNECT_SCHEME();
      if (headers[HTTP2_HEADER_PATH] !== undefined) throw new ERR_HTTP2_CONNECT_PATH();
    }
    const ordered = {};
    for (const k of [HTTP2_HEADER_METHOD, HTTP2_HEADER_AUTHORITY, HTTP2_HEADER_SCHEME, HTTP2_HEADER_PATH]) {
      if (headers[k] !== undefined) ordered[k] = headers[k];
    }
    for (const k of Object.keys(headers)) if (ordered[k] === undefined) ordered[k] = headers[k];
    if (sensitive !== undefined) ordered[require('internal/http2/util').sensitiveHeaders] = sensitive;
    const list = headersToList(ordered, false);
    // GET, HEAD and DELETE carry no body unless the caller says otherwise.
    let endStream = options.endStream === undefined ?
      (method === HTTP2_METHOD_GET || method === HTTP2_METHOD_HEAD || method === 'DELETE') :
      !!options.endStream;
    if (options.waitForTrailers !== undefined && typeof options.waitForTrailers !== 'boolean') {
      throw new ERR_INVALID_ARG_VALUE('options.waitForTrailers', options.waitForTrailers);
    }
    if (options.signal !== undefined && options.signal.aborted) {
      // Node hands back a stream destroyed with AbortError.
    }
    const id = this[kHandle].submitRequest(list, (endStream ? 1 : 0) | (options.waitForTrailers ? 2 : 0));
    if (id < 0) {
      if (id === -509 /* NGHTTP2_ERR_STREAM_ID_NOT_AVAILABLE */) throw new ERR_HTTP2_OUT_OF_STREAMS();
      throw new NghttpError(id);
    }
    const stream = new ClientHttp2Stream(this, id, false);
    if (this.connecting) stream[kState].pending = true;
    stream[kState].waitForTrailers = !!options.waitForTrailers;
    stream.sentHeaders = ordered;
    stream[kState].headersSent = true;
    this[kStreams].set(id, stream);
    if (endStream) {
      stream[kState].endSubmitted = true;
      stream.end();
    }
    if (options.signal !== undefined) {
      const signal = options.signal;
      const onAbort = () => {
        const { AbortError } = require('internal/errors');
        stream.destroy(new AbortError(undefined, { cause: signal.reason }));
      };
      if (signal.aborted) process.nextTick(onAbort);
      else {
        signal.addEventListener('abort', onAbort, { once: true });
        stream.once('close', () => signal.removeEventListener('abort', onAbort));
      }
    }
    this.schedulePump();
    return stream;
  }
}

// ---- streams ----------------------------------------------------------------------------------

class Http2Stream extends Duplex {
  constructor(session, id, options) {
    super({ allowHalfOpen: true, decodeStrings: false, autoDestroy: false, ...options });
    this[kSession] = session;
    this.id = id;
    this[kState] = {
      headersSent: false, trailersSent: false, closed: false, waitForTrailers: false,
      endSubmitted: false, didRead: false, sessionCode: NGHTTP2_NO_ERROR, pushed: false,
      rstSent: false, noBody: false,
    };
    this[kWriteCbs] = [];
    this[kPendingConsume] = 0;
    this.rstCode = NGHTTP2_NO_ERROR;
    this.sentHeaders = undefined;
    this.sentTrailers = undefined;
    this.sentInfoHeaders = undefined;
    this.endAfterHeaders = false;
    this.headRequest = false;
    this[kTimer] = null;
    this.on('finish', onStreamFinish);
  }

  get session() { return this[kSession]; }
  get headersSent() { return this[kState].headersSent; }
  get closed() { return this[kState].closed; }
  get pending() { return !!this[kState].pending; }
  get aborted() { return !!this[kState].aborted; }
  get bufferSize() { return this.writableLength; }
  get state() {
    const s = this.destroyed ? undefined : this[kSession][kHandle].streamState(this.id);
    if (!Array.isArray(s)) return {};
    return { localWindowSize: s[5], state: s[0], localClose: s[3], remoteClose: s[4],
      sumDependencyWeight: s[2], weight: s[1] };
  }
  priority() {}

  setTimeout(msecs, callback) {
    if (this.destroyed) return this;
    validateNumber(msecs, 'msecs', 0);
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      if (msecs === 0) this.removeListener('timeout', callback);
      else this.once('timeout', callback);
    }
    if (this[kTimer]) clearTimeout(this[kTimer]);
    this[kTimer] = null;
    if (msecs > 0) {
      this[kTimer] = setTimeout(() => { this[kTimer] = null; this.emit('timeout'); }, msecs);
      this[kTimer].unref();
    }
    return this;
  }
  touch() { if (this[kTimer]) this[kTimer].refresh(); }

  // ---- from the session ----
  onData(buf) {
    this.touch();
    const n = buf.length;
    if (this.push(buf)) this[kSession][kHandle].consume(this.id, n);
    else this[kPendingConsume] += n;
    this[kSession].schedulePump();
  }
  onEnd() {
    this.push(null);
  }
  onHeaders(cat, flags, headers, raw, ended) {
    this.touch();
    if (ended) this.push(null);
  }
  onDataSent(n) {
    this.touch();
    const cbs = this[kWriteCbs];
    while (n > 0 && cbs.length > 0) {
      const w = cbs[0];
      const take = Math.min(n, w.left);
      w.left -= take;
      n -= take;
      if (w.left === 0) {
        cbs.shift();
        w.cb();
      }
    }
  }
  onWantTrailers() {
    this.emit('wantTrailers');
  }
  onClose(code) {
    const state = this[kState];
    state.closed = true;
    if (!state.rstSent && !state.rstReceived) this.rstCode = code;
    this.markAborted();
    // Unsent writes will never go: their callbacks run now.
    for (const w of this[kWriteCbs].splice(0)) w.cb();
    if (code !== NGHTTP2_NO_ERROR || !this.readable) {
      // A readable side that already got END_STREAM still emits 'end' first.
      const rs = this._readableState;
      if (this.readable && rs.ended && !rs.endEmitted && this.readableFlowing) {
        this.once('end', () => this.destroy());
        return;
      }
      if (this.readable && !this.readableEnded) this.push(null);
      this.destroy();
      return;
    }
    this.on('end', () => this.destroy());
    this.push(null);
    if (this[kSession][kType] === NGHTTP2_SESSION_SERVER && !state.didRead && this.readableFlowing === null) {
      this.resume();
    } else {
      this.read(0);
    }
  }

  // A stream reset before its writable side ended was aborted.
  markAborted() {
    if (this.writableEnded || this[kState].aborted) return;
    this[kState].aborted = true;
    this.emit('aborted');
    this.end();
  }

  // ---- Duplex ----
  _read() {
    this[kState].didRead = true;
    const n = this[kPendingConsume];
    if (n > 0 && !this.destroyed && !this[kSession].destroyed) {
      this[kPendingConsume] = 0;
      this[kSession][kHandle].consume(this.id, n);
      this[kSession].schedulePump();
    }
  }

  _write(chunk, encoding, cb) {
    this._writev([{ chunk, encoding }], cb);
  }

  _writev(chunks, cb) {
    if (this.destroyed || this[kSession].destroyed) return cb(new ERR_HTTP2_INVALID_STREAM());
    if (!this[kState].headersSent) this.respond();
    if (this[kState].noBody) return cb(new ERR_HTTP2_PAYLOAD_FORBIDDEN(this.sentHeaders[HTTP2_HEADER_STATUS]));
    let total = 0;
    const handle = this[kSession][kHandle];
    for (const { chunk, encoding } of chunks) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
      if (buf.length === 0) continue;
      total += buf.length;
      handle.write(this.id, buf);
    }
    this.touch();
    if (total === 0 || this[kState].closed) cb();
    else this[kWriteCbs].push({ left: total, cb });
    this[kSession].schedulePump();
  }

  _final(cb) {
    const st = this[kState];
    if (st.closed || st.rstSent || st.aborted || this[kSession].destroyed) {
      st.endSubmitted = true;
      return cb();
    }
    if (!this[kState].headersSent && this[kSession][kType] === NGHTTP2_SESSION_SERVER) {
      this.respond(undefined, { endStream: true });
    } else if (!this[kState].endSubmitted && !this[kState].closed && !this[kSession].destroyed) {
      this[kSession][kHandle].end(this.id);
      this[kSession].schedulePump();
    }
    this[kState].endSubmitted = true;
    cb();
  }

  sendTrailers(headers) {
    if (this.destroyed || this.closed) throw new ERR_HTTP2_INVALID_STREAM();
    if (this[kState].trailersSent) throw new ERR_HTTP2_TRAILERS_ALREADY_SENT();
    if (!this[kState].trailersReady) throw new ERR_HTTP2_TRAILERS_NOT_READY();
    validateObject(headers, 'headers');
    headers = Object.assign({ __proto__: null }, headers);
    const list = headersToList(headers, false);
    this[kState].trailersSent = true;
    this.sentTrailers = headers;
    this[kSession][kHandle].submitTrailers(this.id, list);
    this[kSession].schedulePump();
  }

  close(code = NGHTTP2_NO_ERROR, callback) {
    validateUint32(code, 'code');
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.once('close', callback);
    }
    if (this.closed || this[kState].rstSent) return;
    this[kState].rstSent = true;
    this.rstCode = code;
    this.markAborted();
    this.end();
    const session = this[kSession];
    if (!session.destroyed && this.id !== undefined) {
      session[kHandle].submitRst(this.id, code);
      session.schedulePump();
    }
  }

  _destroy(err, callback) {
    const session = this[kSession];
    const state = this[kState];
    if (this[kTimer]) clearTimeout(this[kTimer]);
    if (!state.closed) {
      state.closed = true;
      let code = err != null ? NGHTTP2_INTERNAL_ERROR : (state.sessionCode || NGHTTP2_NO_ERROR);
      if (err != null && err.name === 'AbortError') code = NGHTTP2_CANCEL;
      if (!state.rstSent) {
        this.rstCode = code;
        if (!this.writableEnded && !state.aborted) {
          state.aborted = true;
          this.emit('aborted');
        }
        if (!session.destroyed && this.id !== undefined) {
          state.rstSent = true;
          session[kHandle].submitRst(this.id, code);
          session.schedulePump();
        }
      }
    }
    const rst = this.rstCode;
    if (err == null && rst !== NGHTTP2_NO_ERROR && rst !== NGHTTP2_CANCEL) {
      err = new ERR_HTTP2_STREAM_ERROR(nameForErrorCode(rst));
    }
    for (const w of this[kWriteCbs].splice(0)) process.nextTick(w.cb);
    session[kOnClose](this);
    callback(err);
  }
}

function onStreamFinish() {
  // the writable side is done; a stream whose readable side also ended is closed by nghttp2.
}

class ServerHttp2Stream extends Http2Stream {
  constructor(session, id, headers) {
    super(session, id);
    this[kState].requestHeaders = headers;
    this[kState].method = headers !== undefined ? headers[HTTP2_HEADER_METHOD] : HTTP2_METHOD_GET;
  }

  get pushAllowed() {
    return !this.destroyed && !this[kState].pushed && this[kSession].remoteSettings.enablePush;
  }

  respond(headers, options) {
    if (this.destroyed || this.closed) throw new ERR_HTTP2_INVALID_STREAM();
    if (this[kState].headersSent) throw new ERR_HTTP2_HEADERS_SENT();
    if (options === undefined) options = {};
    else validateObject(options, 'options');
    const h = prepareResponseHeaders(headers);
    let endStream = !!options.endStream;
    const status = h[HTTP2_HEADER_STATUS];
    if (kStatusNoBody.has(status) || this[kState].method === HTTP2_METHOD_HEAD) {
      endStream = true;
      if (kStatusNoBody.has(status)) this[kState].noBody = true;
    }
    if (this.writableEnded && this.writableLength === 0) endStream = true;
    const list = headersToList(h, true);
    this[kState].headersSent = true;
    this[kState].waitForTrailers = !!options.waitForTrailers;
    this.sentHeaders = h;
    const flags = (endStream ? 1 : 0) | (options.waitForTrailers ? 2 : 0);
    const rv = this[kSession][kHandle].submitResponse(this.id, list, flags);
    if (rv < 0) throw new NghttpError(rv);
    if (endStream) {
      this[kState].endSubmitted = true;
      if (!this.writableEnded) this.end();
    }
    this[kSession].schedulePump();
  }

  additionalHeaders(headers) {
    if (this.destroyed || this.closed) throw new ERR_HTTP2_INVALID_STREAM();
    if (this[kState].headersSent) throw new ERR_HTTP2_HEADERS_AFTER_RESPOND();
    validateObject(headers, 'headers');
    headers = Object.assign({ __proto__: null }, headers);
    const status = headers[HTTP2_HEADER_STATUS];
    if (status !== undefined) {
      if (status === 101) throw new ERR_HTTP2_STATUS_101();
      if (status < 100 || status >= 200) throw new ERR_HTTP2_INVALID_INFO_STATUS(status);
    }
    headers[HTTP2_HEADER_STATUS] ??= 100;
    (this.sentInfoHeaders ??= []).push(headers);
    this[kSession][kHandle].submitInfo(this.id, headersToList(headers, true));
    this[kSession].schedulePump();
  }

  pushStream(headers, options, callback) {
    if (typeof options === 'function') {
      callback = options;
      options = undefined;
    }
    validateFunction(callback, 'callback');
    if (this.destroyed || this.closed) throw new ERR_HTTP2_INVALID_STREAM();
    if (this[kState].pushed) throw new ERR_HTTP2_NESTED_PUSH();
    const session = this[kSession];
    if (!session.remoteSettings.enablePush) throw new ERR_HTTP2_PUSH_DISABLED();
    if (options === undefined) options = {};
    headers = Object.assign({ __proto__: null }, headers);
    const req = this[kState].requestHeaders || {};
    headers[HTTP2_HEADER_METHOD] ??= HTTP2_METHOD_GET;
    headers[HTTP2_HEADER_AUTHORITY] ??= req[HTTP2_HEADER_AUTHORITY];
    headers[HTTP2_HEADER_SCHEME] ??= req[HTTP2_HEADER_SCHEME];
    headers[HTTP2_HEADER_PATH] ??= '/';
    const list = headersToList(headers, false);
    const id = session[kHandle].submitPushPromise(this.id, list);
    if (id < 0) {
      const err = id === -509 ? new ERR_HTTP2_OUT_OF_STREAMS() : new NghttpError(id);
      process.nextTick(callback, err);
      return;
    }
    const stream = new ServerHttp2Stream(session, id, headers);
    stream[kState].pushed = true;
    stream.push(null);
    session[kStreams].set(id, stream);
    session.schedulePump();
    process.nextTick(callback, null, stream, headers, 0);
  }

  respondWithFD(fd, headers, options) {
    if (this.destroyed || this.closed) throw new ERR_HTTP2_INVALID_STREAM();
    if (this[kState].headersSent) throw new ERR_HTTP2_HEADERS_SENT();
    if (fd != null && typeof fd === 'object' && typeof fd.fd === 'number') fd = fd.fd;
    validateInt32(fd, 'fd', 0);
    this._sendFile(fd, false, headers, options || {});
  }

  respondWithFile(path, headers, options) {
    if (this.destroyed || this.closed) throw new ERR_HTTP2_INVALID_STREAM();
    if (this[kState].headersSent) throw new ERR_HTTP2_HEADERS_SENT();
    options = options || {};
    fs.open(path, 'r', (err, fd) => {
      if (err) return this._fileError(err, options);
      this._sendFile(fd, true, headers, options);
    });
  }

  _fileError(err, options) {
    if (typeof options.onError === 'function') options.onError(err);
    else this.destroy(err);
  }

  _sendFile(fd, own, headers, options) {
    headers = Object.assign({ __proto__: null }, headers);
    const offset = options.offset > 0 ? options.offset : 0;
    const send = (length) => {
      try {
        this.respond(headers, { waitForTrailers: options.waitForTrailers, endStream: length === 0 });
      } catch (e) {
        if (own) fs.close(fd, () => {});
        return this.destroy(e);
      }
      if (length === 0) {
        if (own) fs.close(fd, () => {});
        return;
      }
      const end = length === undefined ? undefined : offset + length - 1;
      const rs = fs.createReadStream(null, { fd, start: offset, end, autoClose: own });
      rs.on('error', (e) => this.destroy(e));
      rs.pipe(this);
    };
    // respondWithFD without statCheck sends what the descriptor gives, with no content-length.
    if (!own && typeof options.statCheck !== 'function') {
      return send(options.length >= 0 ? options.length : undefined);
    }
    fs.fstat(fd, (err, stat) => {
      if (this.destroyed) {
        if (own) fs.close(fd, () => {});
        return;
      }
      if (!err && !stat.isFile()) err = new ERR_HTTP2_SEND_FILE();
      if (err) {
        if (own) fs.close(fd, () => {});
        return this._fileError(err, options);
      }
      if (typeof options.statCheck === 'function' &&
          options.statCheck.call(this, stat, headers, options) === false) {
        if (own) fs.close(fd, () => {});
        return;
      }
      let length = stat.size - offset;
      if (options.length >= 0 && options.length < length) length = options.length;
      if (length < 0) length = 0;
      headers[HTTP2_HEADER_CONTENT_LENGTH] ??= length;
      send(length);
    });
  }
}

class ClientHttp2Stream extends Http2Stream {
  constructor(session, id, pushed) {
    super(session, id);
    if (pushed) {
      this[kState].headersSent = true;
      this[kState].endSubmitted = true;
      this.end();
    }
  }
  onHeaders(cat, flags, headers, raw, ended) {
    this.touch();
    const state = this[kState];
    const status = headers[HTTP2_HEADER_STATUS];
    if (!state.gotResponse && status >= 100 && status < 200) {
      if (status === 100) this.emit('continue');
      else this.emit('headers', headers, flags, raw);
    } else if (!state.gotResponse && status !== undefined) {
      state.gotResponse = true;
      if (state.pushed) this.emit('push', headers, flags, raw);
      else this.emit('response', headers, flags, raw);
    } else if (ended) {
      this.emit('trailers', headers, flags, raw);
    } else {
      this.emit('headers', headers, flags, raw);
    }
    if (ended) this.push(null);
  }
  onWantTrailers() {
    this[kState].trailersReady = true;
    this.emit('wantTrailers');
  }
}
ServerHttp2Stream.prototype.onWantTrailers = ClientHttp2Stream.prototype.onWantTrailers;

function prepareResponseHeaders(headers) {
  if (headers == null) headers = {};
  else validateObject(headers, 'headers');
  const h = Object.assign({ __proto__: null }, headers);
  let status = h[HTTP2_HEADER_STATUS];
  if (status === undefined) status = 200;
  status = +status;
  if (!Number.isInteger(status) || status < 200 || status > 599) {
    throw new ERR_HTTP2_STATUS_INVALID(h[HTTP2_HEADER_STATUS]);
  }
  const out = { [HTTP2_HEADER_STATUS]: status };
  for (const k of Object.keys(h)) if (k !== HTTP2_HEADER_STATUS) out[k] = h[k];
  if (out[HTTP2_HEADER_DATE] === undefined) out[HTTP2_HEADER_DATE] = utcDate();
  else if (out[HTTP2_HEADER_DATE] === null) delete out[HTTP2_HEADER_DATE];
  const sens = h[require('internal/http2/util').sensitiveHeaders];
  if (sens !== undefined) out[require('internal/http2/util').sensitiveHeaders] = sens;
  Object.setPrototypeOf(out, null);
  return out;
}

// ---- servers ----------------------------------------------------------------------------------

function initializeOptions(options) {
  if (options === undefined) options = {};
  else validateObject(options, 'options');
  options = { ...options };
  if (options.settings !== undefined) validateObject(options.settings, 'options.settings');
  return options;
}

function connectionListener(socket) {
  const server = this;
  const options = server[kOptions];
  if (socket.alpnProtocol === false || socket.alpnProtocol === 'http/1.1') {
    if (options.allowHTTP1 === true) {
      return require('_http_server')._connectionListener.call(server, socket);
    }
    if (server.emit('unknownProtocol', socket)) return;
    socket.destroy();
    return;
  }
  const session = new ServerHttp2Session(options, socket, server);
  if (Array.isArray(options.origins)) session.origin(...options.origins);
  server[kSessions].add(session);
  session.on('close', () => server[kSessions].delete(session));
  session.on('stream', (stream, headers, flags, raw) => server.emit('stream', stream, headers, flags, raw));
  session.on('error', function sessionOnError(err) {
    if (server.listenerCount('sessionError') > 0) server.emit('sessionError', err, session);
  });
  session.on('timeout', () => {
    if (!server.emit('timeout', session)) session.destroy();
  });
  if (server.timeout > 0) session.setTimeout(server.timeout);
  server.emit('session', session);
}

function setupCompat(ev) {
  if (ev === 'request') {
    this.removeListener('newListener', setupCompat);
    const { onServerStream } = require('internal/http2/compat');
    this.on('stream', onServerStream.bind(this, this[kOptions].Http2ServerRequest,
                                          this[kOptions].Http2ServerResponse));
  }
}

class Http2Server extends net.Server {
  constructor(options, requestListener) {
    options = initializeOptions(options);
    super(options, connectionListener);
    this[kOptions] = options;
    this[kSessions] = new Set();
    this.timeout = 0;
    this.on('newListener', setupCompat);
    if (typeof requestListener === 'function') this.on('request', requestListener);
  }
  setTimeout(msecs, callback) {
    this.timeout = msecs;
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.on('timeout', callback);
    }
    return this;
  }
  updateSettings(settings) {
    validateObject(settings, 'settings');
    settingsToPairs(settings);
    this[kOptions].settings = { ...this[kOptions].settings, ...settings };
  }
}

class Http2SecureServer extends tls.Server {
  constructor(options, requestListener) {
    options = initializeOptions(options);
    const alpn = ['h2'];
    if (options.allowHTTP1 === true) alpn.push('http/1.1');
    super({ ALPNProtocols: alpn, ...options }, connectionListener);
    this[kOptions] = options;
    this[kSessions] = new Set();
    this.timeout = 0;
    if (options.allowHTTP1 === true) {
      const { storeHTTPOptions } = require('_http_server');
      storeHTTPOptions.call(this, options);
      this.httpAllowHalfOpen = false;
      this.keepAliveTimeout = 5000;
      this.maxHeadersCount = null;
      this.headersTimeout = 60000;
      this.requestTimeout = 300000;
    }
    this.on('newListener', setupCompat);
    if (typeof requestListener === 'function') this.on('request', requestListener);
    this.on('tlsClientError', () => {});
  }
  setTimeout(msecs, callback) {
    return Http2Server.prototype.setTimeout.call(this, msecs, callback);
  }
  updateSettings(settings) {
    return Http2Server.prototype.updateSettings.call(this, settings);
  }
}

function createServer(options, handler) {
  if (typeof options === 'function') {
    handler = options;
    options = {};
  }
  return new Http2Server(options, handler);
}

function createSecureServer(options, handler) {
  if (typeof options === 'function') {
    handler = options;
    options = {};
  }
  return new Http2SecureServer(options, handler);
}

// ---- client -----------------------------------------------------------------------------------

function connect(authority, options, listener) {
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  if (options === undefined) options = {};
  else validateObject(options, 'options');
  options = { ...options };
  if (typeof authority === 'string') authority = new URL(authority);
  validateObject(authority, 'authority', { allowFunction: false, allowArray: false, nullable: false });
  const protocol = authority.protocol || options.protocol || 'https:';
  const port = '' + (authority.port !== '' && authority.port !== undefined ? authority.port :
    (protocol === 'http:' ? 80 : 443));
  let host = 'localhost';
  if (authority.hostname) {
    host = authority.hostname;
    if (host[0] === '[') host = host.slice(1, -1);
  } else if (authority.host) {
    host = authority.host;
  }
  let socket;
  if (typeof options.createConnection === 'function') {
    socket = options.createConnection(authority, options);
  } else if (protocol === 'http:') {
    socket = net.connect({ port: +port, host, ...options.localAddress ? { localAddress: options.localAddress } : {} });
  } else if (protocol === 'https:') {
    const tlsOpts = { ...options, port: +port, host, ALPNProtocols: ['h2'] };
    if (tlsOpts.servername === undefined && !net.isIP(host)) tlsOpts.servername = host;
    socket = tls.connect(tlsOpts);
  } else {
    throw new ERR_HTTP2_UNSUPPORTED_PROTOCOL(protocol);
  }
  const defaultPort = protocol === 'http:' ? '80' : '443';
  const hostText = net.isIPv6(host) ? `[${host}]` : host;
  const auth = port === defaultPort ? hostText : `${hostText}:${port}`;
  const session = new ClientHttp2Session(options, socket, auth);
  session.encrypted = protocol === 'https:';
  session.alpnProtocol = protocol === 'https:' ? 'h2' : 'h2c';
  session[kState].connecting = true;
  const onConnect = () => {
    session[kState].connecting = false;
    if (session.destroyed) return;
    if (protocol === 'https:' && socket.alpnProtocol !== 'h2') {
      session.destroy(new ERR_HTTP2_ERROR_ALPN(), constants.NGHTTP2_PROTOCOL_ERROR);
      return;
    }
    for (const stream of session[kStreams].values()) stream[kState].pending = false;
    session.schedulePump();
    session.emit('connect', session, socket);
  };
  if (typeof listener === 'function') session.once('connect', listener);
  if (socket.connecting || (protocol === 'https:' && !socket._secureEstablished)) {
    socket.once(protocol === 'https:' ? 'secureConnect' : 'connect', onConnect);
  } else {
    process.nextTick(onConnect);
  }
  session[kPump]();
  return session;
}

class ERR_HTTP2_ERROR_ALPN extends Error {
  constructor() {
    super('Protocol error');
    this.code = 'ERR_HTTP2_ERROR';
  }
}

function performServerHandshake(socket, options = {}) {
  validateObject(options, 'options');
  return new ServerHttp2Session(initializeOptions(options), socket, undefined);
}

module.exports = {
  connect, createServer, createSecureServer, getDefaultSettings, performServerHandshake,
  Http2Session, ServerHttp2Session, ClientHttp2Session, Http2Stream, ServerHttp2Stream,
  ClientHttp2Stream, Http2Server, Http2SecureServer, kSession, kMaxInt,
};
