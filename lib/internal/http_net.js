'use strict';
// Where http meets net: net.Server as the base of http.Server and net.createConnection for the
// client. Without node:net (early builds) the server still accepts any Duplex through
// server.emit('connection', stream) and the client works through createConnection.

const EventEmitter = require('events');

let net;
function getNet() {
  if (net === undefined) {
    try {
      net = require('net');
    } catch {
      net = null;
    }
  }
  return net;
}

function StreamServer(options) {
  EventEmitter.call(this);
  this._connections = 0;
  this.allowHalfOpen = !!(options && options.allowHalfOpen);
}
Object.setPrototypeOf(StreamServer.prototype, EventEmitter.prototype);
Object.setPrototypeOf(StreamServer, EventEmitter);
StreamServer.prototype.listen = function listen() {
  throw new Error('node:net is not available in this build');
};
StreamServer.prototype.close = function close(cb) {
  if (typeof cb === 'function') process.nextTick(cb);
  process.nextTick(() => this.emit('close'));
  return this;
};
StreamServer.prototype.address = function address() { return null; };
StreamServer.prototype.ref = function ref() { return this; };
StreamServer.prototype.unref = function unref() { return this; };

function getNetServer() {
  const n = getNet();
  return n ? n.Server : StreamServer;
}

module.exports = { getNet, getNetServer };
