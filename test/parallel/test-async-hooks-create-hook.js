'use strict';
// createHook sees AsyncResource, TickObject, Timeout and Immediate resources: init with the
// creating id as trigger, before/after around the callback, then destroy.
const common = require('../common');
const assert = require('assert');
const async_hooks = require('async_hooks');

const events = [];
const types = new Map();
const hook = async_hooks.createHook({
  init(id, type, triggerId) {
    if (type === 'PROMISE') return;
    types.set(id, type);
    events.push(['init', type, triggerId]);
  },
  before(id) { if (types.has(id)) events.push(['before', types.get(id)]); },
  after(id) { if (types.has(id)) events.push(['after', types.get(id)]); },
  destroy(id) { if (types.has(id)) events.push(['destroy', types.get(id)]); },
}).enable();

const top = async_hooks.executionAsyncId();
const res = new async_hooks.AsyncResource('Custom');
assert.strictEqual(res.triggerAsyncId(), top);
assert.ok(res.asyncId() > top);
res.runInAsyncScope(common.mustCall(() => {
  assert.strictEqual(async_hooks.executionAsyncId(), res.asyncId());
  assert.strictEqual(async_hooks.triggerAsyncId(), top);
  assert.strictEqual(async_hooks.executionAsyncResource(), res);
}));
res.emitDestroy();

process.nextTick(common.mustCall(() => {
  const tickId = async_hooks.executionAsyncId();
  assert.notStrictEqual(tickId, top);
  assert.strictEqual(async_hooks.triggerAsyncId(), top);
  setTimeout(common.mustCall(() => {
    assert.strictEqual(async_hooks.triggerAsyncId(), tickId);
    setImmediate(common.mustCall(() => {
      hook.disable();
      setImmediate(common.mustCall(() => {
        const seen = events.map((e) => e.join(' '));
        // The hook was disabled inside the immediate: it saw only its start.
        for (const type of ['Custom', 'TickObject', 'Timeout', 'Immediate']) {
          const order = seen.filter((e) => e.split(' ')[1] === type).map((e) => e.split(' ')[0]);
          assert.deepStrictEqual(order, type === 'Immediate' ?
            ['init', 'before'] : ['init', 'before', 'after', 'destroy'],
                                 `${type}: ${seen.join(', ')}`);
        }
      }));
    }));
  }, 1));
}));
