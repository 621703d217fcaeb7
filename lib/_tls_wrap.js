'use strict';
// TLSSocket (a net.Socket whose handle runs TLS over another socket), tls.Server, tls.connect.
// The handle is JS: the OpenSSL engine (internalBinding('tls_wrap').Engine) turns the transport
// socket's bytes into plaintext and back; the handle speaks the stream-handle protocol net.Socket
// uses (readStart/readStop, writeBuffer/writev/write*String, shutdown, close).

const net = require('net');
const { Buffer } = require('buffer');
const binding = internalBinding('tls_wrap');
const {
  streamBaseState, kReadBytesOrError, kArrayBufferOffset, kBytesWritten, kLastWriteWasAsync,
} = internalBinding('stream_wrap');
const { UV_EOF } = internalBinding('uv');
const tlsCommon = require('_tls_common');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_TLS_CERT_ALTNAME_INVALID, ERR_SOCKET_CLOSED, ERR_TLS_SNI_FROM_SERVER,
    ERR_TLS_INVALID_CONTEXT, ERR_MULTIPLE_CALLBACK,
  },
} = require('internal/errors');

const { FastBuffer } = require('internal/buffer');
const toBuf = (u8) => (u8 === undefined || u8 === null ? u8 : new FastBuffer(u8.buffer, u8.byteOffset, u8.byteLength));

const kEngine = Symbol('kEngine');
const kRaw = Symbol('kRaw');
const kOwner = Symbol('kOwner');
const kPendingWrites = Symbol('kPendingWrites');

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

class TLSHandle {
  constructor(owner, raw, engine) {
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
    if (this[kRaw].isPaused?.()) this[kRaw].resume();
    return 0;
  }

  readStop() {
    this.reading = false;
    this[kRaw].pause();
    return 0;
  }

  deliver(buf) {
    if (this.onread === null || this.closed) return;
    streamBaseState[kReadBytesOrError] = buf.length;
    streamBaseState[kArrayBufferOffset] = buf.byteOffset;
    this.onread(buf.buffer);
  }

  deliverEOF() {
    if (this.eofSent || this.onread === null || this.closed) return;
    this.eofSent = true;
    streamBaseState[kReadBytesOrError] = UV_EOF;
    this.onread(undefined);
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
    const engine = this[kEngine];
    let done = false;
    const complete = (err) => {
      if (done) return;
      done = true;
      if (typeof req.oncomplete === 'function') req.oncomplete(err ? -32 : 0, this, err);
    };
    engine.pendingReq = complete;
    const ok = engine.write(data);
    const handedOver = engine.pendingReq === null;
    engine.pendingReq = null;
    if (!ok) process.nextTick(complete, new ERR_SOCKET_CLOSED());
    else if (!handedOver) process.nextTick(complete);
  }

  flushPending() {
    const pending = this[kPendingWrites];
    this[kPendingWrites] = [];
    for (const [req, data] of pending) this.send(req, data);
  }

  writeBuffer(req, data) { return this.writeData(req, Buffer.from(data.buffer, data.byteOffset, data.byteLength)); }
  writeUtf8String(req, s) { return this.writeData(req, Buffer.from(s, 'utf8')); }
  writeAsciiString(req, s) { return this.writeData(req, Buffer.from(s, 'ascii')); }
  writeLatin1String(req, s) { return this.writeData(req, Buffer.from(s, 'latin1')); }
  writeUcs2String(req, s) { return this.writeData(req, Buffer.from(s, 'ucs2')); }

  writev(req, chunks, allBuffers) {
    const bufs = [];
    if (allBuffers) {
      for (const c of chunks) bufs.push(c);
    } else {
      for (let i = 0; i < chunks.length; i += 2) {
        const c = chunks[i];
        bufs.push(typeof c === 'string' ? Buffer.from(c, chunks[i + 1]) : c);
      }
    }
    return this.writeData(req, Buffer.concat(bufs));
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
  buf = toBuf(buf);
  const cb = this.pendingReq;
  if (cb) {
    this.pendingReq = null;
    raw.write(buf, (err) => cb(err));
  } else {
    raw.write(buf);
  }
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
    socket._tlsError(err);
  } else {
    socket.destroy(err);
  }
}

function onEngineSession(session) {
  const socket = this[kOwner];
  socket.emit('session', toBuf(session));
}

function onEngineKeylog(line) {
  const socket = this[kOwner];
  line = toBuf(line);
  if (socket.server) socket.server.emit('keylog', line, socket);
  else socket.emit('keylog', line);
}

function onEngineSNI(servername) {
  const socket = this[kOwner];
  socket.servername = servername ?? false;
  const server = socket.server;
  if (!server || servername === undefined) return undefined;
  if (typeof server._SNICallback !== 'function') {
    for (const [re, ctx] of server._contexts) {
      if (re.test(servername)) return ctx.context;
    }
  } else {
    let result;
    let sync = true;
    server._SNICallback(servername, (err, ctx) => {
      if (err) { socket.destroy(err); return; }
      result = ctx;
      if (!sync && ctx) this.setSNIContext(ctx.context ?? ctx);
    });
    sync = false;
    if (result) return result.context ?? result;
  }
  return undefined;
}

function onEngineHandshake() {
  const socket = this[kOwner];
  socket._onHandshakeDone();
}

