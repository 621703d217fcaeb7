'use strict';
// A worker gets workerData and argv, talks to its parent both ways, and ends with 'exit' 0
// after 'online'.
const common = require('../common');
const assert = require('assert');
const { Worker, isMainThread, parentPort, workerData, threadId } = require('worker_threads');

if (!isMainThread) {
  assert.strictEqual(typeof threadId, 'number');
  assert.ok(threadId > 0);
  assert.deepStrictEqual(process.argv.slice(2), ['a', 'b']);
  parentPort.postMessage({ got: workerData, doubled: workerData.list.map((x) => x * 2) });
  parentPort.once('message', (m) => {
    parentPort.postMessage(`echo:${m}`);
  });
  return;
}

assert.strictEqual(threadId, 0);
const w = new Worker(__filename, { workerData: { list: [1, 2, 3], nested: { s: 'x' } }, argv: ['a', 'b'] });
assert.strictEqual(typeof w.threadId, 'number');
let online = false;
w.on('online', common.mustCall(() => { online = true; }));
const seen = [];
w.on('message', common.mustCall((m) => {
  seen.push(m);
  if (seen.length === 1) {
    assert.deepStrictEqual(m, { got: { list: [1, 2, 3], nested: { s: 'x' } }, doubled: [2, 4, 6] });
    w.postMessage('hello');
  } else {
    assert.strictEqual(m, 'echo:hello');
  }
}, 2));
w.on('exit', common.mustCall((code) => {
  assert.strictEqual(online, true);
  assert.strictEqual(code, 0);
  assert.strictEqual(seen.length, 2);
}));
