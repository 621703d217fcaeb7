'use strict';
// resolveAny: every record with its `type`, in Node's order (A, AAAA, MX, NS, TXT, SRV, PTR,
// NAPTR, SOA, CAA); a name holding only a CNAME answers the CNAME.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const { startDnsServer } = require('../common/dns-server');
const zone = require('../common/dns-records');

startDnsServer(zone, common.mustCall((server) => {
  const r = new dns.Resolver();
  r.setServers([`127.0.0.1:${server.port}`]);
  r.resolveAny('example.org', common.mustSucceed((result) => {
    assert.deepStrictEqual(result, [
      { address: '1.2.3.4', ttl: 300, type: 'A' },
      { address: '5.6.7.8', ttl: 100, type: 'A' },
      { address: '2001:db8::1', ttl: 30, type: 'AAAA' },
      { exchange: 'mail.example.org', priority: 10, type: 'MX' },
      { value: 'ns1.example.org', type: 'NS' },
      { entries: ['v=spf1 -all'], type: 'TXT' },
      { entries: ['chunk one', 'chunk two'], type: 'TXT' },
      { name: 'sip.example.org', port: 5060, priority: 1, weight: 2, type: 'SRV' },
      { value: 'ptr.example.org', type: 'PTR' },
      { flags: 'S', service: 'SIP+D2U', regexp: '', replacement: '_sip._udp.example.org',
        order: 100, preference: 10, type: 'NAPTR' },
      { nsname: 'ns1.example.org', hostmaster: 'root.example.org', serial: 2024112801,
        refresh: 3600, retry: 600, expire: 86400, minttl: 60, type: 'SOA' },
      { critical: 0, issue: 'ca.example.net', type: 'CAA' },
    ]);
    r.resolve('alias.example.org', 'ANY', common.mustSucceed((alias) => {
      assert.deepStrictEqual(alias, [{ value: 'example.org', type: 'CNAME' }]);
      server.close();
    }));
  }));
}));
