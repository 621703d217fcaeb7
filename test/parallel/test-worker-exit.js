'use strict';
// process.exit() in a worker ends only that worker, with its code; 'exit' listeners in the
// worker run; process.exitCode is the code of a worker that ends normally.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const a = new Worker(`
  const { parentPort } = require('worker_threads');
  process.on('exit', (c) => parentPort.postMessage('exit listener ' + c));
  process.exit(42);
  parentPort.postMessage('not reached');
`, { eval: true });
a.on('message', common.mustCall((m) => assert.strictEqual(m, 'exit listener 42')));
a.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 42);
  const b = new Worker('process.exitCode = 7', { eval: true });
  b.on('exit', common.mustCall((code) => assert.strictEqual(code, 7)));
}));
process.on('exit', (code) => assert.strictEqual(code, 0));
