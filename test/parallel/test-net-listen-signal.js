'use strict';
// listen({ signal }): aborting the signal closes the server; an aborted signal closes it at once.
const common = require('../common');
const assert = require('assert');
const net = require('net');

{
  const controller = new AbortController();
  const server = net.createServer();
  server.on('close', common.mustCall());
  server.listen({ port: 0, signal: controller.signal }, common.mustCall(() => {
    assert.strictEqual(server.listening, true);
    controller.abort();
    assert.strictEqual(server.listening, false);
  }));
}
{
  const server = net.createServer();
  server.on('listening', common.mustNotCall());
  server.on('close', common.mustCall());
  server.listen({ port: 0, signal: AbortSignal.abort() });
}
assert.throws(() => net.createServer().listen({ port: 0, signal: 'x' }),
              { code: 'ERR_INVALID_ARG_TYPE' });
