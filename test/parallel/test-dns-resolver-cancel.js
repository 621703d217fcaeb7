'use strict';
// resolver.cancel() ends pending queries with ECANCELLED, on a later tick.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const { startDnsServer } = require('../common/dns-server');
const zone = require('../common/dns-records');

startDnsServer(zone, common.mustCall((server) => {
  const r = new dns.Resolver();
  r.setServers([`127.0.0.1:${server.port}`]);
  const p = new dns.promises.Resolver();
  p.setServers([`127.0.0.1:${server.port}`]);
  let sync = true;
  let pending = 2;
  r.resolve4('silent.example.org', common.mustCall((err) => {
    assert.strictEqual(sync, false);
    assert.strictEqual(err.code, 'ECANCELLED');
    assert.strictEqual(err.message, 'queryA ECANCELLED silent.example.org');
    assert.strictEqual(err.syscall, 'queryA');
    if (--pending === 0) server.close();
  }));
  // setServers is refused while queries are pending.
  assert.throws(() => r.setServers(['127.0.0.1']), {
    code: 'ERR_DNS_SET_SERVERS_FAILED',
    message: 'c-ares failed to set servers: "There are pending queries." [[ \'127.0.0.1\' ]]',
  });
  r.cancel();
  sync = false;
  p.resolveTxt('silent.example.org').then(common.mustNotCall(), common.mustCall((err) => {
    assert.strictEqual(err.code, 'ECANCELLED');
    assert.strictEqual(err.syscall, 'queryTxt');
    if (--pending === 0) server.close();
  }));
  p.cancel();
}));
