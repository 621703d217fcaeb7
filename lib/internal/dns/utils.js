'use strict';
// What node:dns and node:dns/promises share: argument parsing for lookup,
// the default result order, the Resolver base (one c-ares channel each) and
// the error code constants.

const cares = internalBinding('cares_wrap');
const { isIP } = require('internal/net');
const {
  codes: {
    ERR_DNS_SET_SERVERS_FAILED,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_IP_ADDRESS,
  },
} = require('internal/errors');
const {
  validateArray,
  validateBoolean,
  validateInt32,
  validateNumber,
  validateOneOf,
  validateString,
} = require('internal/validators');

const validFamilies = [0, 4, 6];
const validDnsOrders = ['verbatim', 'ipv4first', 'ipv6first'];
const IANA_DNS_PORT = 53;

// --dns-result-order (checked at start-up by internal/bootstrap/prepare) or verbatim; read on
// first use, never while the startup snapshot is built.
let defaultResultOrder;

function getDefaultResultOrder() {
  defaultResultOrder ??= internalBinding('options').dnsResultOrder || 'verbatim';
  return defaultResultOrder;
}

function setDefaultResultOrder(order) {
  validateOneOf(order, 'dnsOrder', validDnsOrders);
  defaultResultOrder = order;
}

function orderCode(dnsOrder) {
  if (dnsOrder === 'ipv4first') return cares.DNS_ORDER_IPV4_FIRST;
  if (dnsOrder === 'ipv6first') return cares.DNS_ORDER_IPV6_FIRST;
  return cares.DNS_ORDER_VERBATIM;
}

// lookup()'s hostname: a string (or falsy), without NUL, which would end it early in getaddrinfo.
function validateLookupHostname(hostname) {
  if (!hostname) return;
  validateString(hostname, 'hostname');
  if (hostname.includes('\0')) {
    throw new ERR_INVALID_ARG_VALUE('hostname', hostname, 'must be a string without null bytes');
  }
}

function validateHints(hints) {
  if ((hints & ~(cares.AI_ADDRCONFIG | cares.AI_ALL | cares.AI_V4MAPPED)) !== 0) {
    throw new ERR_INVALID_ARG_VALUE('hints', hints);
  }
}

// The options of lookup() other than the callback: a family number or an
// object { family, hints, all, verbatim, order }.
function parseLookupOptions(options) {
  const out = { family: 0, hints: 0, all: false, dnsOrder: getDefaultResultOrder() };
  if (typeof options === 'number') {
    validateOneOf(options, 'family', validFamilies);
    out.family = options;
    return out;
  }
  if (options !== undefined && typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  }
  if (options?.hints != null) {
    validateNumber(options.hints, 'options.hints');
    out.hints = options.hints >>> 0;
    validateHints(out.hints);
  }
  if (options?.family != null) {
    if (options.family === 'IPv4') {
      out.family = 4;
    } else if (options.family === 'IPv6') {
      out.family = 6;
    } else {
      validateOneOf(options.family, 'options.family', validFamilies);
      out.family = options.family;
    }
  }
  if (options?.all != null) {
    validateBoolean(options.all, 'options.all');
    out.all = options.all;
  }
  if (options?.verbatim != null) {
    validateBoolean(options.verbatim, 'options.verbatim');
    out.dnsOrder = options.verbatim ? 'verbatim' : 'ipv4first';
  }
  if (options?.order != null) {
    validateOneOf(options.order, 'options.order', validDnsOrders);
    out.dnsOrder = options.order;
  }
  return out;
}

let invalidHostnameWarned = false;
function emitInvalidHostnameWarning(hostname) {
  if (invalidHostnameWarned) return;
  invalidHostnameWarned = true;
  process.emitWarning(
    `The provided hostname "${hostname}" is not a valid hostname, and is supported in the ` +
    'dns module solely for compatibility.', 'DeprecationWarning', 'DEP0118');
}

// lookup() answers without a request for an empty hostname or an IP literal:
// { value } for the callback/promise, or undefined when a query is needed.
function immediateLookupResult(hostname, family, all) {
  if (!hostname) {
    emitInvalidHostnameWarning(hostname);
    return all ? [] : { address: null, family: family === 6 ? 6 : 4 };
  }
  const matched = isIP(hostname);
  if (matched !== 0) {
    const result = { address: hostname, family: matched };
    return all ? [result] : result;
  }
  return undefined;
}

