'use strict';
// TLSSocket (a net.Socket whose handle runs TLS over another socket), tls.Server, tls.connect.
// The handle is JS: the OpenSSL engine (internalBinding('tls_wrap').Engine) turns the transport
// socket's bytes into plaintext and back; the handle speaks the stream-handle protocol net.Socket
// uses (readStart/readStop, writeBuffer/writev/write*String, shutdown, close).
const { copyOptions } = require('internal/util');

const net = require('net');
const { Buffer } = require('buffer');
const binding = internalBinding('tls_wrap');
const {
  streamBaseState, kReadBytesOrError, kArrayBufferOffset, kBytesWritten, kLastWriteWasAsync, WriteWrap,
} = internalBinding('stream_wrap');
const { UV_EOF } = internalBinding('uv');
const tlsCommon = require('_tls_common');
const { JSStreamSocket, JSHandle } = require('internal/js_stream_socket');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_TLS_CERT_ALTNAME_INVALID, ERR_SOCKET_CLOSED, ERR_TLS_SNI_FROM_SERVER,
    ERR_TLS_INVALID_CONTEXT, ERR_MULTIPLE_CALLBACK, ERR_TLS_SESSION_ATTACK,
    ERR_TLS_RENEGOTIATION_DISABLED, ERR_INVALID_ARG_VALUE, ERR_TLS_PSK_SET_IDENTIY_HINT_FAILED,
    ERR_TLS_INVALID_STATE, ERR_INTERNAL_ASSERTION,
  },
} = require('internal/errors');
const {
  validateObject, validateFunction, validateInt32, validateString, validateBuffer, validateBoolean,
} = require('internal/validators');

const { FastBuffer } = require('internal/buffer');
const { ErrnoException } = require('internal/errors');
const toBuf = (u8) => (u8 === undefined || u8 === null ? u8 : new FastBuffer(u8.buffer, u8.byteOffset, u8.byteLength));

const kEngine = Symbol('kEngine');
const kRaw = Symbol('kRaw');
const kOwner = Symbol('kOwner');
const kPendingWrites = Symbol('kPendingWrites');
const kTransport = Symbol('kTransport');
const kIsAdapter = Symbol('kIsAdapter');
const kPskCallback = Symbol('kPskCallback');
const kDisableRenegotiation = Symbol('kDisableRenegotiation');

function convertALPNProtocols(protocols, out) {
  if (Array.isArray(protocols)) {
    const parts = [];
    for (const p of protocols) {
      const b = Buffer.from(p);
      if (b.length > 255) {
        throw new (require('internal/errors').codes.ERR_OUT_OF_RANGE)('The byte length of the protocol at index 0 exceeds the maximum length.', '<= 255', b.length, true);
      }
      parts.push(Buffer.from([b.length]), b);
    }
    out.ALPNProtocols = Buffer.concat(parts);
  } else if (ArrayBuffer.isView(protocols)) {
    out.ALPNProtocols = Buffer.from(protocols.buffer.slice(protocols.byteOffset, protocols.byteOffset + protocols.byteLength));
  }
}

// ---- the handle ---------------------------------------------------------------------------------

class TLSHandle extends JSHandle {
  constructor(owner, raw, engine) {
    super();
    this[kOwner] = owner;
    this[kRaw] = raw;
    this[kEngine] = engine;
    this[kPendingWrites] = [];
    this.reading = false;
    this.onread = null;
    this.closed = false;
    this.eofSent = false;
  }

  get bytesRead() { return this[kRaw].bytesRead; }
  get bytesWritten() { return this[kRaw].bytesWritten; }
  get fd() { return this[kRaw]._handle?.fd ?? -1; }
  get writeQueueSize() { return 0; }

  readStart() {
    this.reading = true;
    const h = this[kOwner][kTransport];
    if (h) {
      if (!h.reading) {
        h.reading = true;
        h.readStart();
      }
    } else if (this[kRaw].isPaused?.()) {
      this[kRaw].resume();
    }
    return 0;
  }

  readStop() {
    this.reading = false;
    const h = this[kOwner][kTransport];
    if (h) {
      if (h.reading) {
        h.reading = false;
        h.readStop();
      }
    } else {
      this[kRaw].pause();
    }
    return 0;
  }

  // Writes one buffer of plaintext; the request completes once the transport took the bytes.
  writeData(req, data) {
    if (!this[kOwner]._secureEstablished) {
      this[kPendingWrites].push([req, data]);
    } else {
      this.send(req, data);
    }
    // Set last: the transport's own write reuses the same shared state.
    streamBaseState[kBytesWritten] = data.length;
    streamBaseState[kLastWriteWasAsync] = 1;
    return 0;
  }

  // Encrypts one write. When the engine hands bytes to the transport, onwrite takes `complete`
  // (pendingReq becomes null) and the transport's write callback completes the request;
  // otherwise it completes on the next tick.
  send(req, data) {
    this.dispatch(req, data, undefined);
  }

  // Encrypts one write (a buffer, or writev's chunks when allBuffers is a boolean). For writev:
  // the byte count (-1 when it could not write), or undefined when the engine leaves the
  // encodings to JS.
  dispatch(req, data, allBuffers) {
    const engine = this[kEngine];
    let done = false;
    const complete = (err) => {
      if (done) return;
      done = true;
      if (typeof req.oncomplete === 'function') req.oncomplete(err ? -32 : 0, this, err);
    };
    engine.pendingReq = complete;
    let ok;
    let n;
    if (allBuffers === undefined) {
      ok = engine.write(data);
    } else {
      n = engine.writev(data, allBuffers);
      ok = n === undefined ? undefined : n >= 0;
    }
    const handedOver = engine.pendingReq === null;
    engine.pendingReq = null;
    if (ok === undefined) return undefined;
    if (!ok) process.nextTick(complete, new ERR_SOCKET_CLOSED());
    else if (!handedOver) process.nextTick(complete);
    return n;
  }

