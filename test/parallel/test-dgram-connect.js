'use strict';
// dgram: connect/disconnect, remoteAddress and sends on a connected socket.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

const server = dgram.createSocket('udp4');
server.bind(0, '127.0.0.1', common.mustCall(() => {
  const port = server.address().port;
  const client = dgram.createSocket('udp4');
  assert.throws(() => client.remoteAddress(), {
    code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED',
    message: 'Not connected',
  });
  assert.throws(() => client.disconnect(), { code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED' });
  client.connect(port, '127.0.0.1', common.mustCall(() => {
    assert.deepStrictEqual(client.remoteAddress(), { address: '127.0.0.1', family: 'IPv4', port });
    assert.throws(() => client.connect(port), {
      code: 'ERR_SOCKET_DGRAM_IS_CONNECTED',
      message: 'Already connected',
    });
    assert.throws(() => client.send('xy', 0, 1, port, '127.0.0.1'), {
      code: 'ERR_SOCKET_DGRAM_IS_CONNECTED',
    });
    client.send('one', common.mustSucceed((bytes) => assert.strictEqual(bytes, 3)));
    client.send(Buffer.from('xtwox'), 1, 3, common.mustSucceed());
  }));
  // connect() while connecting also throws.
  assert.throws(() => client.connect(port), { code: 'ERR_SOCKET_DGRAM_IS_CONNECTED' });

  const got = [];
  server.on('message', common.mustCall((msg) => {
    got.push(msg.toString());
    if (got.length === 2) {
      assert.deepStrictEqual(got.sort(), ['one', 'two']);
      client.disconnect();
      assert.throws(() => client.remoteAddress(), { code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED' });
      // Disconnected, a destination is needed again.
      client.send('three', port, '127.0.0.1');
    } else if (got.length === 3) {
      assert.strictEqual(got[2], 'three');
      client.close(common.mustCall());
      server.close();
    }
  }, 3));
}));
