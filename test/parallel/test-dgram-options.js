'use strict';
// dgram socket options on a bound socket: broadcast, TTLs, multicast loopback, buffer sizes,
// reuseAddr, ref/unref, and options.signal.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

const s = dgram.createSocket({ type: 'udp4', reuseAddr: true, recvBufferSize: 16384 });
s.bind(0, '127.0.0.1', common.mustCall(() => {
  s.setBroadcast(true);
  s.setBroadcast(false);
  assert.strictEqual(s.setTTL(16), 16);
  assert.strictEqual(s.setMulticastTTL(4), 4);
  assert.strictEqual(s.setMulticastLoopback(true), true);
  assert.throws(() => s.setTTL(1000), { code: 'EINVAL', syscall: 'setTTL' });
  // Linux reports twice the size set.
  assert.ok(s.getRecvBufferSize() >= 16384);
  s.setSendBufferSize(32768);
  assert.ok(s.getSendBufferSize() >= 32768);
  assert.strictEqual(s.getSendQueueSize(), 0);
  assert.strictEqual(s.getSendQueueCount(), 0);

  const twin = dgram.createSocket({ type: 'udp4', reuseAddr: true });
  twin.bind(s.address().port, '127.0.0.1', common.mustCall(() => {
    assert.strictEqual(twin.address().port, s.address().port);
    twin.close();
    assert.strictEqual(s.unref(), s);
    assert.strictEqual(s.ref(), s);
    s.close();
  }));
}));

{
  const controller = new AbortController();
  const aborted = dgram.createSocket({ type: 'udp4', signal: controller.signal });
  aborted.on('close', common.mustCall());
  aborted.bind(0, '127.0.0.1', common.mustCall(() => controller.abort()));
}

{
  const unrefd = dgram.createSocket('udp4');
  unrefd.bind(0, '127.0.0.1', common.mustCall(() => unrefd.unref()));
}
