'use strict';
// A Node-API addon loads in worker threads too (one env per thread), alongside the main thread.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');
const { build } = require('../fixtures/napi/build.js');

const file = build('objects');
const main = require(file);
assert.strictEqual(new main.Counter(1).increment(), 2);
const code = `
  const { parentPort, workerData } = require('worker_threads');
  const a = require(workerData);
  const c = new a.Counter(10);
  c.increment();
  parentPort.postMessage([c.value, a.calls(), a.calls()]);
`;
for (let i = 0; i < 2; i++) {
  const w = new Worker(code, { eval: true, workerData: file });
  w.on('message', common.mustCall((m) => assert.deepStrictEqual(m, [11, 1, 2])));
  w.on('exit', common.mustCall((c) => assert.strictEqual(c, 0)));
}