  flushPending() {
    const pending = this[kPendingWrites];
    this[kPendingWrites] = [];
    for (const [req, data] of pending) this.send(req, data);
  }

  writev(req, chunks, allBuffers) {
    if (this[kOwner]._secureEstablished && this[kPendingWrites].length === 0) {
      // The engine concatenates and encrypts the chunks in one go.
      const bytes = this.dispatch(req, chunks, !!allBuffers);
      if (bytes !== undefined) {
        streamBaseState[kBytesWritten] = bytes > 0 ? bytes : 0;
        streamBaseState[kLastWriteWasAsync] = 1;
        return 0;
      }
    }
    return super.writev(req, chunks, allBuffers);
  }

  shutdown(req) {
    const raw = this[kRaw];
    this[kEngine].shutdown();
    raw.end(() => {
      if (typeof req.oncomplete === 'function') req.oncomplete(0);
    });
    return 0;
  }

  close(cb) {
    if (this.closed) return;
    this.closed = true;
    this[kEngine].destroy();
    const raw = this[kRaw];
    if (!raw.destroyed) raw.destroy();
    // Like a native handle, the close callback comes after pending error events.
    if (typeof cb === 'function') {
      if (raw.closed || (raw.destroyed && !raw._handle)) setImmediate(cb);
      else raw.once('close', () => setImmediate(cb));
    }
  }

  getpeername(out) {
    const h = this[kRaw]._handle;
    if (h && typeof h.getpeername === 'function') return h.getpeername(out);
    return -107;
  }

  getsockname(out) {
    const h = this[kRaw]._handle;
    if (h && typeof h.getsockname === 'function') return h.getsockname(out);
    return -107;
  }

  setNoDelay(v) { this[kRaw].setNoDelay?.(v); return 0; }
  setKeepAlive(v, d) { this[kRaw].setKeepAlive?.(v, d * 1000); return 0; }
  ref() { this[kRaw].ref?.(); }
  unref() { this[kRaw].unref?.(); }
  hasRef() { return true; }
  reset(cb) { this[kRaw].resetAndDestroy?.(); this.close(cb); return 0; }
  getAsyncId() { return -1; }
  useUserBuffer() {}
}

// ---- TLSSocket ----------------------------------------------------------------------------------

function onEngineWrite(buf) {
  const socket = this[kOwner];
  const raw = socket[kRaw];
  if (raw.destroyed) return;
  const cb = this.pendingReq;
  this.pendingReq = null;
  const h = socket[kTransport];
  if (h) {
    transportWrite(socket, h, buf, cb);
  } else if (cb) {
    raw.write(toBuf(buf), (err) => cb(err));
  } else {
    raw.write(toBuf(buf));
  }
}

// ---- the transport's handle, driven directly -------------------------------------------------------
// Once a net.Socket transport is connected, its TCP/pipe handle reads into the engine and takes the
// engine's output without the transport's stream machinery in between; the transport socket stays
// for connecting, shutdown and close.

function attachTransport(socket, raw) {
  const h = raw._handle;
  if (!h || socket.destroyed || typeof h.writeBuffer !== 'function' || typeof h.readStart !== 'function') return;
  socket[kTransport] = h;
  h[kOwner] = socket;
  h.onread = onTransportRead;
  if (!h.reading) {
    h.reading = true;
    h.readStart();
  }
}

function onTransportRead(arrayBuffer) {
  const socket = this[kOwner];
  const nread = streamBaseState[kReadBytesOrError];
  if (nread > 0) {
    if (!socket.destroyed) socket[kEngine].receive(arrayBuffer, streamBaseState[kArrayBufferOffset], nread);
    return;
  }
  if (nread === 0) return;
  this.reading = false;
  this.readStop();
  if (nread === UV_EOF) onTransportEnd(socket);
  else onTransportError(socket, new ErrnoException(nread, 'read'));
}

function transportWrite(socket, h, buf, cb) {
  const req = new WriteWrap();
  req.handle = h;
  req.oncomplete = onTransportWriteDone;
  req.async = false;
  req.socket = socket;
  req.callback = cb;
  const err = h.writeBuffer(req, buf);
  if (err !== 0) {
    const e = new ErrnoException(err, 'write');
    onTransportError(socket, e);
    if (cb) process.nextTick(cb, e);
    return;
  }
  if (!streamBaseState[kLastWriteWasAsync]) {
    if (cb) process.nextTick(cb);
  } else {
    req.buffer = buf;  // kept until written
  }
}

function onTransportWriteDone(status) {
  let err;
  if (status < 0) {
    err = new ErrnoException(status, 'write');
    onTransportError(this.socket, err);
  }
  if (this.callback) this.callback(err);
}

function onTransportEnd(socket) {
  if (!socket._secureEstablished) {
    const opts = socket._tlsOptions;
    const err = new Error('Client network socket disconnected before secure TLS connection was established');
    err.code = 'ECONNRESET';
    err.host = opts.host;
    err.port = opts.port;
    err.localAddress = opts.localAddress;
    socket._tlsError(err);
    return;
  }
  socket._handle?.deliverEOF?.();
}

