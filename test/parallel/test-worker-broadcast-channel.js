'use strict';
// BroadcastChannel reaches every other channel of the same name, in this thread and in workers,
// but not the sender; a closed channel refuses to post.
const common = require('../common');
const assert = require('assert');
const { Worker, BroadcastChannel } = require('worker_threads');

const a = new BroadcastChannel('news');
const b = new BroadcastChannel('news');
const other = new BroadcastChannel('other');
other.onmessage = common.mustNotCall();
// The sender never gets its own message (the worker's reply may reach it).
a.onmessage = (e) => assert.strictEqual(typeof e.data, 'string');
const w = new Worker(`
  const { BroadcastChannel } = require('worker_threads');
  const c = new BroadcastChannel('news');
  c.onmessage = (e) => {
    c.postMessage('worker saw ' + JSON.stringify(e.data));
    c.close();
  };
  const ready = new BroadcastChannel('ready');
  ready.postMessage('up');
  ready.close();
`, { eval: true });
const ready = new BroadcastChannel('ready');
ready.onmessage = common.mustCall(() => {
  ready.close();
  a.postMessage({ hello: [1, 2] });
});
const got = [];
b.onmessage = common.mustCall((e) => {
  assert.strictEqual(e.constructor.name, 'MessageEvent');
  got.push(e.data);
  if (got.length === 2) {
    assert.deepStrictEqual(got.sort(), [{ hello: [1, 2] }, 'worker saw {"hello":[1,2]}'].sort());
    a.close();
    b.close();
    other.close();
    assert.throws(() => a.postMessage(1), { name: 'InvalidStateError' });
  }
}, 2);
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
