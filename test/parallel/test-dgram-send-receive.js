'use strict';
// dgram: datagrams from strings, Buffers with offset/length, typed arrays and lists arrive
// whole, with rinfo, and send callbacks report the byte count.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

const server = dgram.createSocket('udp4');
const client = dgram.createSocket({ type: 'udp4' });
const expected = ['hello', 'ell', 'abcdef', '\u0001\u0002\u0003', ''];
const received = [];

server.on('message', common.mustCall((msg, rinfo) => {
  assert.ok(Buffer.isBuffer(msg));
  assert.strictEqual(rinfo.address, '127.0.0.1');
  assert.strictEqual(rinfo.family, 'IPv4');
  assert.strictEqual(rinfo.port, client.address().port);
  assert.strictEqual(rinfo.size, msg.length);
  assert.deepStrictEqual(Object.keys(rinfo), ['address', 'family', 'port', 'size']);
  received.push(msg.toString('latin1'));
  if (received.length === expected.length) {
    assert.deepStrictEqual(received.sort(), expected.slice().sort());
    client.close();
    server.close();
  }
}, expected.length));

server.on('listening', common.mustCall(() => {
  const { port, address, family } = server.address();
  assert.strictEqual(address, '127.0.0.1');
  assert.strictEqual(family, 'IPv4');
  assert.ok(port > 0);
  // Sends before the client is bound are queued until it is.
  client.send('hello', port, '127.0.0.1', common.mustSucceed((bytes) => {
    assert.strictEqual(bytes, 5);
    assert.strictEqual(typeof client.address().port, 'number');
  }));
  client.send(Buffer.from('hello'), 1, 3, port, '127.0.0.1', common.mustSucceed((bytes) => {
    assert.strictEqual(bytes, 3);
  }));
  client.send(['ab', Buffer.from('cd'), new Uint8Array([101, 102])], port, '127.0.0.1',
              common.mustSucceed((bytes) => assert.strictEqual(bytes, 6)));
  client.send(new Uint8Array([1, 2, 3]), port, common.mustSucceed());  // default 127.0.0.1
  client.send([], port, 'localhost');
}));

server.bind(0, '127.0.0.1');
