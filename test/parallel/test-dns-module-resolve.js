'use strict';
// The callback module functions run on the default resolver that dns.setServers replaces.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const util = require('util');
const { startDnsServer } = require('../common/dns-server');
const zone = require('../common/dns-records');

startDnsServer(zone, common.mustCall((server) => {
  dns.setServers([`127.0.0.1:${server.port}`]);
  assert.deepStrictEqual(dns.getServers(), [`127.0.0.1:${server.port}`]);
  dns.resolveNaptr('example.org', common.mustSucceed((records) => {
    assert.strictEqual(records[0].service, 'SIP+D2U');
    dns.resolve('example.org', 'TXT', common.mustSucceed((txt) => {
      assert.deepStrictEqual(txt, [['v=spf1 -all'], ['chunk one', 'chunk two']]);
      util.promisify(dns.resolveSrv)('example.org').then(common.mustCall((srv) => {
        assert.strictEqual(srv[0].port, 5060);
        server.close();
      }));
    }));
  }));
}));