function onTransportError(socket, err) {
  if (!socket._secureEstablished) socket._tlsError(err);
  else socket.destroy(err);
}

function onEngineData(buf) {
  const socket = this[kOwner];
  socket._handle?.deliver?.(toBuf(buf));
}

function onEngineCloseNotify() {
  const socket = this[kOwner];
  socket._handle?.deliverEOF?.();
}

function onEngineError(err) {
  const socket = this[kOwner];
  if (!socket._secureEstablished) {
    // node destroys a server's socket before it reports a failed handshake
    if (socket._tlsOptions.isServer && socket.server && !socket._tlsErrorEmitted) socket.destroy();
    socket._tlsError(err);
  } else {
    socket.destroy(err);
  }
}

function onEngineSession(session) {
  const socket = this[kOwner];
  socket.emit('session', toBuf(session));
}

const flagState = require('internal/process/flag_state');

function onEngineKeylog(line) {
  const socket = this[kOwner];
  line = toBuf(line);
  if (flagState.tlsKeylogFd >= 0) require('fs').writeSync(flagState.tlsKeylogFd, line);
  if (socket.server) socket.server.emit('keylog', line, socket);
  else socket.emit('keylog', line);
}

// The server's ClientHello (with session callbacks): a 'resumeSession' lookup for a session id
// without a ticket.
function onEngineClientHello(sessionId, hasTicket) {
  const engine = this;
  const socket = engine[kOwner];
  const server = socket.server;
  sessionId = toBuf(sessionId);
  let once = false;
  const onSession = (err, session) => {
    if (once) return socket.destroy(new ERR_MULTIPLE_CALLBACK());
    once = true;
    if (err) return socket.destroy(err);
    if (socket._handle === null) return socket.destroy(new ERR_SOCKET_CLOSED());
    if (session) engine.loadSession(session);
    engine.helloDone();
  };
  if (sessionId.length <= 0 || hasTicket || !server || !server.emit('resumeSession', sessionId, onSession)) {
    engine.helloDone();
  }
}

// Before the server's certificate is chosen (full handshakes): the SNICallback, then an
// 'OCSPRequest'.
function onEngineCertCb(servername, ocspRequested) {
  loadSNI(this[kOwner], servername, ocspRequested);
}

function loadSNI(socket, servername, ocspRequested) {
  const callback = socket._SNICallback;
  if (!servername || typeof callback !== 'function') return requestOCSP(socket, ocspRequested);
  let once = false;
  callback.call(socket, servername, (err, context) => {
    if (once) return socket.destroy(new ERR_MULTIPLE_CALLBACK());
    once = true;
    if (err) return socket.destroy(err);
    if (socket._handle === null) return socket.destroy(new ERR_SOCKET_CLOSED());
    if (context) {
      const ctx = context.context ?? context;
      socket[kEngine].setSNIContext(ctx);
      socket[kEngine].sniContext = ctx;
    }
    requestOCSP(socket, ocspRequested);
  });
}

function requestOCSP(socket, ocspRequested) {
  const server = socket.server;
  if (!ocspRequested || !server || server.listenerCount('OCSPRequest') === 0) return certCbDone(socket);
  const ctx = socket[kEngine].sniContext ?? server._sharedCreds.context;
  let once = false;
  const onOCSP = (err, response) => {
    if (once) return socket.destroy(new ERR_MULTIPLE_CALLBACK());
    once = true;
    if (err) return socket.destroy(err);
    if (socket._handle === null) return socket.destroy(new ERR_SOCKET_CLOSED());
    if (response) socket[kEngine].setOCSPResponse(response);
    certCbDone(socket);
  };
  server.emit('OCSPRequest', toBuf(ctx.getCertificate()), toBuf(ctx.getIssuer()), onOCSP);
}

function certCbDone(socket) {
  if (!socket.destroyed) socket[kEngine].certCbDone();
}

// node's default SNICallback for servers: the last matching addContext() wins.
function SNICallback(servername, callback) {
  const contexts = this.server._contexts;
  for (let i = contexts.length - 1; i >= 0; i--) {
    if (contexts[i][0].test(servername)) return callback(null, contexts[i][1]);
  }
  callback(null, undefined);
}

function onEngineNewSession(sessionId, session) {
  const socket = this[kOwner];
  const server = socket.server;
  if (!server) return;
  let once = false;
  const done = () => {
    if (once) return;
    once = true;
    if (socket._handle === null) return socket.destroy(new ERR_SOCKET_CLOSED());
    socket._newSessionPending = false;
    if (socket._securePending) {
      socket._securePending = false;
      socket._onHandshakeDone();
    }
  };
  socket._newSessionPending = true;
  if (!server.emit('newSession', toBuf(sessionId), toBuf(session), done)) done();
}

function onEngineOCSPResponse(response) {
  this[kOwner].emit('OCSPResponse', toBuf(response));
}

// A renegotiation starts on a server socket: node's limits (tls.CLIENT_RENEG_LIMIT handshakes per
// tls.CLIENT_RENEG_WINDOW seconds) and disableRenegotiation().
function onEngineHandshakeStart() {
  const socket = this[kOwner];
  const tls = require('tls');
  const now = Date.now();
  if (now - this.lastHandshakeTime >= tls.CLIENT_RENEG_WINDOW * 1000) this.handshakes = 1;
  else this.handshakes++;
  this.lastHandshakeTime = now;
  if (this.handshakes > tls.CLIENT_RENEG_LIMIT) {
    socket._emitTLSError(new ERR_TLS_SESSION_ATTACK());
    return;
  }
  if (socket[kDisableRenegotiation]) socket._emitTLSError(new ERR_TLS_RENEGOTIATION_DISABLED());
}

