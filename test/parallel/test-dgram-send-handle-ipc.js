'use strict';
// A bound dgram socket sent to a child over IPC: the child gets a bound dgram.Socket on the
// same port and receives what is sent there once the parent closed its copy.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  process.on('message', (msg, socket) => {
    assert.strictEqual(msg, 'socket');
    assert.ok(socket instanceof dgram.Socket);
    assert.strictEqual(socket.type, 'udp4');
    socket.on('message', (data) => {
      process.send({ got: String(data) });
      socket.close();
      process.disconnect();
    });
    process.send({ port: socket.address().port });
  });
  return;
}

const socket = dgram.createSocket('udp4');
socket.bind(0, '127.0.0.1', common.mustCall(() => {
  const { port } = socket.address();
  const child = fork(__filename, ['child']);
  child.send('socket', socket);
  child.on('message', common.mustCall((msg) => {
    if (msg.port !== undefined) {
      assert.strictEqual(msg.port, port);
      socket.close(common.mustCall(() => {
        const sender = dgram.createSocket('udp4');
        sender.send('over ipc', port, '127.0.0.1', common.mustSucceed(() => sender.close()));
      }));
      return;
    }
    assert.strictEqual(msg.got, 'over ipc');
  }, 2));
  child.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
}));
