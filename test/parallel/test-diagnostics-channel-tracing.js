'use strict';
// diagnostics_channel: publish/subscribe, bindStore with a transform, and the three trace
// methods of a tracing channel with their start/end/asyncStart/asyncEnd/error events.
const common = require('../common');
const assert = require('assert');
const dc = require('diagnostics_channel');
const { AsyncLocalStorage } = require('async_hooks');

{
  const ch = dc.channel('test:basic');
  assert.strictEqual(dc.channel('test:basic'), ch);
  assert.strictEqual(ch.hasSubscribers, false);
  assert.strictEqual(dc.hasSubscribers('test:basic'), false);
  const sub = common.mustCall((msg, name) => {
    assert.deepStrictEqual(msg, { x: 1 });
    assert.strictEqual(name, 'test:basic');
  });
  dc.subscribe('test:basic', sub);
  assert.strictEqual(ch.hasSubscribers, true);
  ch.publish({ x: 1 });
  assert.strictEqual(dc.unsubscribe('test:basic', sub), true);
  assert.strictEqual(dc.unsubscribe('test:basic', sub), false);
  ch.publish({ x: 2 });
  assert.throws(() => dc.channel(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => ch.subscribe(1), { code: 'ERR_INVALID_ARG_TYPE' });
}

{
  const als = new AsyncLocalStorage();
  const ch = dc.channel('test:stores');
  ch.bindStore(als, (data) => ({ wrapped: data }));
  ch.runStores(5, common.mustCall(function(a) {
    assert.deepStrictEqual(als.getStore(), { wrapped: 5 });
    assert.strictEqual(this, 'self');
    assert.strictEqual(a, 'arg');
  }), 'self', 'arg');
  assert.strictEqual(als.getStore(), undefined);
  assert.strictEqual(ch.unbindStore(als), true);
  assert.strictEqual(ch.unbindStore(als), false);
}

const tc = dc.tracingChannel('test:trace');
const log = [];
tc.subscribe({
  start(ctx) { log.push(`start ${ctx.name}`); },
  end(ctx) { log.push(`end ${ctx.name}`); },
  asyncStart(ctx) { log.push(`asyncStart ${ctx.name} ${ctx.result ?? ctx.error?.message}`); },
  asyncEnd(ctx) { log.push(`asyncEnd ${ctx.name}`); },
  error(ctx) { log.push(`error ${ctx.name} ${ctx.error.message}`); },
});
assert.strictEqual(tc.hasSubscribers, true);

assert.strictEqual(tc.traceSync((a) => a * 2, { name: 'sync' }, null, 21), 42);
assert.throws(() => tc.traceSync(() => { throw new Error('bad'); }, { name: 'throws' }),
              /bad/);
tc.traceCallback((cb) => setImmediate(cb, null, 'cbres'), 0, { name: 'cb' }, null,
                 common.mustCall((err, res) => {
                   assert.strictEqual(res, 'cbres');
                   log.push('callback');
                 }));
tc.tracePromise(async () => 'value', { name: 'promise' }).then(common.mustCall(async (v) => {
  assert.strictEqual(v, 'value');
  await assert.rejects(tc.tracePromise(async () => { throw new Error('no'); }, { name: 'rej' }),
                       /no/);
  setImmediate(common.mustCall(() => {
    assert.deepStrictEqual(log, [
      'start sync', 'end sync',
      'start throws', 'error throws bad', 'end throws',
      'start cb', 'end cb',
      'start promise', 'end promise',
      'asyncStart promise value', 'asyncEnd promise',
      'start rej', 'end rej', 'error rej no', 'asyncStart rej no', 'asyncEnd rej',
      'asyncStart cb cbres', 'callback', 'asyncEnd cb',
    ]);
  }));
}));