function onEnginePsk(identityOrHint, maxPskLen, maxIdentityLen) {
  const socket = this[kOwner];
  if (socket._tlsOptions.isServer) {
    const ret = socket[kPskCallback](socket, identityOrHint);
    if (ret == null) return undefined;
    let psk;
    if (ArrayBuffer.isView(ret)) {
      psk = ret;
    } else {
      validateObject(ret, 'ret');
      psk = ret.psk;
      validateBuffer(psk, 'psk');
    }
    if (psk.length > maxPskLen) {
      throw new ERR_INVALID_ARG_VALUE('psk', psk, `Pre-shared key exceeds ${maxPskLen} bytes`);
    }
    return psk;
  }
  const ret = socket[kPskCallback](identityOrHint);
  if (ret == null) return undefined;
  validateObject(ret, 'ret');
  validateBuffer(ret.psk, 'psk');
  if (ret.psk.length > maxPskLen) {
    throw new ERR_INVALID_ARG_VALUE('psk', ret.psk, `Pre-shared key exceeds ${maxPskLen} bytes`);
  }
  validateString(ret.identity, 'identity');
  if (Buffer.byteLength(ret.identity) > maxIdentityLen) {
    throw new ERR_INVALID_ARG_VALUE('identity', ret.identity, `PSK identity exceeds ${maxIdentityLen} bytes`);
  }
  return { psk: ret.psk, identity: ret.identity };
}

function onEngineHandshake() {
  const socket = this[kOwner];
  socket._onHandshakeDone();
}

function TLSSocket(socket, opts) {
  if (!(this instanceof TLSSocket)) return new TLSSocket(socket, opts);
  const tlsOptions = copyOptions(opts);
  this._tlsOptions = tlsOptions;
  this._secureEstablished = false;
  this._securePending = false;
  this._newSessionPending = false;
  this._controlReleased = false;
  this.secureConnecting = true;
  this._SNICallback = null;
  this.servername = null;
  this.alpnProtocol = null;
  this.authorized = false;
  this.authorizationError = null;
  this.encrypted = true;

  let raw = socket;
  if (!(raw instanceof net.Socket) && raw !== undefined && raw !== null) {
    // A generic Duplex carries the TLS bytes.
    raw = wrapDuplex(raw);
  } else if (raw === undefined || raw === null) {
    raw = new net.Socket();
  }
  this[kRaw] = raw;
  const context = tlsOptions.secureContext || tlsCommon.createSecureContext(tlsOptions);
  if (!(context && context.context)) throw new ERR_TLS_INVALID_CONTEXT('context');
  const isServer = !!tlsOptions.isServer;
  const engine = new binding.Engine(context.context, isServer);
  engine[kOwner] = this;
  engine.onwrite = onEngineWrite;
  engine.ondata = onEngineData;
  engine.onclosenotify = onEngineCloseNotify;
  engine.onerror = onEngineError;
  engine.onsession = onEngineSession;
  engine.onkeylog = onEngineKeylog;
  engine.onclienthello = onEngineClientHello;
  engine.oncertcb = onEngineCertCb;
  engine.onnewsession = onEngineNewSession;
  engine.onocspresponse = onEngineOCSPResponse;
  engine.onhandshakestart = onEngineHandshakeStart;
  engine.onpsk = onEnginePsk;
  engine.onhandshake = onEngineHandshake;
  engine.pendingReq = null;
  engine.sniContext = null;
  engine.handshakes = 0;
  engine.lastHandshakeTime = Date.now();
  this[kEngine] = engine;
  const handle = new TLSHandle(this, raw, engine);
  if (raw[kIsAdapter]) handle._parentWrap = raw;

  net.Socket.call(this, {
    handle,
    allowHalfOpen: tlsOptions.allowHalfOpen ?? raw.allowHalfOpen,
    pauseOnCreate: tlsOptions.pauseOnConnect,
    manualStart: true,
    highWaterMark: tlsOptions.highWaterMark,
    onread: tlsOptions.onread,
  });
  this.server = tlsOptions.server ?? null;
  this._requestCert = !!tlsOptions.requestCert;
  this._rejectUnauthorized = tlsOptions.rejectUnauthorized !== false;
  engine.enableRenegotiationEvents();

  if (isServer) {
    const server = this.server;
    if (tlsOptions.requestCert) engine.setVerifyMode(true, !!tlsOptions.rejectUnauthorized);
    if (tlsOptions.ALPNProtocols) context.context.setALPN(tlsOptions.ALPNProtocols);
    const sni = tlsOptions.SNICallback;
    if (typeof sni === 'function' && (sni !== SNICallback || server?._contexts.length > 0)) {
      this._SNICallback = sni;
    }
    const sessions = server && (server.listenerCount('resumeSession') > 0 || server.listenerCount('newSession') > 0);
    if (sessions) engine.enableSessionCallbacks();
    if (this._SNICallback || server?.listenerCount('OCSPRequest') > 0) engine.enableCertCallback();
  } else {
    this.once('secure', onConnectSecure);
    if (tlsOptions.ALPNProtocols) engine.setALPN(tlsOptions.ALPNProtocols);
    if (tlsOptions.session) engine.setSession(tlsOptions.session);
    if (tlsOptions.requestOCSP) engine.requestOCSP();
  }
  if (tlsOptions.pskCallback !== undefined && tlsOptions.pskCallback !== null) {
    validateFunction(tlsOptions.pskCallback, 'pskCallback');
    this[kPskCallback] = tlsOptions.pskCallback;
    engine.enablePskCallback();
    if (isServer && tlsOptions.pskIdentityHint) {
      validateString(tlsOptions.pskIdentityHint, 'options.pskIdentityHint');
      if (!engine.setPskIdentityHint(tlsOptions.pskIdentityHint)) throw new ERR_TLS_PSK_SET_IDENTIY_HINT_FAILED();
    }
  }
  if (tlsOptions.enableTrace) engine.enableTrace();

  raw.on('data', (chunk) => {
    if (!engine.destroyed) engine.receive(chunk);
  });
  raw.on('end', () => onTransportEnd(this));
  raw.on('error', (err) => onTransportError(this, err));
  if (raw instanceof net.Socket && !raw[kIsAdapter]) {
    if (raw._handle && !raw.connecting) attachTransport(this, raw);
    else raw.once('connect', () => attachTransport(this, raw));
  }
  raw.on('close', () => {
    if (!this.destroyed) this.destroy();
  });
  raw.on('timeout', () => this.emit('timeout'));
  // Key log lines cross into JS only while someone listens (or --tls-keylog takes them all).
  if (flagState.tlsKeylogFd >= 0) {
    engine.enableKeylog();
  } else if (isServer) {
    if (this.server?.listenerCount('keylog') > 0) engine.enableKeylog();
  } else {
    this.on('newListener', function onNewListener(event) {
      if (event === 'keylog') {
        engine.enableKeylog();
        this.removeListener('newListener', onNewListener);
      }
    });
  }
}
Object.setPrototypeOf(TLSSocket.prototype, net.Socket.prototype);
Object.setPrototypeOf(TLSSocket, net.Socket);

