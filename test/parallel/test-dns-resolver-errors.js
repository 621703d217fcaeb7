'use strict';
// Resolver errors: NXDOMAIN, SERVFAIL, REFUSED, no data, timeout, an unreachable server and a
// bad reverse address, with Node's code/syscall/hostname and message.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');
const dns = require('dns');
const { startDnsServer } = require('../common/dns-server');
const zone = require('../common/dns-records');

function expectError(code, syscall, hostname) {
  return common.mustCall((err, result) => {
    assert.ok(err instanceof Error);
    assert.strictEqual(err.code, code);
    assert.strictEqual(err.syscall, syscall);
    assert.strictEqual(err.hostname, hostname);
    assert.strictEqual(err.errno, undefined);
    assert.strictEqual(err.message, `${syscall} ${code} ${hostname}`);
    assert.strictEqual(result, undefined);
  });
}

startDnsServer(zone, common.mustCall((server) => {
  const r = new dns.Resolver({ timeout: 200, tries: 1 });
  r.setServers([`127.0.0.1:${server.port}`]);
  let pending = 6;
  const done = () => {
    if (--pending === 0) server.close();
  };
  const wrap = (check) => (err, result) => {
    check(err, result);
    done();
  };
  r.resolve4('nxdomain.example.org', wrap(expectError('ENOTFOUND', 'queryA', 'nxdomain.example.org')));
  assert.strictEqual(dns.NOTFOUND, 'ENOTFOUND');
  r.resolveMx('servfail.example.org',
              wrap(expectError('ESERVFAIL', 'queryMx', 'servfail.example.org')));
  r.resolveTxt('refused.example.org',
               wrap(expectError('EREFUSED', 'queryTxt', 'refused.example.org')));
  r.resolveMx('alias.example.org', wrap(expectError('ENODATA', 'queryMx', 'alias.example.org')));
  r.resolveSoa('empty.example.org', wrap(expectError('ENODATA', 'querySoa', 'empty.example.org')));
  r.resolve6('silent.example.org', wrap(expectError('ETIMEOUT', 'queryAaaa', 'silent.example.org')));
}));

// Nothing listens on the port: ECONNREFUSED.
const probe = dgram.createSocket('udp4');
probe.bind(0, '127.0.0.1', common.mustCall(() => {
  const port = probe.address().port;
  probe.close(common.mustCall(() => {
    const r = new dns.Resolver({ timeout: 200, tries: 1 });
    r.setServers([`127.0.0.1:${port}`]);
    r.resolve4('example.org', expectError('ECONNREFUSED', 'queryA', 'example.org'));
  }));
}));

// A reverse lookup of something that is not an IP throws.
assert.throws(() => dns.reverse('abc', common.mustNotCall()), {
  code: 'EINVAL',
  errno: -22,
  syscall: 'getHostByAddr',
  hostname: 'abc',
  message: 'getHostByAddr EINVAL abc',
});
