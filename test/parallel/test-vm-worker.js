'use strict';
// vm inside a worker thread: contexts, the timeout watchdog and v8.serialize work on the
// worker's own isolate.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker(`
  const vm = require('vm');
  const v8 = require('v8');
  const { parentPort } = require('worker_threads');
  const out = [vm.runInNewContext('a + b', { a: 1, b: 2 })];
  try {
    vm.runInNewContext('while (true) {}', {}, { timeout: 20 });
  } catch (e) {
    out.push(e.code);
  }
  out.push(vm.runInContext('typeof WebAssembly', vm.createContext({}, { codeGeneration: { wasm: false } })));
  out.push(v8.deserialize(v8.serialize({ k: Buffer.from('w') })).k.toString());
  parentPort.postMessage(out);
`, { eval: true });
w.on('message', common.mustCall((out) => {
  assert.deepStrictEqual(out, [3, 'ERR_SCRIPT_EXECUTION_TIMEOUT', 'object', 'w']);
}));
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
