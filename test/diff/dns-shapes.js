'use strict';
// node:dns, node:dns/promises and node:dgram exports, and the exact printed shapes of resolver
// results and errors from a DNS server run on 127.0.0.1.
const dns = require('dns');
const dgram = require('dgram');
const { startDnsServer } = require('../common/dns-server');
const zone = require('../common/dns-records');

console.log(Object.keys(dns));
console.log(Object.keys(dns.promises));
console.log(Object.getOwnPropertyNames(dns.Resolver.prototype));
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(dns.Resolver.prototype)));
console.log(Object.getOwnPropertyNames(dns.promises.Resolver.prototype));
console.log(Object.keys(dgram), Object.getOwnPropertyNames(dgram.Socket.prototype));
console.log(dns.lookup.length, dns.lookupService.length, dns.resolve.length, dns.reverse.length);

startDnsServer(zone, (server) => {
  const r = new dns.Resolver({ timeout: 1000, tries: 1 });  // a loaded machine may take 200 ms to answer
  r.setServers([`127.0.0.1:${server.port}`]);
  const jobs = [
    ['resolveAny', 'example.org'], ['resolve4', 'example.org', { ttl: true }],
    ['resolve6', 'example.org'], ['resolveCname', 'alias.example.org'],
    ['resolveMx', 'example.org'], ['resolveNs', 'example.org'], ['resolveTxt', 'example.org'],
    ['resolveSrv', 'example.org'], ['resolvePtr', 'example.org'],
    ['resolveNaptr', 'example.org'], ['resolveSoa', 'example.org'],
    ['resolveCaa', 'example.org'], ['resolveCaa', 'critical.example.org'],
    ['resolveTlsa', 'tlsa.example.org'], ['resolveAny', 'alias.example.org'],
    ['reverse', '1.2.3.4'], ['resolve4', 'nxdomain.example.org'],
    ['resolveMx', 'servfail.example.org'], ['resolveSoa', 'empty.example.org'],
    ['resolve4', 'silent.example.org'],
  ];
  let i = 0;
  const next = () => {
    if (i === jobs.length) {
      server.close();
      return;
    }
    const [method, name, options] = jobs[i++];
    const args = options ? [name, options] : [name];
    r[method](...args, (err, result) => {
      console.log(method, name);
      if (err) {
        console.log(err.message, { ...err });
      } else {
        console.log(result);
      }
      next();
    });
  };
  next();
});
