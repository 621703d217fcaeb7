'use strict';
// The worker side of cluster: registers with the primary, and routes server.listen() through it
// (cluster._getServer): a round-robin listen gets a stand-in handle and is fed connections by the
// primary ({ act: 'newconn' }); a shared listen gets the primary's listening handle itself.

const EventEmitter = require('events');
const path = require('path');
const Worker = require('internal/cluster/worker');
const { internal, sendHelper } = require('internal/cluster/utils');

const cluster = new EventEmitter();
const handles = new Map();
const indexes = new Map();
const kMaxTimeout = 2 ** 31 - 1;

cluster.isWorker = true;
cluster.isMaster = false;  // deprecated alias
cluster.isPrimary = false;
cluster.worker = null;
cluster.Worker = Worker;

let ownerSymbol;
function lazyOwnerSymbol() {
  ownerSymbol ??= require('internal/stream_base_commons').owner_symbol;
  return ownerSymbol;
}

cluster._setupWorker = function() {
  const worker = new Worker({
    id: +process.env.NODE_UNIQUE_ID | 0,
    process,
    state: 'online',
  });
  cluster.worker = worker;

  process.once('disconnect', () => {
    worker.emit('disconnect');
    // The primary went away (or disconnected us without asking): leave now.
    if (!worker.exitedAfterDisconnect) process.exit(0);
  });

  process.on('internalMessage', internal(worker, onmessage));
  send({ act: 'online' });

  function onmessage(message, handle) {
    if (message.act === 'newconn') onconnection(message, handle);
    else if (message.act === 'disconnect') Reflect.apply(disconnect, worker, [true]);
  }
};

// `obj` is a net.Server or a dgram.Socket.
cluster._getServer = function(obj, options, cb) {
  let address = options.address;
  if (options.port < 0 && typeof address === 'string' && process.platform !== 'win32') {
    address = path.resolve(address);
  }
  const indexesKey = [address, options.port, options.addressType, options.fd].join(':');
  let indexSet = indexes.get(indexesKey);
  if (indexSet === undefined) {
    indexSet = { nextIndex: 0, set: new Set() };
    indexes.set(indexesKey, indexSet);
  }
  const index = indexSet.nextIndex++;
  indexSet.set.add(index);

  const message = { act: 'queryServer', index, data: null, ...options };
  message.address = address;
  if (obj._getServerData) message.data = obj._getServerData();

  send(message, (reply, handle) => {
    if (typeof obj._setServerData === 'function') obj._setServerData(reply.data);
    if (handle) shared(reply, { handle, indexesKey, index }, cb);
    else rr(reply, { indexesKey, index }, cb);
  });

  obj.once('listening', () => {
    // A short-lived server may be closed already.
    if (!indexes.has(indexesKey)) return;
    cluster.worker.state = 'listening';
    const addr = obj.address();
    message.act = 'listening';
    message.port = (addr && addr.port) || options.port;
    send(message);
  });
};

function removeIndexesKey(indexesKey, index) {
  const indexSet = indexes.get(indexesKey);
  if (!indexSet) return;
  indexSet.set.delete(index);
  if (indexSet.set.size === 0) indexes.delete(indexesKey);
}

// SCHED_NONE: the primary's listening handle, whose close() also tells the primary.
function shared(message, { handle, indexesKey, index }, cb) {
  const key = message.key;
  const close = handle.close;
  handle.close = function(...args) {
    send({ act: 'close', key });
    handles.delete(key);
    removeIndexesKey(indexesKey, index);
    return Reflect.apply(close, handle, args);
  };
  handles.set(key, handle);
  cb(message.errno, handle);
}

// SCHED_RR: a stand-in handle; an interval keeps the worker alive while the server is ref'd.
function rr(message, { indexesKey, index }, cb) {
  if (message.errno) return cb(message.errno, null);
  let key = message.key;
  let keepAlive = null;

  function ref() {
    keepAlive ??= setInterval(() => {}, kMaxTimeout);
  }
  function unref() {
    if (keepAlive) {
      clearInterval(keepAlive);
      keepAlive = null;
    }
  }
  function listen() {
    return 0;
  }
  function close(done) {
    // net treats a handle's close as synchronous; the primary learns of it by message.
    if (key === undefined) {
      if (typeof done === 'function') process.nextTick(done);
      return;
    }
    unref();
    send({ act: 'close', key });
    handles.delete(key);
    removeIndexesKey(indexesKey, index);
    key = undefined;
    if (typeof done === 'function') process.nextTick(done);
  }
  function getsockname(out) {
    if (key) Object.assign(out, message.sockname);
    return 0;
  }

  const handle = { close, listen, ref, unref };
  handle.ref();
  if (message.sockname) handle.getsockname = getsockname;  // TCP only
  handles.set(key, handle);
  cb(0, handle);
}

// A connection the primary accepted for us (round-robin).
function onconnection(message, handle) {
  const key = message.key;
  const server = handles.get(key);
  let accepted = server !== undefined;
  if (accepted && server[lazyOwnerSymbol()]) {
    const self = server[lazyOwnerSymbol()];
    if (self.maxConnections != null && self._connections >= self.maxConnections) accepted = false;
  }
  send({ ack: message.seq, accepted });
  if (accepted) server.onconnection(0, handle);
  else handle.close();
}

function send(message, cb) {
  return sendHelper(process, message, null, cb);
}

// Closes every server, then the channel. Asked by the primary (primaryInitiated) or by
// worker.disconnect(), which first tells the primary the exit is intended.
function disconnect(primaryInitiated) {
  this.exitedAfterDisconnect = true;
  let waiting = 1;
  function checkWaiting() {
    if (--waiting !== 0) return;
    if (primaryInitiated) process.disconnect();
    else send({ act: 'exitedAfterDisconnect' }, () => process.disconnect());
  }
  handles.forEach((handle) => {
    waiting++;
    const owner = handle[lazyOwnerSymbol()];
    if (owner) owner.close(checkWaiting);
    else handle.close(checkWaiting);
  });
  handles.clear();
  checkWaiting();
}

Worker.prototype.disconnect = function() {
  if (this.state !== 'disconnecting' && this.state !== 'destroying') {
    this.state = 'disconnecting';
    Reflect.apply(disconnect, this, []);
  }
  return this;
};

Worker.prototype.destroy = function() {
  if (this.state === 'destroying') return;
  this.exitedAfterDisconnect = true;
  if (!this.isConnected()) {
    process.exit(0);
  } else {
    this.state = 'destroying';
    send({ act: 'exitedAfterDisconnect' }, () => process.disconnect());
    process.once('disconnect', () => process.exit(0));
  }
};

module.exports = cluster;