// The answer of a finished getaddrinfo: one { address, family } or all of them.
function lookupResult(addresses, family, all) {
  if (!all) return { address: addresses[0], family: family || isIP(addresses[0]) };
  const out = [];
  for (let i = 0; i < addresses.length; i++) {
    out.push({ address: addresses[i], family: family || isIP(addresses[i]) });
  }
  return out;
}

// ---- Resolver --------------------------------------------------------------------------------

function validateTimeout(options) {
  const { timeout = -1 } = { ...options };
  validateInt32(timeout, 'options.timeout', -1);
  return timeout;
}

function validateTries(options) {
  const { tries = 4 } = { ...options };
  validateInt32(tries, 'options.tries', 1);
  return tries;
}

function validateMaxTimeout(options) {
  const { maxTimeout = 0 } = { ...options };
  validateInt32(maxTimeout, 'options.maxTimeout', 0);
  return maxTimeout;
}

// "1.2.3.4", "1.2.3.4:53", "::1", "[::1]", "[::1]:53" -> [family, address, port].
// As in Node, text after "[ipv6]" is ignored unless it ends in ":<digits>".
function parseServer(text) {
  let family = isIP(text);
  if (family !== 0) return [family, text, IANA_DNS_PORT];
  const tail = /^(.+?)(?::(\d+))?$/.exec(text);
  const bracketed = /^\[([^[\]]*)\]/.exec(text);
  if (bracketed !== null) {
    family = isIP(bracketed[1]);
    if (family !== 0) {
      return [family, bracketed[1], Number.parseInt(tail?.[2], 10) || IANA_DNS_PORT];
    }
  }
  if (tail !== null) {
    family = isIP(tail[1]);
    if (family !== 0) return [family, tail[1], Number.parseInt(tail[2] || IANA_DNS_PORT, 10)];
  }
  throw new ERR_INVALID_IP_ADDRESS(text);
}

// The TypeError Node's native setLocalAddress throws.
function invalidArgValue(message) {
  const err = new TypeError(message);
  err.code = 'ERR_INVALID_ARG_VALUE';
  return err;
}

class ResolverBase {
  constructor(options = undefined) {
    const timeout = validateTimeout(options);
    const tries = validateTries(options);
    const maxTimeout = validateMaxTimeout(options);
    // c-ares 1.18 has no cap on its per-try timeout (it doubles each round over the servers):
    // maxTimeout can at least bound the first one (5000 ms when not given, c-ares 1.18's default).
    let effective = timeout;
    if (maxTimeout > 0) effective = Math.min(timeout === -1 ? 5000 : timeout, maxTimeout);
    this._handle = new cares.ChannelWrap(effective, tries, maxTimeout);
  }

  cancel() {
    this._handle.cancel();
  }

  getServers() {
    const list = this._handle.getServers() || [];
    return list.map(([host, port]) => {
      if (!port || port === IANA_DNS_PORT) return host;
      return `${isIP(host) === 6 ? `[${host}]` : host}:${port}`;
    });
  }

  setServers(servers) {
    validateArray(servers, 'servers');
    const previous = this._handle.getServers() || [];
    const parsed = [];
    for (let i = 0; i < servers.length; i++) {
      validateString(servers[i], `servers[${i}]`);
      parsed.push(parseServer(servers[i]));
    }
    const status = this._handle.setServers(parsed);
    if (status !== 0) {
      this._handle.setServers(previous.map(([host, port]) => [isIP(host), host, port]));
      throw new ERR_DNS_SET_SERVERS_FAILED(cares.strerror(status), servers);
    }
  }

  setLocalAddress(ipv4, ipv6) {
    validateString(ipv4, 'ipv4');
    if (ipv6 !== undefined) validateString(ipv6, 'ipv6');
    const first = isIP(ipv4);
    const second = ipv6 === undefined ? 0 : isIP(ipv6);
    if (first === 0 || (ipv6 !== undefined && second === 0)) {
      throw invalidArgValue('Invalid IP address.');
    }
    if (first === second) {
      throw invalidArgValue(`Cannot specify two IPv${first} addresses.`);
    }
    this._handle.setLocalAddress(ipv4, ipv6);
  }
}

