'use strict';
// A dgram socket bound in a cluster worker goes through the primary, which binds it once and
// hands the same socket to every worker: two workers binding port 0 share one port and either
// can read a datagram sent there. The primary sees 'listening' with the udp4 address type.
const common = require('../common');
const assert = require('assert');
const cluster = require('cluster');
const dgram = require('dgram');

if (cluster.isWorker) {
  const socket = dgram.createSocket('udp4');
  socket.on('message', (msg) => {
    process.send({ got: String(msg) });
  });
  socket.bind(0, '127.0.0.1', () => process.send({ port: socket.address().port }));
  return;
}

const ports = [];
cluster.on('listening', common.mustCall((worker, address) => {
  assert.strictEqual(address.addressType, 'udp4');
  assert.strictEqual(address.address, '127.0.0.1');
  assert.strictEqual(typeof address.port, 'number');
}, 2));
const onMessage = common.mustCall((msg) => {
  if (msg.got !== undefined) {
    assert.strictEqual(msg.got, 'ping');
    cluster.disconnect(common.mustCall());
    return;
  }
  ports.push(msg.port);
  if (ports.length < 2) return;
  assert.strictEqual(ports[0], ports[1]);
  const sender = dgram.createSocket('udp4');
  sender.send('ping', ports[0], '127.0.0.1', common.mustSucceed(() => sender.close()));
}, 3);  // two ports, one datagram
for (let i = 0; i < 2; i++) cluster.fork().on('message', onMessage);
cluster.on('exit', common.mustCall((worker, code, signal) => {
  assert.strictEqual(code, 0, `worker exit ${code}`);
  assert.strictEqual(signal, null);
}, 2));
