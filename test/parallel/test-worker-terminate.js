'use strict';
// terminate() stops a worker stuck in a tight loop, resolves with exit code 1, and 'exit' fires
// once; terminate() after the end resolves with undefined.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker(`
  require('worker_threads').parentPort.postMessage('spinning');
  for (;;) {}
`, { eval: true });
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));
w.once('message', common.mustCall(async (m) => {
  assert.strictEqual(m, 'spinning');
  const code = await w.terminate();
  assert.strictEqual(code, 1);
  assert.strictEqual(await w.terminate(), undefined);
  // Terminating right after creation: 0 when the worker had not started yet, else 1 (node
  // races the same way).
  const w2 = new Worker('setInterval(() => {}, 1000)', { eval: true });
  assert.ok([0, 1].includes(await w2.terminate()));
  // Terminating a worker waiting in its loop (pending timer).
  const w3 = new Worker(`
    require('worker_threads').parentPort.postMessage('idle');
    setTimeout(() => {}, 100000);
  `, { eval: true });
  w3.once('message', common.mustCall(async () => {
    assert.strictEqual(await w3.terminate(), 1);
  }));
}));