// Resolver methods, in Node's order, with the c-ares query each runs.
const resolverQueries = [
  ['resolveAny', 'queryAny', 'ANY'],
  ['resolve4', 'queryA', 'A'],
  ['resolve6', 'queryAaaa', 'AAAA'],
  ['resolveCaa', 'queryCaa', 'CAA'],
  ['resolveCname', 'queryCname', 'CNAME'],
  ['resolveMx', 'queryMx', 'MX'],
  ['resolveNs', 'queryNs', 'NS'],
  ['resolveTlsa', 'queryTlsa', 'TLSA'],
  ['resolveTxt', 'queryTxt', 'TXT'],
  ['resolveSrv', 'querySrv', 'SRV'],
  ['resolvePtr', 'queryPtr', 'PTR'],
  ['resolveNaptr', 'queryNaptr', 'NAPTR'],
  ['resolveSoa', 'querySoa', 'SOA'],
  ['reverse', 'getHostByAddr', null],
];

// The names bound to the default resolver on the module objects, in Node's order.
const resolverKeys = [
  'getServers', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname',
  'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv',
  'resolveTlsa', 'resolveTxt', 'reverse',
];

function validateRrtype(rrtype, map) {
  if (typeof rrtype !== 'string') throw new ERR_INVALID_ARG_TYPE('rrtype', 'string', rrtype);
  const method = map[rrtype];
  if (typeof method !== 'function') throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
  return method;
}

// A finished query's result; with { ttl: true }, A/AAAA answers as { address, ttl }.
function queryResult(result, ttls, wantTtl) {
  if (!ttls || !wantTtl) return result;
  return result.map((address, index) => ({ address, ttl: ttls[index] }));
}

// Non-ASCII names go out in punycode.
function toASCII(name) {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(name)) return name;
  const { domainToASCII } = require('internal/url');
  return domainToASCII(name) || name;
}

// One default resolver behind both the callback and the promise module functions; replaced by
// setServers on either module. `bindDefaultResolver` rebinds a module's functions to it.
let defaultResolver = null;
function getDefaultResolver() {
  if (defaultResolver === null) defaultResolver = new ResolverBase();
  return defaultResolver;
}
function bindDefaultResolver(target, source) {
  const resolver = getDefaultResolver();
  for (const key of resolverKeys) target[key] = source[key].bind(resolver);
}
// module.setServers: a new default resolver; `rebind` rebinds the modules' functions to it.
function setDefaultServers(servers, rebind) {
  const resolver = new ResolverBase();
  resolver.setServers(servers);
  defaultResolver = resolver;
  rebind();
}

const errorCodes = {
  NODATA: 'ENODATA',
  FORMERR: 'EFORMERR',
  SERVFAIL: 'ESERVFAIL',
  NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP',
  REFUSED: 'EREFUSED',
  BADQUERY: 'EBADQUERY',
  BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY',
  BADRESP: 'EBADRESP',
  CONNREFUSED: 'ECONNREFUSED',
  TIMEOUT: 'ETIMEOUT',
  EOF: 'EOF',
  FILE: 'EFILE',
  NOMEM: 'ENOMEM',
  DESTRUCTION: 'EDESTRUCTION',
  BADSTR: 'EBADSTR',
  BADFLAGS: 'EBADFLAGS',
  NONAME: 'ENONAME',
  BADHINTS: 'EBADHINTS',
  NOTINITIALIZED: 'ENOTINITIALIZED',
  LOADIPHLPAPI: 'ELOADIPHLPAPI',
  ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS',
  CANCELLED: 'ECANCELLED',
};

module.exports = {
  ResolverBase,
  bindDefaultResolver,
  getDefaultResolver,
  setDefaultServers,
  emitInvalidHostnameWarning,
  errorCodes,
  getDefaultResultOrder,
  immediateLookupResult,
  lookupResult,
  orderCode,
  parseLookupOptions,
  queryResult,
  resolverKeys,
  resolverQueries,
  setDefaultResultOrder,
  toASCII,
  validFamilies,
  validateLookupHostname,
  validateRrtype,
};
