'use strict';
// dgram receiveBlockList drops datagrams from blocked senders; sendBlockList fails sends to
// blocked addresses with ERR_IP_BLOCKED.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');
const net = require('net');

assert.throws(() => dgram.createSocket({ type: 'udp4', receiveBlockList: 5 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.receiveBlockList" property must be an net.BlockList. ' +
           'Received type number (5)',
});
assert.throws(() => dgram.createSocket({ type: 'udp4', sendBlockList: {} }), {
  code: 'ERR_INVALID_ARG_TYPE',
});
assert.throws(() => dgram.createSocket({ type: 'udp4', recvBufferSize: 'x' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.recvBufferSize" property must be of type number. ' +
           "Received type string ('x')",
});

const blocked = new net.BlockList();
blocked.addAddress('127.0.0.1');

const sender = dgram.createSocket({ type: 'udp4', sendBlockList: blocked });
sender.send('x', 9, '127.0.0.1', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_IP_BLOCKED');
  assert.strictEqual(err.message, 'IP(127.0.0.1) is blocked by net.BlockList');
  sender.close();
}));

// The receiver drops what 127.0.0.1 sends it; a marker sent afterwards to another socket
// shows the loop has moved past the dropped datagram.
const receiver = dgram.createSocket({ type: 'udp4', receiveBlockList: blocked });
receiver.on('message', common.mustNotCall());
receiver.bind(0, '127.0.0.1', common.mustCall(() => {
  const client = dgram.createSocket('udp4');
  client.send('dropped', receiver.address().port, '127.0.0.1', common.mustSucceed(() => {
    const echo = dgram.createSocket('udp4');
    echo.bind(0, '127.0.0.1', common.mustCall(() => {
      echo.on('message', common.mustCall(() => {
        echo.close();
        client.close();
        receiver.close();
      }));
      client.send('marker', echo.address().port, '127.0.0.1');
    }));
  }));
}));
