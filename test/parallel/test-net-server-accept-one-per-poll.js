'use strict';
// A server accepts one pending connection per poll of its listening socket (node 22): when
// clients connect together and a client's 'connect' (same poll phase as the first accept)
// closes the server, only the first connection has been accepted; the others are reset.
const common = require('../common');
const assert = require('assert');
const net = require('net');

let accepted = 0;
const server = net.createServer((s) => {
  accepted++;
  s.end();
});
server.on('close', common.mustCall(() => {
  assert.strictEqual(accepted, 1);
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  for (let i = 0; i < 4; i++) {
    const c = net.connect(port, '127.0.0.1');
    if (i === 0) c.on('connect', common.mustCall(() => server.close()));
    c.on('error', (err) => assert.strictEqual(err.code, 'ECONNRESET'));
    c.resume();
    c.on('close', common.mustCall());
  }
}));
