'use strict';
// A worker over its maxOldGenerationSizeMb is stopped with ERR_WORKER_OUT_OF_MEMORY and exit code
// 1, and the parent survives; resourceLimits reports what was asked.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { resourceLimits, parentPort } = require('worker_threads');
  parentPort.postMessage(resourceLimits.maxOldGenerationSizeMb);
  const keep = [];
  for (;;) keep.push(new Array(10000).fill({ a: 1 }));
`, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 16 } });
assert.strictEqual(w.resourceLimits.maxOldGenerationSizeMb, 16);
w.on('message', common.mustCall((m) => assert.strictEqual(m, 16)));
w.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ERR_WORKER_OUT_OF_MEMORY')));
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));
