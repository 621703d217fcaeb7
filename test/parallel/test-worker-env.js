'use strict';
// A worker gets a copy of process.env (or options.env), SHARE_ENV shares it, and environment data
// set before the worker starts is visible inside it.
const common = require('../common');
const assert = require('assert');
const { Worker, SHARE_ENV, setEnvironmentData, getEnvironmentData } = require('worker_threads');

process.env.NODUS_TEST_WORKER_ENV = 'parent';
setEnvironmentData('config', { level: 3 });
assert.deepStrictEqual(getEnvironmentData('config'), { level: 3 });
const code = `
  const { parentPort, getEnvironmentData } = require('worker_threads');
  const before = process.env.NODUS_TEST_WORKER_ENV;
  process.env.NODUS_TEST_WORKER_ENV = 'child';
  process.env.NODUS_TEST_WORKER_NUM = 5;
  parentPort.postMessage({ before, num: process.env.NODUS_TEST_WORKER_NUM, data: getEnvironmentData('config'), custom: process.env.ONLY_CUSTOM });
`;
const a = new Worker(code, { eval: true });
a.on('message', common.mustCall((m) => {
  assert.deepStrictEqual(m, { before: 'parent', num: '5', data: { level: 3 }, custom: undefined });
}));
a.on('exit', common.mustCall(() => {
  assert.strictEqual(process.env.NODUS_TEST_WORKER_ENV, 'parent');
  const b = new Worker(code, { eval: true, env: SHARE_ENV });
  b.on('exit', common.mustCall(() => {
    assert.strictEqual(process.env.NODUS_TEST_WORKER_ENV, 'child');
    const c = new Worker(code, { eval: true, env: { ONLY_CUSTOM: 'yes' } });
    c.on('message', common.mustCall((m) => {
      assert.strictEqual(m.before, undefined);
      assert.strictEqual(m.custom, 'yes');
    }));
  }));
}));
