'use strict';
// node:https: http's server and client over tls (same parser, same messages, keep-alive agent
// with a TLS session cache).

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
  opts = { ...opts };
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

function createConnection(port, host, options) {
  if (port !== null && typeof port === 'object') {
    options = port;
  } else if (host !== null && typeof host === 'object') {
    options = { ...host };
  } else if (options === null || typeof options !== 'object') {
    options = {};
  } else {
    options = { ...options };
  }
  if (typeof port === 'number') options.port = port;
  if (typeof host === 'string') options.host = host;
  options = { ...options };
  if (options.servername === undefined && options.host && !require('internal/net').isIP(options.host)) {
    options.servername = options.host;
  }
  const session = this._getSession(options._agentKey);
  if (session) options = { session, ...options };
  const socket = tls.connect(options);
  if (options._agentKey) {
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

Agent.prototype.getName = function getName(options = {}) {
  let name = HttpAgent.prototype.getName.call(this, options);
  for (const key of ['ca', 'cert', 'clientCertEngine', 'ciphers', 'key', 'pfx']) {
    name += ':';
    if (options[key]) name += options[key];
  }
  name += ':';
  if (options.rejectUnauthorized !== undefined) name += options.rejectUnauthorized;
  name += ':';
  if (options.servername && options.servername !== options.host) name += options.servername;
  for (const key of ['minVersion', 'maxVersion', 'secureProtocol', 'crl', 'honorCipherOrder',
    'ecdhCurve', 'dhparam', 'secureOptions', 'sessionIdContext', 'sigalgs', 'privateKeyIdentifier',
    'privateKeyEngine']) {
    name += ':';
    if (options[key] !== undefined) name += options[key];
  }
  return name;
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
