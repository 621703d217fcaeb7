'use strict';
// NODE_CLUSTER_SCHED_POLICY=none: the primary binds once and hands the listening handle to
// every worker, which accept on it themselves.
process.env.NODE_CLUSTER_SCHED_POLICY = 'none';
const common = require('../common');
const assert = require('assert');
const cluster = require('cluster');
const net = require('net');

if (cluster.isWorker) {
  const server = net.createServer((sock) => sock.end(`pid ${process.pid}`));
  server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
  return;
}

assert.strictEqual(cluster.schedulingPolicy, cluster.SCHED_NONE);
const ports = [];
for (let i = 0; i < 2; i++) {
  cluster.fork().on('message', common.mustCall((msg) => {
    ports.push(msg.port);
    if (ports.length < 2) return;
    assert.strictEqual(ports[0], ports[1]);
    let data = '';
    net.connect(ports[0], '127.0.0.1')
      .on('data', (d) => { data += d; })
      .on('end', common.mustCall(() => {
        assert.match(data, /^pid \d+$/);
        cluster.disconnect(common.mustCall());
      }));
  }));
}
cluster.on('exit', common.mustCall((worker, code, signal) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
}, 2));
