'use strict';
// node:dns/promises: the same operations as node:dns, answering with promises.

const cares = internalBinding('cares_wrap');
const { isIP } = require('internal/net');
const {
  DNSException,
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validatePort, validateString } = require('internal/validators');
const {
  ResolverBase,
  bindDefaultResolver,
  errorCodes,
  getDefaultResultOrder,
  immediateLookupResult,
  lookupResult,
  validateLookupHostname,
  orderCode,
  parseLookupOptions,
  queryResult,
  resolverQueries,
  setDefaultResultOrder,
  setDefaultServers,
  toASCII,
  validateRrtype,
} = require('internal/dns/utils');

function onlookup(err, addresses) {
  if (err) {
    this.reject(new DNSException(err, 'getaddrinfo', this.hostname));
    return;
  }
  this.resolve(lookupResult(addresses, this.family, this.all));
}

function lookup(hostname, options) {
  validateLookupHostname(hostname);
  const { family, hints, all, dnsOrder } = parseLookupOptions(options);
  return new Promise((resolve, reject) => {
    const immediate = immediateLookupResult(hostname, family, all);
    if (immediate !== undefined) {
      resolve(immediate);
      return;
    }
    const req = new cares.GetAddrInfoReqWrap();
    req.family = family;
    req.hostname = hostname;
    req.all = all;
    req.resolve = resolve;
    req.reject = reject;
    req.oncomplete = onlookup;
    const err = cares.getaddrinfo(req, hostname, family, hints, orderCode(dnsOrder));
    if (err) reject(new DNSException(err, 'getaddrinfo', hostname));
  });
}

function onlookupservice(err, hostname, service) {
  if (err) {
    this.reject(new DNSException(err, 'getnameinfo', this.host));
    return;
  }
  this.resolve({ hostname, service });
}

function lookupService(address, port) {
  if (arguments.length !== 2) throw new ERR_MISSING_ARGS('address', 'port');
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  return new Promise((resolve, reject) => {
    const req = new cares.GetNameInfoReqWrap();
    req.host = address;
    req.port = +port;
    req.resolve = resolve;
    req.reject = reject;
    req.oncomplete = onlookupservice;
    const err = cares.getnameinfo(req, address, +port);
    if (err) reject(new DNSException(err, 'getnameinfo', address));
  });
}

// ---- Resolver ----------------------------------------------------------------------------------

function onresolve(err, result, ttls) {
  if (err) {
    this.reject(new DNSException(err, this.bindingName, this.hostname));
    return;
  }
  this.resolve(queryResult(result, ttls, this.ttl));
}

function makeQuery(bindingName) {
  function query(name, options) {
    validateString(name, 'name');
    const ttl = !!(options && options.ttl);
    return new Promise((resolve, reject) => {
      const req = new cares.QueryReqWrap();
      req.bindingName = bindingName;
      req.hostname = name;
      req.oncomplete = onresolve;
      req.resolve = resolve;
      req.reject = reject;
      req.ttl = ttl;
      const err = this._handle[bindingName](req, toASCII(name));
      if (err) reject(new DNSException(err, bindingName, name));
    });
  }
  Object.defineProperty(query, 'name', { __proto__: null, value: bindingName });
  return query;
}

class Resolver extends ResolverBase {}

const resolveMap = { __proto__: null };
for (const [method, bindingName, rrtype] of resolverQueries) {
  const fn = makeQuery(bindingName);
  Resolver.prototype[method] = fn;
  if (rrtype !== null) resolveMap[rrtype] = fn;
}

Resolver.prototype.resolve = function resolve(hostname, rrtype) {
  let method = resolveMap.A;
  if (rrtype !== undefined) {
    validateString(rrtype, 'rrtype');
    method = validateRrtype(rrtype, resolveMap);
  }
  return Reflect.apply(method, this, [hostname]);
};

// Replaces the default resolver; only this module's functions are rebound, as in Node.
function defaultResolverSetServers(servers) {
  setDefaultServers(servers, () => bindDefaultResolver(module.exports, Resolver.prototype));
}

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers: defaultResolverSetServers,
  ...errorCodes,
};

bindDefaultResolver(module.exports, Resolver.prototype);
