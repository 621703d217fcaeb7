'use strict';
// terminate() on an unref'd Worker keeps the process alive until the worker has exited: the
// 'exit' event and the returned promise both come (tinypool's destroy() waits on them).
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker('setInterval(() => {}, 1000)', { eval: true });
w.on('online', common.mustCall(() => {
  w.unref();
  w.terminate().then(common.mustCall((code) => assert.strictEqual(code, 1)));
}));
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));