TLSSocket.prototype._start = function() {
  if (this._tlsStarted) return;
  this._tlsStarted = true;
  const raw = this[kRaw];
  if (!this._tlsOptions.isServer) {
    const servername = this._tlsOptions.servername;
    if (servername) this[kEngine].setServername(servername);
  }
  if (raw.connecting) {
    raw.once('connect', () => this[kEngine].start());
  } else {
    this[kEngine].start();
  }
};

// An error after the handshake goes to the socket; before it, as a handshake error.
TLSSocket.prototype._emitTLSError = function(err) {
  if (this._secureEstablished) this.emit('error', err);
  else this._tlsError(err);
};

TLSSocket.prototype._tlsError = function(err) {
  if (this._tlsErrorEmitted) return;
  this._tlsErrorEmitted = true;
  if (this._tlsOptions.isServer && this.server) {
    this.server.emit('tlsClientError', err, this);
    this.destroy();
    return;
  }
  this.destroy(err);
};

TLSSocket.prototype._onHandshakeDone = function() {
  const engine = this[kEngine];
  const opts = this._tlsOptions;
  if (opts.isServer && this._newSessionPending) {
    this._securePending = true;  // 'secure' waits for the 'newSession' listener's callback
    return;
  }
  const renegotiated = this._secureEstablished;
  this.alpnProtocol = engine.getALPN() ?? false;
  this._secureEstablished = true;
  this.secureConnecting = false;
  // The SNI name: what the client asked for (on both ends), or false.
  this.servername = engine.getServername() ?? false;
  if (opts.isServer) {
    if (this._requestCert) {
      const verify = engine.verifyError();
      if (verify) {
        this.authorized = false;
        this.authorizationError = verify[0];
        if (this._rejectUnauthorized) {
          this.destroy();
          return;
        }
      } else {
        this.authorized = true;
      }
    }
    if (!renegotiated) this._handle.flushPending();
    // The server's own 'secure' listener (added first) emits 'secureConnection'.
    this.emit('secure');
    return;
  }
  if (renegotiated) {
    this.emit('secure');
    return;
  }
  // Client: the chain, then the host name.
  let verifyError = null;
  const verify = engine.verifyError();
  if (verify) {
    verifyError = new Error(verify[1]);
    verifyError.code = verify[0];
  } else if (!engine.isSessionReused()) {
    const hostname = opts.servername || opts.host || 'localhost';
    const check = opts.checkServerIdentity || checkServerIdentity;
    const cert = this.getPeerCertificate(true);
    verifyError = check(hostname, cert) ?? null;
  }
  if (verifyError) {
    this.authorized = false;
    this.authorizationError = verifyError.code || verifyError.message;
    if (opts.rejectUnauthorized !== false) {
      this.destroy(verifyError);
      return;
    }
  } else {
    this.authorized = true;
  }
  // As node's, 'secureConnect' comes from the first 'secure' listener (onConnectSecure).
  this.emit('secure');
};

function onConnectSecure() {
  if (this.destroyed) return;
  this._handle.flushPending();
  this.emit('secureConnect');
}

