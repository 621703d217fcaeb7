'use strict';
// SharedArrayBuffers deep inside workerData and messages (nested objects and arrays, the same
// buffer twice) arrive shared: the worker's writes are seen by the parent. A SharedArrayBuffer in
// workerData used to crash the parent while the message was serialized.
const common = require('../common');
const assert = require('assert');
const { Worker, MessageChannel } = require('worker_threads');

const a = new SharedArrayBuffer(8);
const b = new SharedArrayBuffer(4);
const workerData = { top: a, nested: { list: [b, { again: a }], deeper: [[[b]]] } };
const w = new Worker(`
  const { workerData, parentPort } = require('worker_threads');
  const { top, nested } = workerData;
  if (top !== nested.list[1].again || nested.list[0] !== nested.deeper[0][0][0]) throw new Error('identity lost');
  Atomics.store(new Int32Array(top), 1, 42);
  Atomics.store(new Int32Array(nested.list[0]), 0, 7);
  parentPort.once('message', ({ port }) => {
    port.once('message', (m) => {
      Atomics.add(new Int32Array(m.many[9]), 0, 1);
      port.postMessage('done');
      port.close();
    });
  });
`, { eval: true, workerData });
w.on('error', common.mustNotCall());
const { port1, port2 } = new MessageChannel();
w.postMessage({ port: port2 }, [port2]);
const many = Array.from({ length: 10 }, () => new SharedArrayBuffer(4));
port1.postMessage({ many, again: many.slice(5) });
port1.once('message', common.mustCall((m) => {
  assert.strictEqual(m, 'done');
  assert.strictEqual(Atomics.load(new Int32Array(a), 1), 42);
  assert.strictEqual(Atomics.load(new Int32Array(b), 0), 7);
  assert.strictEqual(Atomics.load(new Int32Array(many[9]), 0), 1);
  port1.close();
}));
