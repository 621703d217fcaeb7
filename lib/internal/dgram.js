'use strict';
// The UDP handle of a dgram socket, with the family's lookup and bind/connect/send bound to it.

const { UDP } = internalBinding('udp_wrap');
const { codes: { ERR_SOCKET_BAD_TYPE } } = require('internal/errors');
const { validateFunction } = require('internal/validators');

const kStateSymbol = Symbol('state symbol');
let dns;

function lookup4(lookup, address, callback) {
  return lookup(address || '127.0.0.1', 4, callback);
}

function lookup6(lookup, address, callback) {
  return lookup(address || '::1', 6, callback);
}

function newHandle(type, lookup) {
  if (lookup === undefined) {
    if (dns === undefined) dns = require('dns');
    lookup = dns.lookup;
  } else {
    validateFunction(lookup, 'lookup');
  }
  if (type === 'udp4') {
    const handle = new UDP();
    handle.lookup = lookup4.bind(handle, lookup);
    return handle;
  }
  if (type === 'udp6') {
    const handle = new UDP();
    handle.lookup = lookup6.bind(handle, lookup);
    handle.bind = handle.bind6;
    handle.connect = handle.connect6;
    handle.send = handle.send6;
    return handle;
  }
  throw new ERR_SOCKET_BAD_TYPE();
}

module.exports = {
  kStateSymbol,
  newHandle,
};
