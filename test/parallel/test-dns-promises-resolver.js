'use strict';
// dns.promises.Resolver and the promise module functions against a local DNS server.
const common = require('../common');
const assert = require('assert');
const dnsPromises = require('dns/promises');
const { startDnsServer } = require('../common/dns-server');
const zone = require('../common/dns-records');

startDnsServer(zone, common.mustCall(async (server) => {
  const r = new dnsPromises.Resolver({ timeout: 200, tries: 1 });
  r.setServers([`127.0.0.1:${server.port}`]);
  assert.deepStrictEqual(await r.resolve4('example.org'), ['1.2.3.4', '5.6.7.8']);
  assert.deepStrictEqual(await r.resolve6('example.org', { ttl: true }),
                         [{ address: '2001:db8::1', ttl: 30 }]);
  assert.deepStrictEqual(await r.resolve('example.org', 'NS'), ['ns1.example.org']);
  assert.deepStrictEqual(await r.resolve('example.org'), ['1.2.3.4', '5.6.7.8']);
  assert.deepStrictEqual(await r.reverse('1.2.3.4'), ['one.example.org', 'two.example.org']);
  assert.strictEqual((await r.resolveSoa('example.org')).serial, 2024112801);
  await assert.rejects(r.resolveMx('nxdomain.example.org'), {
    code: 'ENOTFOUND',
    syscall: 'queryMx',
    hostname: 'nxdomain.example.org',
    message: 'queryMx ENOTFOUND nxdomain.example.org',
  });
  // A bad reverse address rejects rather than throws.
  await assert.rejects(r.reverse('abc'), { code: 'EINVAL', syscall: 'getHostByAddr' });
  assert.throws(() => r.resolve4(5), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => r.resolve('x', 5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "rrtype" argument must be of type string. Received type number (5)',
  });
  assert.throws(() => r.resolve('x', 'Q'), { code: 'ERR_INVALID_ARG_VALUE' });

  // The module functions use the default resolver.
  dnsPromises.setServers([`127.0.0.1:${server.port}`]);
  assert.deepStrictEqual(await dnsPromises.resolveCname('alias.example.org'), ['example.org']);
  assert.deepStrictEqual(await dnsPromises.resolveAny('alias.example.org'),
                         [{ value: 'example.org', type: 'CNAME' }]);
  server.close();
}));