const methods = {
  getPeerCertificate(detailed) {
    const cert = this[kEngine].getPeerCertificate(!!detailed);
    return tlsCommon.translatePeerCertificate(cert) || {};
  },
  getCertificate() {
    return tlsCommon.translatePeerCertificate(this[kEngine].getCertificate()) || {};
  },
  getProtocol() { return this[kEngine].getProtocol() ?? null; },
  getCipher() { return this[kEngine].getCipher(); },
  getSession() { return toBuf(this[kEngine].getSession()); },
  getTLSTicket() { return toBuf(this[kEngine].getTLSTicket()); },
  isSessionReused() { return this[kEngine].isSessionReused(); },
  getFinished() { return toBuf(this[kEngine].getFinished(false)); },
  getPeerFinished() { return toBuf(this[kEngine].getFinished(true)); },
  getEphemeralKeyInfo() {
    if (this._tlsOptions.isServer || this._handle === null) return null;
    return this[kEngine].getEphemeralKeyInfo() ?? null;
  },
  getSharedSigalgs() {
    if (this._handle === null) throw new ERR_SOCKET_CLOSED();
    return this[kEngine].getSharedSigalgs() ?? [];
  },
  getX509Certificate() {
    const raw = this[kEngine].getCertificate()?.raw;
    return raw ? new (require('crypto').X509Certificate)(toBuf(raw)) : undefined;
  },
  getPeerX509Certificate() {
    const raw = this[kEngine].getPeerCertificate(false)?.raw;
    return raw ? new (require('crypto').X509Certificate)(toBuf(raw)) : undefined;
  },
  exportKeyingMaterial(length, label, context) {
    return toBuf(this[kEngine].exportKeyingMaterial(length, label, context));
  },
  setServername(name) {
    if (typeof name !== 'string') throw new ERR_INVALID_ARG_TYPE('name', 'string', name);
    if (this._tlsOptions.isServer) throw new ERR_TLS_SNI_FROM_SERVER();
    this[kEngine].setServername(name);
  },
  setSession(session) {
    if (typeof session === 'string') session = Buffer.from(session, 'latin1');
    this[kEngine].setSession(session);
  },
  setMaxSendFragment(size) {
    validateInt32(size, 'size');
    return this[kEngine].setMaxSendFragment(size) === true;
  },
  renegotiate(options, callback) {
    validateObject(options, 'options');
    if (callback !== undefined) validateFunction(callback, 'callback');
    if (this.destroyed) return;
    let requestCert = this._requestCert;
    let rejectUnauthorized = this._rejectUnauthorized;
    if (options.requestCert !== undefined) requestCert = !!options.requestCert;
    if (options.rejectUnauthorized !== undefined) rejectUnauthorized = !!options.rejectUnauthorized;
    if (requestCert !== this._requestCert || rejectUnauthorized !== this._rejectUnauthorized) {
      if (this._tlsOptions.isServer) this[kEngine].setVerifyMode(requestCert, rejectUnauthorized);
      this._requestCert = requestCert;
      this._rejectUnauthorized = rejectUnauthorized;
    }
    try {
      this[kEngine].renegotiate();
    } catch (err) {
      if (callback) process.nextTick(callback, err);
      return false;
    }
    if (callback) this.once('secure', () => callback(null));
    return true;
  },
  disableRenegotiation() { this[kDisableRenegotiation] = true; },
  enableTrace() {
    if (this._handle === null) throw new ERR_TLS_INVALID_STATE();
    this[kEngine].enableTrace();
  },
  setKeyCert() {},
};
for (const [name, fn] of Object.entries(methods)) {
  Object.defineProperty(TLSSocket.prototype, name, { value: fn, writable: true, configurable: true });
}

// A Duplex that is not a net.Socket as the transport: a net.Socket-like adapter.
function wrapDuplex(stream) {
  const { Duplex } = require('stream');
  const adapter = new Duplex({
    read() { stream.resume(); },
    write(chunk, enc, cb) { stream.write(chunk, enc, cb); },
    final(cb) { stream.end(); cb(); },
    destroy(err, cb) { stream.destroy?.(err); cb(err); },
  });
  stream.on('data', (d) => { if (!adapter.push(d)) stream.pause(); });
  stream.on('end', () => adapter.push(null));
  stream.on('error', (e) => adapter.destroy(e));
  stream.on('close', () => adapter.destroy());
  adapter.bytesRead = 0;
  adapter.bytesWritten = 0;
  adapter.connecting = false;
  // Node wraps such a stream in its JSStreamSocket (the TLS handle's _parentWrap); packages take
  // that class from here (http2-wrapper: `_handle._parentWrap.constructor`).
  Object.setPrototypeOf(adapter, Object.create(Duplex.prototype, { constructor: { value: JSStreamSocket } }));
  adapter[kIsAdapter] = true;
  return adapter;
}

// ---- checkServerIdentity -------------------------------------------------------------------------

function unfqdn(host) { return host.replace(/[.]$/, ''); }

function splitHost(host) {
  return unfqdn(host).toLowerCase().split('.');
}

function check(hostParts, pattern, wildcards) {
  if (!pattern) return false;
  const patternParts = splitHost(pattern);
  if (hostParts.length !== patternParts.length) return false;
  if (patternParts.includes('')) return false;
  const isBad = (s) => /[^\u0021-\u007F]/u.test(s);
  if (patternParts.some(isBad)) return false;
  for (let i = hostParts.length - 1; i > 0; i -= 1) {
    if (hostParts[i] !== patternParts[i]) return false;
  }
  const hostSubdomain = hostParts[0];
  const patternSubdomain = patternParts[0];
  const patternSubdomainParts = patternSubdomain.split('*', 3);
  if (patternSubdomainParts.length === 1 || patternSubdomain.includes('xn--')) {
    return hostSubdomain === patternSubdomain;
  }
  if (!wildcards) return false;
  if (patternSubdomainParts.length > 2) return false;
  if (patternParts.length <= 2) return false;
  const [prefix, suffix] = patternSubdomainParts;
  if (prefix.length + suffix.length > hostSubdomain.length) return false;
  if (!hostSubdomain.startsWith(prefix)) return false;
  if (!hostSubdomain.endsWith(suffix)) return false;
  return true;
}

