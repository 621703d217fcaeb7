'use strict';
// Two workers listen on the same port (port 0, shared through the primary); round-robin
// (the default on Linux) hands connections to both. Events on cluster and workers come in
// node's order; cluster.disconnect() ends both workers cleanly.
const common = require('../common');
const assert = require('assert');
const cluster = require('cluster');
const net = require('net');

if (cluster.isWorker) {
  assert.strictEqual(cluster.isPrimary, false);
  assert.strictEqual(cluster.worker.id, Number(process.env.NODUS_EXPECTED_ID));
  net.createServer((sock) => sock.end(`worker ${cluster.worker.id}`)).listen(0, '127.0.0.1');
  return;
}

assert.strictEqual(cluster.isPrimary, true);
assert.strictEqual(cluster.isMaster, true);
assert.strictEqual(cluster.schedulingPolicy, cluster.SCHED_RR);

const events = { 1: [], 2: [] };
for (const name of ['fork', 'online', 'listening', 'disconnect', 'exit']) {
  cluster.on(name, (worker) => events[worker.id].push(name));
}
const workers = [1, 2].map((id) => cluster.fork({ NODUS_EXPECTED_ID: id }));
assert.deepStrictEqual(Object.keys(cluster.workers), ['1', '2']);

let listening = 0;
cluster.on('listening', common.mustCall((worker, address) => {
  assert.strictEqual(address.address, '127.0.0.1');
  assert.strictEqual(address.addressType, 4);
  if (++listening < 2) return;
  const seen = new Set();
  let done = 0;
  for (let i = 0; i < 8; i++) {
    let data = '';
    net.connect(address.port, '127.0.0.1')
      .on('data', (d) => { data += d; })
      .on('end', common.mustCall(() => {
        seen.add(data);
        if (++done === 8) {
          assert.deepStrictEqual([...seen].sort(), ['worker 1', 'worker 2']);
          cluster.disconnect(common.mustCall());
        }
      }));
  }
}, 2));

process.on('exit', () => {
  for (const w of workers) {
    assert.deepStrictEqual(events[w.id], ['fork', 'online', 'listening', 'disconnect', 'exit']);
    assert.strictEqual(w.exitedAfterDisconnect, true);
    assert.strictEqual(w.isDead(), true);
    assert.strictEqual(w.isConnected(), false);
    assert.strictEqual(w.state, 'dead');
  }
  assert.deepStrictEqual(cluster.workers, {});
});
