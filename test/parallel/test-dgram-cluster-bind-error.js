'use strict';
// A worker's bind fails when the primary cannot bind the address: the worker's socket gets
// node's bind error (EADDRINUSE, with the address and port) and no 'listening'.
const common = require('../common');
const assert = require('assert');
const cluster = require('cluster');
const dgram = require('dgram');

if (cluster.isWorker) {
  const port = Number(process.env.TAKEN_PORT);
  const socket = dgram.createSocket('udp4');
  socket.on('listening', () => process.send({ listening: true }));
  socket.on('error', (err) => {
    process.send({ code: err.code, syscall: err.syscall, address: err.address, port: err.port,
                   message: err.message });
    process.disconnect();
  });
  socket.bind(port, '127.0.0.1');
  return;
}

const taken = dgram.createSocket('udp4');
taken.bind(0, '127.0.0.1', common.mustCall(() => {
  const port = taken.address().port;
  cluster.fork({ TAKEN_PORT: port }).on('message', common.mustCall((msg) => {
    assert.deepStrictEqual(msg, {
      code: 'EADDRINUSE',
      syscall: 'bind',
      address: '127.0.0.1',
      port,
      message: `bind EADDRINUSE 127.0.0.1:${port}`,
    });
  })).on('exit', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    taken.close();
  }));
}));
