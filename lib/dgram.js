'use strict';
// node:dgram: UDP sockets over internalBinding('udp_wrap'). Addresses go through dns.lookup (or
// options.lookup) first; sends and connects issued before the socket is bound wait in a queue
// that the 'listening' event flushes.

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const {
  SendWrap, UDP, UV_UDP_IPV6ONLY, UV_UDP_REUSEADDR, UV_UDP_REUSEPORT,
} = internalBinding('udp_wrap');
const {
  ErrnoException,
  ExceptionWithHostPort,
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_IP_BLOCKED,
    ERR_MISSING_ARGS,
    ERR_SOCKET_ALREADY_BOUND,
    ERR_SOCKET_BAD_BUFFER_SIZE,
    ERR_SOCKET_BUFFER_SIZE,
    ERR_SOCKET_DGRAM_IS_CONNECTED,
    ERR_SOCKET_DGRAM_NOT_CONNECTED,
    ERR_SOCKET_DGRAM_NOT_RUNNING,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateNumber,
  validatePort,
  validateString,
} = require('internal/validators');
const { kStateSymbol, newHandle } = require('internal/dgram');
const { isIP } = require('internal/net');

const BIND_STATE_UNBOUND = 0;
const BIND_STATE_BINDING = 1;
const BIND_STATE_BOUND = 2;

const CONNECT_STATE_DISCONNECTED = 0;
const CONNECT_STATE_CONNECTING = 1;
const CONNECT_STATE_CONNECTED = 2;

const RECV_BUFFER = true;
const SEND_BUFFER = false;

// The socket a handle belongs to (cluster's disconnect closes handles through it).
const { owner_symbol: kOwner } = require('internal/stream_base_commons');
const bufferTypes = ['Buffer', 'TypedArray', 'DataView', 'string'];

