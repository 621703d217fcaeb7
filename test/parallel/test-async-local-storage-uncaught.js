'use strict';
// 'uncaughtException' listeners run in the store of the callback that threw (tick, timer,
// immediate); later callbacks see their own stores again.
const common = require('../common');
const assert = require('assert');
const { AsyncLocalStorage } = require('async_hooks');

const als = new AsyncLocalStorage();
const seen = [];
process.on('uncaughtException', common.mustCall((err) => {
  seen.push(`${err.message}:${als.getStore()}`);
}, 3));
als.run('tick', () => process.nextTick(() => { throw new Error('n'); }));
als.run('timer', () => setTimeout(() => { throw new Error('t'); }, 1));
als.run('immediate', () => setImmediate(() => { throw new Error('i'); }));
als.run('later', () => setTimeout(common.mustCall(() => {
  assert.strictEqual(als.getStore(), 'later');
}), 20));
// Checked at exit: when the loop starts late, the 20 ms timer can run before the immediate.
process.on('exit', () => {
  assert.deepStrictEqual(seen.sort(), ['i:immediate', 'n:tick', 't:timer']);
});