function splitAltNames(altnames) {
  const out = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < altnames.length; i++) {
    const c = altnames[i];
    if (c === '"') { quoted = !quoted; continue; }
    if (!quoted && c === ',' && altnames[i + 1] === ' ') {
      out.push(current);
      current = '';
      i++;
      continue;
    }
    current += c;
  }
  if (current) out.push(current);
  return out;
}

function canonicalizeIP(ip) {
  const { isIPv6 } = require('internal/net');
  if (isIPv6(ip)) {
    try { return new (require('internal/url').URL)(`http://[${ip}]`).hostname.slice(1, -1); } catch { return ip; }
  }
  return ip;
}

function checkServerIdentity(hostname, cert) {
  const subject = cert.subject;
  const altNames = cert.subjectaltname;
  const dnsNames = [];
  const ips = [];
  hostname = `${hostname}`;
  if (altNames) {
    for (const name of splitAltNames(altNames)) {
      if (name.startsWith('DNS:')) dnsNames.push(name.slice(4));
      else if (name.startsWith('IP Address:')) ips.push(canonicalizeIP(name.slice(11)));
    }
  }
  let valid = false;
  let reason = 'Unknown reason';
  hostname = unfqdn(hostname);
  if (require('internal/net').isIP(hostname)) {
    valid = ips.includes(canonicalizeIP(hostname));
    if (!valid) reason = `IP: ${hostname} is not in the cert's list: ${ips.join(', ')}`;
  } else if (dnsNames.length > 0 || subject?.CN) {
    const hostParts = splitHost(hostname);
    const wildcard = (pattern) => check(hostParts, pattern, true);
    if (dnsNames.length > 0) {
      valid = dnsNames.some(wildcard);
      if (!valid) reason = `Host: ${hostname}. is not in the cert's altnames: ${altNames}`;
    } else {
      const cn = subject.CN;
      if (Array.isArray(cn)) valid = cn.some(wildcard);
      else if (cn) valid = wildcard(cn);
      if (!valid) reason = `Host: ${hostname}. is not cert's CN: ${cn}`;
    }
  } else {
    reason = 'Cert does not contain a DNS name';
  }
  if (!valid) return new ERR_TLS_CERT_ALTNAME_INVALID(reason, hostname, cert);
  return undefined;
}

// ---- Server and connect --------------------------------------------------------------------------

