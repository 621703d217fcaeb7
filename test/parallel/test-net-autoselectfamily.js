'use strict';
// Happy eyeballs: 'localhost' resolves to ::1 and 127.0.0.1; with the server on 127.0.0.1
// only, the client still connects (after the IPv6 attempt fails, if it was tried).
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => socket.end('ok')));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  const client = net.connect({ port, host: 'localhost', autoSelectFamily: true });
  client.on('connect', common.mustCall(() => {
    assert.strictEqual(client.remoteAddress, '127.0.0.1');
    assert.strictEqual(client.remotePort, port);
  }));
  client.resume();
  client.on('close', common.mustCall(() => server.close()));
}));
