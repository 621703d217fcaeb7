'use strict';
// setupPrimary({ exec, args }) and 'setup'; messages between primary and worker
// (worker.send, process.send, cluster 'message'); a worker that disconnects itself exits with
// exitedAfterDisconnect set.
const common = require('../common');
const assert = require('assert');
const cluster = require('cluster');

if (cluster.isWorker) {
  assert.deepStrictEqual(process.argv.slice(2), ['--flag', 'value']);
  process.on('message', (msg) => {
    process.send({ reply: msg.n * 2, id: cluster.worker.id });
    cluster.worker.disconnect();
  });
  return;
}

// Emitted by setupPrimary() and again by fork().
cluster.on('setup', common.mustCall((settings) => {
  assert.strictEqual(settings.exec, __filename);
  assert.deepStrictEqual(settings.args, ['--flag', 'value']);
}, 2));
cluster.setupPrimary({ exec: __filename, args: ['--flag', 'value'] });
assert.deepStrictEqual(cluster.settings.args, ['--flag', 'value']);

const worker = cluster.fork();
assert.ok(worker instanceof cluster.Worker);
assert.strictEqual(worker.id, 1);
assert.strictEqual(typeof worker.process.pid, 'number');
worker.on('online', common.mustCall(() => {
  assert.strictEqual(worker.isConnected(), true);
  assert.strictEqual(worker.send({ n: 21 }), true);
}));
cluster.on('message', common.mustCall((w, msg) => {
  assert.strictEqual(w, worker);
  assert.deepStrictEqual(msg, { reply: 42, id: 1 });
}));
worker.on('message', common.mustCall((msg) => assert.strictEqual(msg.reply, 42)));
worker.on('disconnect', common.mustCall());
worker.on('exit', common.mustCall((code, signal) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
  assert.strictEqual(worker.exitedAfterDisconnect, true);
  assert.strictEqual(worker.isDead(), true);
}));
