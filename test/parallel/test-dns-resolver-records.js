'use strict';
// dns.Resolver against a local DNS server: every record type's result shape.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const { startDnsServer } = require('../common/dns-server');
const zone = require('../common/dns-records');

startDnsServer(zone, common.mustCall((server) => {
  const r = new dns.Resolver();
  r.setServers([`127.0.0.1:${server.port}`]);
  const checks = [
    ['resolve4', 'example.org', ['1.2.3.4', '5.6.7.8']],
    ['resolve6', 'example.org', ['2001:db8::1']],
    ['resolveCname', 'alias.example.org', ['example.org']],
    ['resolveMx', 'example.org', [{ exchange: 'mail.example.org', priority: 10 }]],
    ['resolveNs', 'example.org', ['ns1.example.org']],
    ['resolveTxt', 'example.org', [['v=spf1 -all'], ['chunk one', 'chunk two']]],
    ['resolveSrv', 'example.org', [{ name: 'sip.example.org', port: 5060, priority: 1,
                                     weight: 2 }]],
    ['resolvePtr', 'example.org', ['ptr.example.org']],
    ['resolveNaptr', 'example.org', [{ flags: 'S', service: 'SIP+D2U', regexp: '',
                                       replacement: '_sip._udp.example.org', order: 100,
                                       preference: 10 }]],
    ['resolveSoa', 'example.org', { nsname: 'ns1.example.org', hostmaster: 'root.example.org',
                                    serial: 2024112801, refresh: 3600, retry: 600,
                                    expire: 86400, minttl: 60 }],
    ['resolveCaa', 'example.org', [{ critical: 0, issue: 'ca.example.net' }]],
    ['resolveCaa', 'critical.example.org', [{ critical: 128, iodef: 'mailto:x@y.z' }]],
    ['resolveTlsa', 'tlsa.example.org', [{ certUsage: 3, selector: 1, match: 1,
                                          data: new Uint8Array([0xc0, 0xff, 0xee]).buffer }]],
    // An A query through a CNAME answers the target's addresses.
    ['resolve4', 'alias.example.org', ['1.2.3.4', '5.6.7.8']],
    ['reverse', '1.2.3.4', ['one.example.org', 'two.example.org']],
    ['reverse', '2001:db8::1', ['six.example.org']],
  ];
  let pending = checks.length + 3;
  const done = () => {
    if (--pending === 0) server.close();
  };
  for (const [method, name, expected] of checks) {
    r[method](name, common.mustSucceed((result) => {
      assert.deepStrictEqual(result, expected, `${method} ${name}`);
      done();
    }));
  }
  r.resolve4('example.org', { ttl: true }, common.mustSucceed((result) => {
    assert.deepStrictEqual(result, [{ address: '1.2.3.4', ttl: 300 },
                                    { address: '5.6.7.8', ttl: 100 }]);
    done();
  }));
  r.resolve('example.org', 'MX', common.mustSucceed((result) => {
    assert.deepStrictEqual(result, [{ exchange: 'mail.example.org', priority: 10 }]);
    done();
  }));
  r.resolve('example.org', common.mustSucceed((result) => {
    assert.deepStrictEqual(result, ['1.2.3.4', '5.6.7.8']);
    done();
  }));
}));
