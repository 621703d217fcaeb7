'use strict';
// Process-wide operations throw ERR_WORKER_UNSUPPORTED_OPERATION inside a worker; bad Worker
// arguments throw node's errors.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

assert.throws(() => new Worker('relative.js'), { code: 'ERR_WORKER_PATH', name: 'TypeError' });
assert.throws(() => new Worker(42), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new Worker(__filename, { argv: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  const out = [];
  for (const f of [() => process.chdir('/'), () => process.umask(0o22)]) {
    try { f(); out.push('no error'); } catch (e) { out.push(e.code); }
  }
  out.push(typeof process.umask());
  parentPort.postMessage(out);
`, { eval: true });
w.on('message', common.mustCall((m) => {
  assert.deepStrictEqual(m, ['ERR_WORKER_UNSUPPORTED_OPERATION', 'ERR_WORKER_UNSUPPORTED_OPERATION', 'number']);
}));
