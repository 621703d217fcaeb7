'use strict';
// EventTarget with the events module: once(), on(), getEventListeners(),
// get/setMaxListeners() and the MaxListenersExceededWarning.
const common = require('../common');
const assert = require('assert');
const events = require('events');

common.expectWarning('MaxListenersExceededWarning', [
  'Possible EventTarget memory leak detected. 3 foo listeners added to EventTarget. ' +
  'MaxListeners is 2. Use events.setMaxListeners() to increase limit',
]);

{
  const et = new EventTarget();
  events.setMaxListeners(2, et);
  assert.strictEqual(events.getMaxListeners(et), 2);
  for (let i = 0; i < 4; i++) et.addEventListener('foo', () => {});
  assert.strictEqual(events.getEventListeners(et, 'foo').length, 4);
  assert.strictEqual(events.getMaxListeners(new EventTarget()), events.defaultMaxListeners);
}

{
  const et = new EventTarget();
  const fn = () => {};
  const obj = { handleEvent() {} };
  et.addEventListener('a', fn);
  et.addEventListener('a', obj);
  assert.deepStrictEqual(events.getEventListeners(et, 'a'), [fn, obj]);
  et.removeEventListener('a', fn);
  assert.deepStrictEqual(events.getEventListeners(et, 'a'), [obj]);
  assert.deepStrictEqual(events.getEventListeners(et, 'none'), []);
}

(async () => {
  const et = new EventTarget();
  const ev = new Event('ready');
  setImmediate(() => et.dispatchEvent(ev));
  const [received] = await events.once(et, 'ready');
  assert.strictEqual(received, ev);
  assert.deepStrictEqual(events.getEventListeners(et, 'ready'), []);

  const ac = new AbortController();
  const pending = events.once(et, 'never', { signal: ac.signal });
  ac.abort();
  await assert.rejects(pending, { name: 'AbortError' });
  assert.deepStrictEqual(events.getEventListeners(et, 'never'), []);

  const iter = events.on(et, 'tick');
  setImmediate(() => {
    et.dispatchEvent(new Event('tick'));
    et.dispatchEvent(new Event('tick'));
  });
  let count = 0;
  for await (const [e] of iter) {
    assert.strictEqual(e.type, 'tick');
    if (++count === 2) break;
  }
  assert.deepStrictEqual(events.getEventListeners(et, 'tick'), []);
})().then(common.mustCall());