function Server(options, listener) {
  if (!(this instanceof Server)) return new Server(options, listener);
  if (typeof options === 'function') {
    listener = options;
    options = {};
  } else if (options == null || typeof options !== 'object') {
    options = {};
  }
  this._contexts = [];
  this.requestCert = options.requestCert === true;
  this.rejectUnauthorized = options.rejectUnauthorized !== false;
  if (options.SNICallback !== undefined && options.SNICallback !== null) {
    validateFunction(options.SNICallback, 'options.SNICallback');
  }
  this._SNICallback = options.SNICallback ?? SNICallback;
  if (options.pskCallback !== undefined && options.pskCallback !== null) {
    validateFunction(options.pskCallback, 'options.pskCallback');
  }
  if (options.pskIdentityHint !== undefined && options.pskIdentityHint !== null) {
    validateString(options.pskIdentityHint, 'options.pskIdentityHint');
  }
  if (options.enableTrace !== undefined) validateBoolean(options.enableTrace, 'options.enableTrace');
  this.ALPNProtocols = undefined;
  if (options.ALPNProtocols) convertALPNProtocols(options.ALPNProtocols, this);
  // Servers prefer their own cipher order and get a session id context from the command line,
  // as node's.
  options = {
    ...options,
    honorCipherOrder: options.honorCipherOrder !== undefined ? !!options.honorCipherOrder : true,
  };
  if (options.sessionIdContext === undefined) {
    options.sessionIdContext = require('crypto').createHash('sha1').update(process.argv.join(' '))
      .digest('hex').slice(0, 32);
  }
  this._tlsOpts = options;
  this._sharedCreds = tlsCommon.createSecureContext(options);
  if (this.ALPNProtocols) this._sharedCreds.context.setALPN(this.ALPNProtocols);
  net.Server.call(this, { allowHalfOpen: options.allowHalfOpen, pauseOnConnect: options.pauseOnConnect,
    noDelay: options.noDelay, keepAlive: options.keepAlive }, (raw) => this._onRaw(raw));
  if (typeof listener === 'function') this.on('secureConnection', listener);
  this.handshakeTimeout = options.handshakeTimeout ?? 120000;
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

Server.prototype._onRaw = function(raw) {
  const socket = new TLSSocket(raw, {
    ...this._tlsOpts,
    secureContext: this._sharedCreds,
    isServer: true,
    server: this,
    SNICallback: this._SNICallback,
    requestCert: this.requestCert,
    rejectUnauthorized: this.rejectUnauthorized,
  });
  socket.server = this;
  raw[kRawCloseEmitted] = false;
  raw.once('close', onRawClose);
  socket.on('secure', onServerSocketSecure);
  socket.on('close', onServerSocketClose);
  if (this.handshakeTimeout > 0) {
    const timer = setTimeout(() => {
      if (!socket._secureEstablished) {
        socket._tlsError(new (require('internal/errors').codes.ERR_TLS_HANDSHAKE_TIMEOUT)());
      }
    }, this.handshakeTimeout);
    timer.unref();
    socket.once('secure', () => clearTimeout(timer));
    socket.once('close', () => clearTimeout(timer));
  }
  socket.on('error', (err) => {
    if (!socket._secureEstablished) return;
    if (socket.listenerCount('error') === 1) this.emit('tlsClientError', err, socket);
  });
  socket._start();
};

const kRawCloseEmitted = Symbol('kRawCloseEmitted');
function onRawClose() { this[kRawCloseEmitted] = true; }

// A connection that closes quietly before 'secureConnection' (e.g. refused by
// rejectUnauthorized) is reported as node does: 'tlsClientError' with ECONNRESET, after the
// raw socket's 'close'.
function onServerSocketClose(hadError) {
  if (hadError || this._controlReleased || this._tlsErrorEmitted) return;
  this._tlsErrorEmitted = true;
  const emit = () => {
    this.server.emit('tlsClientError', require('internal/errors').connResetException('socket hang up'), this);
  };
  const raw = this[kRaw];
  if (raw[kRawCloseEmitted] === false) raw.once('close', emit);
  else emit();
}

function onServerSocketSecure() {
  if (this.destroyed || this._controlReleased) return;
  this._controlReleased = true;
  this.server.emit('secureConnection', this);
}

Server.prototype.setSecureContext = function(options) {
  const ticketKeys = this._sharedCreds.context.getTicketKeys();
  this._tlsOpts = { ...this._tlsOpts, ...options };
  this._sharedCreds = tlsCommon.createSecureContext({ ticketKeys, ...this._tlsOpts });
  if (this.ALPNProtocols) this._sharedCreds.context.setALPN(this.ALPNProtocols);
};

Server.prototype.addContext = function(servername, context) {
  if (!servername) throw new (require('internal/errors').codes.ERR_TLS_REQUIRED_SERVER_NAME)();
  const re = new RegExp(`^${servername.replace(/([.^$+?\-\\[\]{}])/g, '\\$1').replace(/\*/g, '[^.]*')}$`, 'i');
  const ctx = context && context.context ? context : tlsCommon.createSecureContext(context);
  this._contexts.push([re, ctx]);
};

Server.prototype.getTicketKeys = function() {
  return toBuf(this._sharedCreds.context.getTicketKeys());
};

Server.prototype.setTicketKeys = function(keys) {
  validateBuffer(keys);
  if (keys.byteLength !== 48) throw new ERR_INTERNAL_ASSERTION('Session ticket keys must be a 48-byte buffer');
  this._sharedCreds.context.setTicketKeys(keys);
};

function normalizeConnectArgs(args) {
  let options = {};
  let cb;
  const list = [...args];
  if (typeof list[list.length - 1] === 'function') cb = list.pop();
  if (list[0] !== null && typeof list[0] === 'object') {
    options = { ...list[0] };
  } else {
    if (list[0] !== undefined) options.port = list[0];
    if (typeof list[1] === 'string') options.host = list[1];
    if (list[1] !== null && typeof list[1] === 'object') Object.assign(options, list[1]);
    if (list[2] !== null && typeof list[2] === 'object') Object.assign(options, list[2]);
  }
  return [options, cb];
}

function connect(...args) {
  const [options, cb] = normalizeConnectArgs(args);
  const opts = {
    rejectUnauthorized: !process.env.NODE_TLS_REJECT_UNAUTHORIZED ||
      process.env.NODE_TLS_REJECT_UNAUTHORIZED !== '0',
    ciphers: tlsCommon.defaults.DEFAULT_CIPHERS,
    checkServerIdentity,
    minDHSize: 1024,
    ...options,
  };
  if (opts.rejectUnauthorized === false && options.rejectUnauthorized === undefined) {
    process.emitWarning('Setting the NODE_TLS_REJECT_UNAUTHORIZED environment variable to \'0\' makes TLS connections and HTTPS requests insecure by disabling certificate verification.');
  }
  if (opts.ALPNProtocols) convertALPNProtocols(opts.ALPNProtocols, opts);
  // SNI is sent only for an explicit servername (https passes the host as one); the identity
  // check falls back to the host.
  const host = opts.host || 'localhost';
  if (opts.servername === '') opts.servername = undefined;
  opts.host = host;

  let raw = opts.socket;
  if (!raw) {
    const connectOpts = copyOptions(opts);
    delete connectOpts.servername;
    raw = net.connect(connectOpts);
  }
  const socketOpts = copyOptions(opts);
  socketOpts.isServer = false;
  const socket = new TLSSocket(raw, socketOpts);
  if (cb) socket.once('secureConnect', cb);
  if (opts.timeout) socket.setTimeout(opts.timeout);
  if (raw.connecting) {
    socket.connecting = true;
    raw.once('connect', () => {
      socket.connecting = false;
      socket.emit('connect');
    });
  }
  socket._start();
  return socket;
}

function createServer(options, listener) {
  return new Server(options, listener);
}

module.exports = {
  TLSSocket,
  Server,
  createServer,
  connect,
  checkServerIdentity,
  convertALPNProtocols,
};
