'use strict';
// Listening on a port in use emits node's EADDRINUSE error on the second server.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const first = net.createServer().listen(0, common.mustCall(() => {
  const { port } = first.address();
  const second = net.createServer();
  second.on('listening', common.mustNotCall());
  second.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'EADDRINUSE');
    assert.strictEqual(err.syscall, 'listen');
    assert.strictEqual(err.address, '::');
    assert.strictEqual(err.port, port);
    assert.strictEqual(err.message, `listen EADDRINUSE: address already in use :::${port}`);
    assert.strictEqual(second.listening, false);
    first.close();
  }));
  second.listen(port);
}));
