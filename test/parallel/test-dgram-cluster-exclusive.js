'use strict';
// In a cluster worker, bind({ exclusive: true }) binds in the worker itself: no primary round
// trip, no cluster 'listening' event, and its own port.
const common = require('../common');
const assert = require('assert');
const cluster = require('cluster');
const dgram = require('dgram');

if (cluster.isWorker) {
  const shared = dgram.createSocket('udp4');
  shared.bind(0, '127.0.0.1', () => {
    const own = dgram.createSocket('udp4');
    own.bind({ port: 0, address: '127.0.0.1', exclusive: true }, () => {
      process.send({ shared: shared.address().port, own: own.address().port });
      own.close();
      shared.close();
      process.disconnect();
    });
  });
  return;
}

cluster.on('listening', common.mustCall((worker, address) => {
  assert.strictEqual(address.addressType, 'udp4');
}, 1));
cluster.fork().on('message', common.mustCall((msg) => {
  assert.notStrictEqual(msg.shared, msg.own);
})).on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
