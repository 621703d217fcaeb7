'use strict';
// The zone the resolver tests serve with common/dns-server.js.
module.exports = {
  'example.org': [
    { type: 'A', address: '1.2.3.4', ttl: 300 },
    { type: 'A', address: '5.6.7.8', ttl: 100 },
    { type: 'AAAA', address: '2001:db8::1', ttl: 30 },
    { type: 'MX', exchange: 'mail.example.org', priority: 10 },
    { type: 'NS', value: 'ns1.example.org' },
    { type: 'TXT', entries: ['v=spf1 -all'] },
    { type: 'TXT', entries: ['chunk one', 'chunk two'] },
    { type: 'SRV', name: 'sip.example.org', port: 5060, priority: 1, weight: 2 },
    { type: 'PTR', value: 'ptr.example.org' },
    { type: 'NAPTR', order: 100, preference: 10, flags: 'S', service: 'SIP+D2U', regexp: '',
      replacement: '_sip._udp.example.org' },
    { type: 'SOA', nsname: 'ns1.example.org', hostmaster: 'root.example.org', serial: 2024112801,
      refresh: 3600, retry: 600, expire: 86400, minttl: 60 },
    { type: 'CAA', critical: 0, tag: 'issue', value: 'ca.example.net' },
  ],
  'alias.example.org': [{ type: 'CNAME', value: 'example.org' }],
  'tlsa.example.org': [
    { type: 'TLSA', certUsage: 3, selector: 1, match: 1, data: Buffer.from('c0ffee', 'hex') },
  ],
  'critical.example.org': [{ type: 'CAA', critical: 128, tag: 'iodef', value: 'mailto:x@y.z' }],
  'empty.example.org': [],
  '4.3.2.1.in-addr.arpa': [{ type: 'PTR', value: 'one.example.org' },
                           { type: 'PTR', value: 'two.example.org' }],
  '1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa': [
    { type: 'PTR', value: 'six.example.org' }],
  'nxdomain.example.org': 'NXDOMAIN',
  'servfail.example.org': 'SERVFAIL',
  'refused.example.org': 'REFUSED',
  'silent.example.org': 'SILENT',
};
