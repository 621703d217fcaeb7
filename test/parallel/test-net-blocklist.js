'use strict';
// blockList: a server drops connections from blocked peers; a client refuses to connect to a
// blocked address with ERR_IP_BLOCKED.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const blocked = new net.BlockList();
blocked.addAddress('127.0.0.1');

{
  const server = net.createServer({ blockList: blocked }, common.mustNotCall());
  server.listen(0, '127.0.0.1', common.mustCall(() => {
    const client = net.connect(server.address().port, '127.0.0.1');
    client.on('error', () => {});
    client.resume();
    client.on('close', common.mustCall(() => server.close()));
  }));
}
{
  const server = net.createServer(common.mustNotCall());
  server.listen(0, '127.0.0.1', common.mustCall(() => {
    const client = net.connect({ port: server.address().port, host: '127.0.0.1', blockList: blocked });
    client.on('connect', common.mustNotCall());
    client.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_IP_BLOCKED');
      assert.strictEqual(err.message, 'IP(127.0.0.1) is blocked by net.BlockList');
      server.close();
    }));
  }));
}
assert.throws(() => net.createServer({ blockList: {} }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new net.Socket({ blockList: [] }), { code: 'ERR_INVALID_ARG_TYPE' });
