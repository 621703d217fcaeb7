'use strict';
// listen({ ipv6Only: true }) on '::' leaves IPv4 free: an IPv4 server can take the same port.
const common = require('../common');
if (!common.hasIPv6) common.skip('no IPv6');
const assert = require('assert');
const net = require('net');

const v6 = net.createServer();
v6.listen({ port: 0, host: '::', ipv6Only: true }, common.mustCall(() => {
  const { port } = v6.address();
  const v4 = net.createServer();
  v4.listen(port, '0.0.0.0', common.mustCall(() => {
    assert.strictEqual(v4.address().port, port);
    v4.close();
    v6.close();
  }));
}));
