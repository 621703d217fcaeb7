'use strict';
// A SharedArrayBuffer is shared, not copied: Atomics.wait in the worker wakes on the parent's
// Atomics.notify, and writes on either side are seen by the other.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const sab = new SharedArrayBuffer(16);
const ints = new Int32Array(sab);
const w = new Worker(`
  const { parentPort, workerData } = require('worker_threads');
  const ints = new Int32Array(workerData);
  parentPort.postMessage('ready');
  const r = Atomics.wait(ints, 0, 0);
  ints[1] = ints[2] * 10;
  Atomics.add(ints, 3, 5);
  parentPort.postMessage(r);
`, { eval: true, workerData: sab });
w.on('message', common.mustCall((m) => {
  if (m === 'ready') {
    ints[2] = 4;
    Atomics.store(ints, 0, 1);
    Atomics.notify(ints, 0);
    return;
  }
  assert.ok(m === 'ok' || m === 'not-equal');
  assert.strictEqual(ints[1], 40);
  assert.strictEqual(ints[3], 5);
}, 2));
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
