'use strict';
// node:https: http's server and client over tls (same parser, same messages, keep-alive agent
// with a TLS session cache).
const { copyOptions } = require('internal/util');

const { Buffer } = require('buffer');
const tls = require('tls');
const { Agent: HttpAgent } = require('_http_agent');
const { ClientRequest } = require('_http_client');
const {
  Server: HttpServer, storeHTTPOptions, _connectionListener, setupConnectionsTracking,
  httpServerPreClose,
} = require('_http_server');
const { URL, urlToHttpOptions, isURL } = require('internal/url');

function Server(opts, requestListener) {
  if (!(this instanceof Server)) return new Server(opts, requestListener);
  if (typeof opts === 'function') {
    requestListener = opts;
    opts = {};
  }
  opts = copyOptions(opts);
  if (!opts.ALPNProtocols) opts.ALPNProtocols = ['http/1.1'];
  storeHTTPOptions.call(this, opts);
  tls.Server.call(this, {
    noDelay: true,
    pauseOnConnect: false,
    ...opts,
    allowHalfOpen: true,
  }, _connectionListener);
  this.httpAllowHalfOpen = false;
  if (requestListener) this.addListener('request', requestListener);
  this.addListener('tlsClientError', function onTlsClientError(err, conn) {
    if (!this.emit('clientError', err, conn)) conn.destroy(err);
  });
  this.timeout = 0;
  this.maxHeadersCount = null;
  this.maxRequestsPerSocket = 0;
  this.on('listening', setupConnectionsTracking);
}
Object.setPrototypeOf(Server.prototype, tls.Server.prototype);
Object.setPrototypeOf(Server, tls.Server);

for (const name of ['closeAllConnections', 'closeIdleConnections', 'setTimeout']) {
  if (typeof HttpServer.prototype[name] === 'function') Server.prototype[name] = HttpServer.prototype[name];
}
Server.prototype.close = function close() {
  httpServerPreClose(this);
  Reflect.apply(tls.Server.prototype.close, this, arguments);
  return this;
};
if (Symbol.asyncDispose && HttpServer.prototype[Symbol.asyncDispose]) {
  Server.prototype[Symbol.asyncDispose] = HttpServer.prototype[Symbol.asyncDispose];
}

function createServer(opts, requestListener) {
  return new Server(opts, requestListener);
}

// ---- client ----------------------------------------------------------------------------------

function hasAgentCheckServerIdentity(options) {
  const agent = options.agent === undefined ? module.exports.globalAgent : options.agent;
  return agent instanceof Agent && agent.options.checkServerIdentity === options.checkServerIdentity;
}

function createConnection(...args) {
  let [port, host, options] = args;
  if (port !== null && typeof port === 'object') {
    options = port;
  } else if (host !== null && typeof host === 'object') {
    options = copyOptions(host);
  } else if (options === null || typeof options !== 'object') {
    options = {};
  } else {
    options = copyOptions(options);
  }
  if (typeof port === 'number') options.port = port;
  if (typeof host === 'string') options.host = host;
  options = copyOptions(options);
  if (options.servername === undefined && options.host && !require('internal/net').isIP(options.host)) {
    options.servername = options.host;
  }
  const reuseSession = options._agentKey && !options[kPerRequestCheckServerIdentity];
  const session = reuseSession ? this._getSession(options._agentKey) : undefined;
  if (session) options = { session, ...options };
  const socket = tls.connect(options);
  if (options[kPerRequestCheckServerIdentity]) socket[kPerRequestCheckServerIdentity] = true;
  if (reuseSession) {
    socket.on('session', (s) => this._cacheSession(options._agentKey, s));
    socket.once('close', (err) => {
      if (err) this._evictSession(options._agentKey);
    });
  }
  return socket;
}

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  HttpAgent.call(this, options);
  this.defaultPort = 443;
  this.protocol = 'https:';
  this.maxCachedSessions = this.options.maxCachedSessions;
  if (this.maxCachedSessions === undefined) this.maxCachedSessions = 100;
  this._sessionCache = { map: {}, list: [] };
}
Object.setPrototypeOf(Agent.prototype, HttpAgent.prototype);
Object.setPrototypeOf(Agent, HttpAgent);
Agent.prototype.createConnection = createConnection;

// Agent keys for TLS options: the value's type, its size and the value (objects by identity), so
// requests with different TLS settings never share a socket.
const tlsOptionIds = new WeakMap();
let nextTlsOptionId = 0;
function tlsOptionKey(value) {
  switch (typeof value) {
    case 'string': return `s${value.length}:${value}`;
    case 'number':
    case 'boolean': {
      const text = String(value);
      return `${typeof value === 'number' ? 'n' : 'b'}${text.length}:${text}`;
    }
    case 'object':
    case 'function':
      if (value === null) return '';
      if (ArrayBuffer.isView(value)) {
        const bytes = Buffer.from(value.buffer, value.byteOffset, value.byteLength);
        return `v${value.byteLength}:${bytes.toString('base64')}`;
      }
      if (Array.isArray(value)) return listKey(value, tlsOptionKey);
      if (!tlsOptionIds.has(value)) tlsOptionIds.set(value, ++nextTlsOptionId);
      return `o${tlsOptionIds.get(value)}`;
    default:
      return String(value);
  }
}

