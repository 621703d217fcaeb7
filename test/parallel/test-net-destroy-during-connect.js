'use strict';
// destroy() while connecting: no 'connect', no 'error', one 'close' without error.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCallAtLeast(() => {}, 0)).listen(0, common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  assert.strictEqual(client.connecting, true);
  client.on('connect', common.mustNotCall());
  client.on('error', common.mustNotCall());
  client.on('close', common.mustCall((hadError) => {
    assert.strictEqual(hadError, false);
    assert.strictEqual(client.destroyed, true);
    server.close();
  }));
  client.destroy();
  assert.strictEqual(client.connecting, false);
  assert.strictEqual(client.readyState, 'closed');
}));
