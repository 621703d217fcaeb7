'use strict';
// Connecting to a closed port fails with node's ECONNREFUSED error and closes with hadError.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer().listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  server.close(common.mustCall(() => {
    const client = net.connect(port, '127.0.0.1');
    client.on('connect', common.mustNotCall());
    client.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ECONNREFUSED');
      assert.strictEqual(err.syscall, 'connect');
      assert.strictEqual(err.address, '127.0.0.1');
      assert.strictEqual(err.port, port);
      assert.strictEqual(typeof err.errno, 'number');
      assert.strictEqual(err.message, `connect ECONNREFUSED 127.0.0.1:${port}`);
    }));
    client.on('close', common.mustCall((hadError) => assert.strictEqual(hadError, true)));
  }));
}));