function listKey(list, itemKey) {
  let out = `a${list.length}:`;
  for (let i = 0; i < list.length; i++) {
    const key = itemKey(list[i]);
    out += `${i ? ':' : ''}${key.length}:${key}`;
  }
  return out;
}

// key/pfx: the material and its passphrase (an item's own one first, in a list).
function keyMaterialKey(value, passphrase, field) {
  const withPass = (material, pass) =>
    `${tlsOptionKey(material)}:${pass !== undefined ? tlsOptionKey(pass) : ''}`;
  if (!Array.isArray(value)) return withPass(value, passphrase);
  return listKey(value, (item) => {
    if (item !== null && typeof item === 'object' && !ArrayBuffer.isView(item)) {
      return withPass(item[field], item.passphrase ?? passphrase);
    }
    return withPass(item, passphrase);
  });
}

// A request's own checkServerIdentity gets its own connection, never pooled (node 22.22+).
const kPerRequestCheckServerIdentity = Symbol('kPerRequestCheckServerIdentity');
let perRequestCheckServerIdentityIndex = 0;

Agent.prototype.getName = function getName(options = {}) {
  let name = HttpAgent.prototype.getName.call(this, options);
  const keyed = (value) => (value ? tlsOptionKey(value) : '');
  const raw = (value) => (value ? value : '');
  const defined = (value, key = String) => (value !== undefined ? key(value) : '');
  const parts = [
    keyed(options.ca), keyed(options.cert), raw(options.clientCertEngine), raw(options.ciphers),
    options.key ? keyMaterialKey(options.key, options.passphrase, 'pem') : '',
    options.pfx ? keyMaterialKey(options.pfx, options.passphrase, 'buf') : '',
    defined(options.rejectUnauthorized),
    options.servername && options.servername !== options.host ? options.servername : '',
    raw(options.minVersion), raw(options.maxVersion), raw(options.secureProtocol),
    keyed(options.crl), defined(options.honorCipherOrder), raw(options.ecdhCurve),
    raw(options.dhparam), defined(options.secureOptions), raw(options.sessionIdContext),
    options.sigalgs ? JSON.stringify(options.sigalgs) : '', raw(options.privateKeyIdentifier),
    raw(options.privateKeyEngine), keyed(options.secureContext),
    defined(options.allowPartialTrustChain, tlsOptionKey), keyed(options.ALPNProtocols),
    keyed(options.certificateCompression), defined(options.minDHSize, tlsOptionKey),
    keyed(options.pskCallback), defined(options.requestOCSP, tlsOptionKey), keyed(options.session),
  ];
  name += `:${parts.join(':')}`;
  if (options[kPerRequestCheckServerIdentity]) name += `:${options[kPerRequestCheckServerIdentity]}`;
  return name;
};

Agent.prototype.keepSocketAlive = function keepSocketAlive(socket) {
  if (socket[kPerRequestCheckServerIdentity]) return false;
  return HttpAgent.prototype.keepSocketAlive.call(this, socket);
};

Agent.prototype._getSession = function _getSession(key) {
  return key === undefined ? undefined : this._sessionCache.map[key];
};

Agent.prototype._cacheSession = function _cacheSession(key, session) {
  if (this.maxCachedSessions === 0) return;
  if (this._sessionCache.map[key]) {
    this._sessionCache.map[key] = session;
    return;
  }
  if (this._sessionCache.list.length >= this.maxCachedSessions) {
    const old = this._sessionCache.list.shift();
    delete this._sessionCache.map[old];
  }
  this._sessionCache.list.push(key);
  this._sessionCache.map[key] = session;
};

Agent.prototype._evictSession = function _evictSession(key) {
  const index = this._sessionCache.list.indexOf(key);
  if (index === -1) return;
  this._sessionCache.list.splice(index, 1);
  delete this._sessionCache.map[key];
};

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

function request(...args) {
  let options = {};
  if (typeof args[0] === 'string') {
    const url = new URL(args.shift());
    options = urlToHttpOptions(url);
  } else if (args[0] && isURL(args[0])) {
    options = urlToHttpOptions(args.shift());
  }
  if (args[0] && typeof args[0] !== 'function') {
    Object.assign(options, args.shift());
  }
  // Not the agent's own checkServerIdentity: this request gets a connection of its own.
  if (options.checkServerIdentity !== undefined &&
      options.checkServerIdentity !== tls.checkServerIdentity &&
      !hasAgentCheckServerIdentity(options)) {
    options[kPerRequestCheckServerIdentity] = ++perRequestCheckServerIdentityIndex;
  }
  options._defaultAgent = module.exports.globalAgent;
  args.unshift(options);
  return Reflect.construct(ClientRequest, args);
}

function get(input, options, cb) {
  const req = request(input, options, cb);
  req.end();
  return req;
}

module.exports = {
  Agent,
  globalAgent,
  Server,
  createServer,
  get,
  request,
};
