'use strict';
// dns.Resolver: the callback API over a c-ares channel.

const cares = internalBinding('cares_wrap');
const { DNSException } = require('internal/errors');
const { validateFunction, validateString } = require('internal/validators');
const {
  ResolverBase,
  queryResult,
  resolverQueries,
  toASCII,
  validateRrtype,
} = require('internal/dns/utils');

function onresolve(err, result, ttls) {
  if (err) {
    this.callback(new DNSException(err, this.bindingName, this.hostname));
    return;
  }
  this.callback(null, queryResult(result, ttls, this.ttl));
}

function makeQuery(bindingName) {
  function query(name, /* options, */ callback) {
    let options;
    if (arguments.length > 2) {
      options = callback;
      callback = arguments[2];
    }
    validateString(name, 'name');
    validateFunction(callback, 'callback');
    const req = new cares.QueryReqWrap();
    req.bindingName = bindingName;
    req.callback = callback;
    req.hostname = name;
    req.oncomplete = onresolve;
    req.ttl = !!(options && options.ttl);
    const err = this._handle[bindingName](req, toASCII(name));
    if (err) throw new DNSException(err, bindingName, name);
    return req;
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

Resolver.prototype.resolve = function resolve(hostname, rrtype, callback) {
  let method;
  if (typeof rrtype === 'function') {
    method = resolveMap.A;
    callback = rrtype;
  } else {
    method = validateRrtype(rrtype, resolveMap);
  }
  return Reflect.apply(method, this, [hostname, callback]);
};

module.exports = { Resolver };
