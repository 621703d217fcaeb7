'use strict';
// node:dns. lookup/lookupService run getaddrinfo/getnameinfo on libuv's
// threadpool; the resolve* family goes through c-ares (a Resolver per channel,
// module functions on a default one).

const cares = internalBinding('cares_wrap');
const { isIP } = require('internal/net');
const {
  DNSException,
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const {
  validateFunction,
  validatePort,
  validateString,
} = require('internal/validators');
const { customPromisifyArgs } = require('internal/util');
const { Resolver } = require('internal/dns/callback_resolver');
const {
  bindDefaultResolver,
  errorCodes,
  getDefaultResultOrder,
  immediateLookupResult,
  lookupResult,
  validateLookupHostname,
  orderCode,
  parseLookupOptions,
  setDefaultResultOrder,
  setDefaultServers,
} = require('internal/dns/utils');

function onlookup(err, addresses) {
  if (err) {
    this.callback(new DNSException(err, 'getaddrinfo', this.hostname));
    return;
  }
  const { address, family } = lookupResult(addresses, this.family, false);
  this.callback(null, address, family);
}

function onlookupall(err, addresses) {
  if (err) {
    this.callback(new DNSException(err, 'getaddrinfo', this.hostname));
    return;
  }
  this.callback(null, lookupResult(addresses, this.family, true));
}

function lookup(hostname, options, callback) {
  validateLookupHostname(hostname);
  let parsed;
  if (typeof options === 'function') {
    callback = options;
    parsed = parseLookupOptions(undefined);
  } else {
    if (typeof options !== 'number' &&
        (options === undefined || typeof options === 'object')) {
      validateFunction(callback, 'callback');
    } else {
      validateFunction(arguments.length === 2 ? options : callback, 'callback');
    }
    parsed = parseLookupOptions(options);
  }
  const { family, hints, all, dnsOrder } = parsed;

  const immediate = immediateLookupResult(hostname, family, all);
  if (immediate !== undefined) {
    if (all) process.nextTick(callback, null, immediate);
    else process.nextTick(callback, null, immediate.address, immediate.family);
    return {};
  }

  const req = new cares.GetAddrInfoReqWrap();
  req.callback = callback;
  req.family = family;
  req.hostname = hostname;
  req.oncomplete = all ? onlookupall : onlookup;
  const err = cares.getaddrinfo(req, hostname, family, hints, orderCode(dnsOrder));
  if (err) {
    process.nextTick(callback, new DNSException(err, 'getaddrinfo', hostname));
    return {};
  }
  return req;
}
Object.defineProperty(lookup, customPromisifyArgs, {
  __proto__: null, value: ['address', 'family'], enumerable: false,
});

function onlookupservice(err, hostname, service) {
  if (err) {
    this.callback(new DNSException(err, 'getnameinfo', this.hostname));
    return;
  }
  this.callback(null, hostname, service);
}

function lookupService(address, port, callback) {
  if (arguments.length !== 3) throw new ERR_MISSING_ARGS('address', 'port', 'callback');
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  validateFunction(callback, 'callback');
  port = +port;
  const req = new cares.GetNameInfoReqWrap();
  req.callback = callback;
  req.host = address;
  req.port = port;
  req.oncomplete = onlookupservice;
  const err = cares.getnameinfo(req, address, port);
  if (err) throw new DNSException(err, 'getnameinfo', address);
  return req;
}
Object.defineProperty(lookupService, customPromisifyArgs, {
  __proto__: null, value: ['hostname', 'service'], enumerable: false,
});

let promises = null;

// Replaces the default resolver of node:dns and node:dns/promises.
function defaultResolverSetServers(servers) {
  setDefaultServers(servers, () => {
    bindDefaultResolver(module.exports, Resolver.prototype);
    if (promises !== null) bindDefaultResolver(promises, promises.Resolver.prototype);
  });
}

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers: defaultResolverSetServers,
  ADDRCONFIG: cares.AI_ADDRCONFIG,
  ALL: cares.AI_ALL,
  V4MAPPED: cares.AI_V4MAPPED,
  ...errorCodes,
};

bindDefaultResolver(module.exports, Resolver.prototype);
Object.defineProperty(module.exports, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    if (promises === null) promises = require('internal/dns/promises');
    return promises;
  },
});