function Socket(type, listener) {
  EventEmitter.call(this);
  let lookup;
  let options;
  if (type !== null && typeof type === 'object') {
    options = type;
    type = options.type;
    lookup = options.lookup;
  }
  const handle = newHandle(type, lookup);
  handle[kOwner] = this;
  this.type = type;
  if (typeof listener === 'function') this.on('message', listener);
  this[kStateSymbol] = {
    handle,
    receiving: false,
    bindState: BIND_STATE_UNBOUND,
    connectState: CONNECT_STATE_DISCONNECTED,
    queue: undefined,
    reuseAddr: options && options.reuseAddr,
    reusePort: options && options.reusePort,
    ipv6Only: options && options.ipv6Only,
    recvBufferSize: undefined,
    sendBufferSize: undefined,
    receiveBlockList: undefined,
    sendBlockList: undefined,
  };
  if (options) {
    const state = this[kStateSymbol];
    for (const key of ['recvBufferSize', 'sendBufferSize']) {
      if (options[key] != null) {
        validateNumber(options[key], `options.${key}`);
        state[key] = options[key];
      }
    }
    for (const key of ['receiveBlockList', 'sendBlockList']) {
      if (options[key]) {
        const { BlockList } = require('internal/blocklist');
        if (!BlockList.isBlockList(options[key])) {
          throw new ERR_INVALID_ARG_TYPE(`options.${key}`, 'net.BlockList', options[key]);
        }
        state[key] = options[key];
      }
    }
  }
  if (options?.signal !== undefined) {
    const { signal } = options;
    validateAbortSignal(signal, 'options.signal');
    const onAborted = () => {
      if (this[kStateSymbol].handle) this.close();
    };
    if (signal.aborted) {
      onAborted();
    } else {
      signal.addEventListener('abort', onAborted, { once: true });
      this.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }
  const dc = require('diagnostics_channel');
  if (dc.hasSubscribers('udp.socket')) dc.channel('udp.socket').publish({ socket: this });
}
Object.setPrototypeOf(Socket.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Socket, EventEmitter);

function createSocket(type, listener) {
  return new Socket(type, listener);
}

function healthCheck(socket) {
  if (!socket[kStateSymbol].handle) throw new ERR_SOCKET_DGRAM_NOT_RUNNING();
}

function onMessage(nread, handle, chunk, rinfo) {
  const self = handle[kOwner];
  if (nread < 0) {
    self.emit('error', new ErrnoException(nread, 'recvmsg'));
    return;
  }
  const blockList = self[kStateSymbol].receiveBlockList;
  if (blockList?.check(rinfo.address, rinfo.family === 'IPv4' ? 'ipv4' : 'ipv6')) return;
  const buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  rinfo.size = buf.length;
  self.emit('message', buf, rinfo);
}

function startListening(socket) {
  const state = socket[kStateSymbol];
  state.handle.onmessage = onMessage;
  state.handle.recvStart();
  state.receiving = true;
  state.bindState = BIND_STATE_BOUND;
  if (state.recvBufferSize) bufferSize(socket, state.recvBufferSize, RECV_BUFFER);
  if (state.sendBufferSize) bufferSize(socket, state.sendBufferSize, SEND_BUFFER);
  socket.emit('listening');
}

function stopReceiving(socket) {
  const state = socket[kStateSymbol];
  if (!state.receiving) return;
  state.handle.recvStop();
  state.receiving = false;
}

// Work queued until the socket is bound: run on 'listening', dropped on an error.
function enqueue(self, work) {
  const state = self[kStateSymbol];
  if (state.queue === undefined) {
    state.queue = [];
    self.once(EventEmitter.errorMonitor, onListenError);
    self.once('listening', onListenSuccess);
  }
  state.queue.push(work);
}

function onListenSuccess() {
  this.removeListener(EventEmitter.errorMonitor, onListenError);
  const state = this[kStateSymbol];
  const queue = state.queue;
  state.queue = undefined;
  for (const work of queue) work();
}

function onListenError() {
  this.removeListener('listening', onListenSuccess);
  this[kStateSymbol].queue = undefined;
}

Socket.prototype.bind = function(port_, address_ /* , callback */) {
  let port = port_;
  healthCheck(this);
  const state = this[kStateSymbol];
  if (state.bindState !== BIND_STATE_UNBOUND) throw new ERR_SOCKET_ALREADY_BOUND();
  state.bindState = BIND_STATE_BINDING;

  const cb = arguments.length && arguments[arguments.length - 1];
  if (typeof cb === 'function') {
    const removeListeners = () => {
      this.removeListener('error', removeListeners);
      this.removeListener('listening', onListening);
    };
    const onListening = () => {
      removeListeners();
      cb.call(this);
    };
    this.on('error', removeListeners);
    this.on('listening', onListening);
  }

  // A UDP handle (received over IPC, or from a cluster primary) becomes this socket's.
  if (port instanceof UDP) {
    replaceHandle(this, port);
    startListening(this);
    return this;
  }

  cluster ??= require('cluster');
  if (port !== null && typeof port === 'object' && Number.isInteger(port.fd) && port.fd > 0) {
    const fd = port.fd;
    if (cluster.isWorker && !port.exclusive) {
      bindInCluster(this, { address: null, port: null, addressType: this.type, fd, flags: null },
                    null, null);
      return this;
    }
    const err = state.handle.open(fd);
    if (err) throw new ErrnoException(err, 'open');
    startListening(this);
    return this;
  }

  let exclusive = false;

  let address;
  if (port !== null && typeof port === 'object') {
    address = port.address || '';
    exclusive = !!port.exclusive;
    port = port.port;
  } else {
    address = typeof address_ === 'function' ? '' : address_;
  }
  if (!address) address = this.type === 'udp4' ? '0.0.0.0' : '::';

  state.handle.lookup(address, (err, ip) => {
    if (!state.handle) return;  // closed meanwhile
    if (err) {
      state.bindState = BIND_STATE_UNBOUND;
      this.emit('error', err);
      return;
    }
    let flags = 0;
    if (state.reuseAddr) flags |= UV_UDP_REUSEADDR;
    if (state.ipv6Only) flags |= UV_UDP_IPV6ONLY;
    if (state.reusePort) {
      // Every socket binds its own port share: nothing goes through a cluster primary.
      flags |= UV_UDP_REUSEPORT;
      exclusive = true;
    }
    if (cluster.isWorker && !exclusive) {
      bindInCluster(this, { address: ip, port, addressType: this.type, fd: -1, flags }, ip, port);
      return;
    }
    const status = state.handle.bind(ip, port || 0, flags);
    if (status) {
      state.bindState = BIND_STATE_UNBOUND;
      this.emit('error', new ExceptionWithHostPort(status, 'bind', ip, port));
      return;
    }
    startListening(this);
  });
  return this;
};

let cluster;

// In a cluster worker a non-exclusive bind asks the primary, which binds one handle per
// address/port and hands the same one to every worker (lib/internal/cluster).
function bindInCluster(socket, query, ip, port) {
  const state = socket[kStateSymbol];
  cluster._getServer(socket, query, (err, handle) => {
    if (err) {
      state.bindState = BIND_STATE_UNBOUND;
      socket.emit('error', new ExceptionWithHostPort(err, 'bind', ip, port));
      return;
    }
    if (!state.handle) {  // closed meanwhile
      handle.close();
      return;
    }
    replaceHandle(socket, handle);
    startListening(socket);
  });
}

// Adopts `handle` in place of the socket's own (which is closed), keeping its family's methods
// and whether it was unref'd.
function replaceHandle(socket, handle) {
  const state = socket[kStateSymbol];
  const old = state.handle;
  if (typeof old.hasRef === 'function' && !old.hasRef()) handle.unref();
  handle.lookup = old.lookup;
  handle.bind = old.bind;
  handle.connect = old.connect;
  handle.send = old.send;
  handle[kOwner] = socket;
  old.close();
  state.handle = handle;
}

Socket.prototype.connect = function(port, address, callback) {
  port = validatePort(port, 'Port', false);
  if (typeof address === 'function') {
    callback = address;
    address = '';
  } else if (address === undefined) {
    address = '';
  }
  validateString(address, 'address');
  const state = this[kStateSymbol];
  if (state.connectState !== CONNECT_STATE_DISCONNECTED) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
  state.connectState = CONNECT_STATE_CONNECTING;
  if (state.bindState === BIND_STATE_UNBOUND) this.bind({ port: 0, exclusive: true }, null);
  if (state.bindState !== BIND_STATE_BOUND) {
    enqueue(this, connectBound.bind(this, port, address, callback));
    return;
  }
  connectBound.call(this, port, address, callback);
};

function connectBound(port, address, callback) {
  const state = this[kStateSymbol];
  if (callback) this.once('connect', callback);
  state.handle.lookup(address, (ex, ip) => {
    if (!state.handle) return;
    if (!ex) {
      const err = state.handle.connect(ip, port);
      if (err) ex = new ExceptionWithHostPort(err, 'connect', address, port);
    }
    if (ex) {
      state.connectState = CONNECT_STATE_DISCONNECTED;
      process.nextTick(() => {
        this.removeAllListeners('connect');
        this.emit('error', ex);
      });
      return;
    }
    state.connectState = CONNECT_STATE_CONNECTED;
    process.nextTick(() => this.emit('connect'));
  });
}

Socket.prototype.disconnect = function() {
  const state = this[kStateSymbol];
  if (state.connectState !== CONNECT_STATE_CONNECTED) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
  const err = state.handle.disconnect();
  if (err) throw new ErrnoException(err, 'connect');
  state.connectState = CONNECT_STATE_DISCONNECTED;
};

// Deprecated: send() with every argument required.
Socket.prototype.sendto = function(buffer, offset, length, port, address, callback) {
  validateNumber(offset, 'offset');
  validateNumber(length, 'length');
  validateNumber(port, 'port');
  validateString(address, 'address');
  this.send(buffer, offset, length, port, address, callback);
};

function sliceBuffer(buffer, offset, length) {
  if (typeof buffer === 'string') {
    buffer = Buffer.from(buffer);
  } else if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', bufferTypes, buffer);
  }
  offset = offset >>> 0;
  length = length >>> 0;
  if (offset > buffer.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (offset + length > buffer.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
  return Buffer.from(buffer.buffer, buffer.byteOffset + offset, length);
}

// Every item as a Buffer over the same memory, or null when one is not sendable.
function fixBufferList(list) {
  const out = new Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (typeof item === 'string') out[i] = Buffer.from(item);
    else if (!ArrayBuffer.isView(item)) return null;
    else out[i] = Buffer.from(item.buffer, item.byteOffset, item.byteLength);
  }
  return out;
}

Socket.prototype.send = function(buffer, offset, length, port, address, callback) {
  let list;
  const state = this[kStateSymbol];
  const connected = state.connectState === CONNECT_STATE_CONNECTED;
  if (!connected) {
    if (address || (port && typeof port !== 'function')) {
      buffer = sliceBuffer(buffer, offset, length);
    } else {
      callback = port;
      port = offset;
      address = length;
    }
  } else {
    if (typeof length === 'number') {
      buffer = sliceBuffer(buffer, offset, length);
      if (typeof port === 'function') {
        callback = port;
        port = null;
      }
    } else {
      callback = offset;
    }
    if (port || address) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
  }

  if (!Array.isArray(buffer)) {
    if (typeof buffer === 'string') list = [Buffer.from(buffer)];
    else if (!ArrayBuffer.isView(buffer)) throw new ERR_INVALID_ARG_TYPE('buffer', bufferTypes, buffer);
    else list = [buffer];
  } else if (!(list = fixBufferList(buffer))) {
    throw new ERR_INVALID_ARG_TYPE('buffer list arguments', bufferTypes, buffer);
  }

  if (!connected) port = validatePort(port, 'Port', false);
  if (typeof callback !== 'function') callback = undefined;
  if (typeof address === 'function') {
    callback = address;
    address = undefined;
  } else if (address != null) {
    validateString(address, 'address');
  }

  healthCheck(this);
  if (state.bindState === BIND_STATE_UNBOUND) this.bind({ port: 0, exclusive: true }, null);
  if (list.length === 0) list.push(Buffer.alloc(0));

  if (state.bindState !== BIND_STATE_BOUND) {
    enqueue(this, this.send.bind(this, list, port, address, callback));
    return;
  }
  if (!connected) {
    state.handle.lookup(address, (ex, ip) => doSend(ex, this, ip, list, address, port, callback));
  } else {
    doSend(null, this, null, list, address, port, callback);
  }
};

function afterSend(err, sent) {
  this.callback(err ? new ExceptionWithHostPort(err, 'send', this.address, this.port) : null, sent);
}

function doSend(ex, self, ip, list, address, port, callback) {
  const state = self[kStateSymbol];
  if (ex) {
    if (typeof callback === 'function') process.nextTick(callback, ex);
    else process.nextTick(() => self.emit('error', ex));
    return;
  }
  if (!state.handle) return;
  if (ip && state.sendBlockList?.check(ip, `ipv${isIP(ip)}`)) {
    if (callback) process.nextTick(callback, new ERR_IP_BLOCKED(ip));
    return;
  }
  const req = new SendWrap();
  req.list = list;  // keeps the memory alive until libuv is done
  req.address = address;
  req.port = port;
  if (callback) {
    req.callback = callback;
    req.oncomplete = afterSend;
  }
  const err = port ?
    state.handle.send(req, list, list.length, port, ip, !!callback) :
    state.handle.send(req, list, list.length, !!callback);
  if (err >= 1) {
    // Sent synchronously: err is the size + 1.
    if (callback) process.nextTick(callback, null, err - 1);
    return;
  }
  if (err && callback) {
    process.nextTick(callback, new ExceptionWithHostPort(err, 'send', address, port));
  }
}

Socket.prototype.close = function(callback) {
  const state = this[kStateSymbol];
  const queue = state.queue;
  if (typeof callback === 'function') this.on('close', callback);
  if (queue !== undefined) {
    queue.push(this.close.bind(this));
    return this;
  }
  healthCheck(this);
  stopReceiving(this);
  state.handle.close();
  state.handle = null;
  process.nextTick(() => this.emit('close'));
  return this;
};

if (Symbol.asyncDispose) {
  Socket.prototype[Symbol.asyncDispose] = function() {
    if (!this[kStateSymbol].handle) return Promise.resolve();
    return new Promise((resolve) => this.close(resolve));
  };
}

Socket.prototype.address = function() {
  healthCheck(this);
  const out = {};
  const err = this[kStateSymbol].handle.getsockname(out);
  if (err) throw new ErrnoException(err, 'getsockname');
  return out;
};

Socket.prototype.remoteAddress = function() {
  healthCheck(this);
  const state = this[kStateSymbol];
  if (state.connectState !== CONNECT_STATE_CONNECTED) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
  const out = {};
  const err = state.handle.getpeername(out);
  if (err) throw new ErrnoException(err, 'getpeername');
  return out;
};

Socket.prototype.setBroadcast = function(arg) {
  const err = this[kStateSymbol].handle.setBroadcast(arg ? 1 : 0);
  if (err) throw new ErrnoException(err, 'setBroadcast');
};

Socket.prototype.setTTL = function(ttl) {
  validateNumber(ttl, 'ttl');
  const err = this[kStateSymbol].handle.setTTL(ttl);
  if (err) throw new ErrnoException(err, 'setTTL');
  return ttl;
};

Socket.prototype.setMulticastTTL = function(ttl) {
  validateNumber(ttl, 'ttl');
  const err = this[kStateSymbol].handle.setMulticastTTL(ttl);
  if (err) throw new ErrnoException(err, 'setMulticastTTL');
  return ttl;
};

Socket.prototype.setMulticastLoopback = function(arg) {
  const err = this[kStateSymbol].handle.setMulticastLoopback(arg ? 1 : 0);
  if (err) throw new ErrnoException(err, 'setMulticastLoopback');
  return arg;
};

Socket.prototype.setMulticastInterface = function(interfaceAddress) {
  healthCheck(this);
  validateString(interfaceAddress, 'interfaceAddress');
  const err = this[kStateSymbol].handle.setMulticastInterface(interfaceAddress);
  if (err) throw new ErrnoException(err, 'setMulticastInterface');
};

function membership(name) {
  return function(multicastAddress, interfaceAddress) {
    healthCheck(this);
    if (!multicastAddress) throw new ERR_MISSING_ARGS('multicastAddress');
    const err = this[kStateSymbol].handle[name](multicastAddress, interfaceAddress);
    if (err) throw new ErrnoException(err, name);
  };
}
Socket.prototype.addMembership = membership('addMembership');
Socket.prototype.dropMembership = membership('dropMembership');

function sourceMembership(name) {
  return function(sourceAddress, groupAddress, interfaceAddress) {
    healthCheck(this);
    validateString(sourceAddress, 'sourceAddress');
    validateString(groupAddress, 'groupAddress');
    const err =
      this[kStateSymbol].handle[name](sourceAddress, groupAddress, interfaceAddress);
    if (err) throw new ErrnoException(err, name);
  };
}
Socket.prototype.addSourceSpecificMembership = sourceMembership('addSourceSpecificMembership');
Socket.prototype.dropSourceSpecificMembership = sourceMembership('dropSourceSpecificMembership');

Socket.prototype.ref = function() {
  const handle = this[kStateSymbol].handle;
  if (handle) handle.ref();
  return this;
};

Socket.prototype.unref = function() {
  const handle = this[kStateSymbol].handle;
  if (handle) handle.unref();
  return this;
};

function bufferSize(self, size, which) {
  if (size >>> 0 !== size) throw new ERR_SOCKET_BAD_BUFFER_SIZE();
  const ctx = {};
  const ret = self[kStateSymbol].handle.bufferSize(size, which, ctx);
  if (ret === undefined) throw new ERR_SOCKET_BUFFER_SIZE(ctx);
  return ret;
}

Socket.prototype.setRecvBufferSize = function(size) {
  bufferSize(this, size, RECV_BUFFER);
};

Socket.prototype.setSendBufferSize = function(size) {
  bufferSize(this, size, SEND_BUFFER);
};

Socket.prototype.getRecvBufferSize = function() {
  return bufferSize(this, 0, RECV_BUFFER);
};

Socket.prototype.getSendBufferSize = function() {
  return bufferSize(this, 0, SEND_BUFFER);
};

Socket.prototype.getSendQueueSize = function() {
  return this[kStateSymbol].handle.getSendQueueSize();
};

Socket.prototype.getSendQueueCount = function() {
  return this[kStateSymbol].handle.getSendQueueCount();
};

// Deprecated accessors to the socket's state (DEP0112).
let stateWarned = false;
function legacyState(name, key) {
  Object.defineProperty(Socket.prototype, name, {
    __proto__: null,
    configurable: true,
    enumerable: false,
    get() {
      if (!stateWarned) {
        stateWarned = true;
        process.emitWarning(`Socket.prototype.${name} is deprecated`, 'DeprecationWarning',
                            'DEP0112');
      }
      return this[kStateSymbol][key];
    },
    set(value) {
      this[kStateSymbol][key] = value;
    },
  });
}
legacyState('_handle', 'handle');
legacyState('_receiving', 'receiving');
legacyState('_bindState', 'bindState');
legacyState('_queue', 'queue');
legacyState('_reuseAddr', 'reuseAddr');
Socket.prototype._healthCheck = function() {
  healthCheck(this);
};
Socket.prototype._stopReceiving = function() {
  stopReceiving(this);
};

function _createSocketHandle(address, port, addressType, fd, flags) {
  const handle = newHandle(addressType);
  let err;
  if (Number.isInteger(fd) && fd > 0) err = handle.open(fd);
  else err = handle.bind(address, port || 0, flags);
  if (err) {
    handle.close();
    return err;
  }
  return handle;
}

module.exports = {
  _createSocketHandle,
  createSocket,
  Socket,
};