function TLSSocket(socket, opts) {
  if (!(this instanceof TLSSocket)) return new TLSSocket(socket, opts);
  const tlsOptions = { ...opts };
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
  engine.onsni = onEngineSNI;
  engine.onhandshake = onEngineHandshake;
  engine.pendingReq = null;
  this[kEngine] = engine;
  const handle = new TLSHandle(this, raw, engine);

  net.Socket.call(this, {
    handle,
    allowHalfOpen: tlsOptions.allowHalfOpen ?? raw.allowHalfOpen,
    pauseOnCreate: tlsOptions.pauseOnConnect,
    manualStart: true,
    highWaterMark: tlsOptions.highWaterMark,
    onread: tlsOptions.onread,
  });
  this.server = tlsOptions.server ?? null;

  if (isServer) {
    if (tlsOptions.requestCert) engine.setVerifyMode(true, !!tlsOptions.rejectUnauthorized);
    if (tlsOptions.ALPNProtocols) context.context.setALPN(tlsOptions.ALPNProtocols);
  } else {
    if (tlsOptions.ALPNProtocols) engine.setALPN(tlsOptions.ALPNProtocols);
    if (tlsOptions.session) engine.setSession(tlsOptions.session);
  }

  raw.on('data', (chunk) => {
    if (!engine.destroyed) engine.receive(chunk);
  });
  raw.on('end', () => {
    if (!this._secureEstablished) {
      const err = new Error('Client network socket disconnected before secure TLS connection was established');
      err.code = 'ECONNRESET';
      err.host = tlsOptions.host;
      err.port = tlsOptions.port;
      err.localAddress = tlsOptions.localAddress;
      this._tlsError(err);
      return;
    }
    this._handle?.deliverEOF?.();
  });
  raw.on('error', (err) => {
    if (!this._secureEstablished) this._tlsError(err);
    else this.destroy(err);
  });
  raw.on('close', () => {
    if (!this.destroyed) this.destroy();
  });
  raw.on('timeout', () => this.emit('timeout'));
  // Key log lines cross into JS only while someone listens.
  if (isServer) {
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
  this.alpnProtocol = engine.getALPN() ?? false;
  const opts = this._tlsOptions;
  this._secureEstablished = true;
  this.secureConnecting = false;
  if (opts.isServer) {
    this.servername = engine.getServername() ?? false;
    if (opts.requestCert) {
      const verify = engine.verifyError();
      if (verify) {
        this.authorized = false;
        this.authorizationError = verify[0];
        if (opts.rejectUnauthorized) {
          this.destroy();
          return;
        }
      } else {
        this.authorized = true;
      }
    }
    this._handle.flushPending();
    if (this.server) this.server.emit('secureConnection', this);
    this.emit('secure');
    return;
  }
  // Client: the chain, then the host name.
  let verifyError = null;
  const verify = engine.verifyError();
  if (verify) {
    verifyError = new Error(verify[1]);
    verifyError.code = verify[0];
  } else {
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
  this._handle.flushPending();
  this.emit('secureConnect');
  this.emit('secure');
};

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
  getTLSTicket() { return undefined; },
  isSessionReused() { return this[kEngine].isSessionReused(); },
  getFinished() { return toBuf(this[kEngine].getFinished(false)); },
  getPeerFinished() { return toBuf(this[kEngine].getFinished(true)); },
  getEphemeralKeyInfo() { return this._tlsOptions.isServer ? null : {}; },
  getSharedSigalgs() { return []; },
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
  setMaxSendFragment() { return true; },
  renegotiate(options, callback) {
    if (typeof callback === 'function') {
      process.nextTick(callback, new (require('internal/errors').codes.ERR_TLS_RENEGOTIATION_DISABLED)());
    }
    return false;
  },
  disableRenegotiation() {},
  enableTrace() {},
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
  Object.setPrototypeOf(adapter, Object.create(Duplex.prototype, { constructor: { value: Duplex } }));
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
  this._SNICallback = options.SNICallback ?? null;
  this.ALPNProtocols = undefined;
  if (options.ALPNProtocols) convertALPNProtocols(options.ALPNProtocols, this);
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
    requestCert: this.requestCert,
    rejectUnauthorized: this.rejectUnauthorized,
  });
  socket.server = this;
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

Server.prototype.setSecureContext = function(options) {
  this._tlsOpts = { ...this._tlsOpts, ...options };
  this._sharedCreds = tlsCommon.createSecureContext(this._tlsOpts);
  if (this.ALPNProtocols) this._sharedCreds.context.setALPN(this.ALPNProtocols);
};

Server.prototype.addContext = function(servername, context) {
  if (!servername) throw new (require('internal/errors').codes.ERR_TLS_REQUIRED_SERVER_NAME)();
  const re = new RegExp(`^${servername.replace(/([.^$+?\-\\[\]{}])/g, '\\$1').replace(/\*/g, '[^.]*')}$`, 'i');
  const ctx = context && context.context ? context : tlsCommon.createSecureContext(context);
  this._contexts.push([re, ctx]);
};

Server.prototype.getTicketKeys = function() { return Buffer.alloc(48); };
Server.prototype.setTicketKeys = function() {};

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
    const connectOpts = { ...opts };
    delete connectOpts.servername;
    raw = net.connect(connectOpts);
  }
  const socket = new TLSSocket(raw, { ...opts, isServer: false });
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
