'use strict';
// events.once(): resolves with the event arguments, rejects on 'error' and
// on abort, works with EventTarget.
const common = require('../common');
const assert = require('assert');
const { once, EventEmitter } = require('events');

const checks = [];
function check(fn) { checks.push(fn()); }

check(async () => {
  const emitter = new EventEmitter();
  setImmediate(() => emitter.emit('ready', 'a', 2, null));
  const args = await once(emitter, 'ready');
  assert.deepStrictEqual(args, ['a', 2, null]);
  // Nothing is left behind.
  assert.deepStrictEqual(emitter.eventNames(), []);
});

check(async () => {
  const emitter = new EventEmitter();
  setImmediate(() => emitter.emit('ready'));
  assert.deepStrictEqual(await once(emitter, 'ready'), []);
});

check(async () => {
  // Bad options reject (once() is async).
  const emitter = new EventEmitter();
  for (const options of [7, 'str', null, true, () => {}, Symbol('o'), 3n]) {
    await assert.rejects(once(emitter, 'ready', options), {
      code: 'ERR_INVALID_ARG_TYPE',
      name: 'TypeError',
      message: 'The "options" argument must be of type object.' +
               common.invalidArgTypeHelper(options),
    });
  }
  for (const signal of [7, {}, 'str', null, false]) {
    await assert.rejects(once(emitter, 'ready', { signal }), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "options.signal" property must be an instance of AbortSignal.' +
               common.invalidArgTypeHelper(signal),
    });
  }
  await assert.rejects(once({}, 'ready'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "emitter" argument must be an instance of EventEmitter. ' +
             'Received an instance of Object',
  });
});

check(async () => {
  // 'error' rejects and both listeners are removed.
  const emitter = new EventEmitter();
  const failure = new Error('bad thing');
  const pending = once(emitter, 'ready');
  assert.strictEqual(emitter.listenerCount('ready'), 1);
  assert.strictEqual(emitter.listenerCount('error'), 1);
  emitter.emit('error', failure);
  await assert.rejects(pending, (err) => err === failure);
  assert.deepStrictEqual(emitter.eventNames(), []);
  // A later event finds no listener.
  assert.strictEqual(emitter.emit('ready'), false);
});

check(async () => {
  // Waiting for 'error' itself resolves with it.
  const emitter = new EventEmitter();
  const failure = new Error('expected');
  const pending = once(emitter, 'error');
  assert.strictEqual(emitter.listenerCount('error'), 1);
  emitter.emit('error', failure);
  const [got] = await pending;
  assert.strictEqual(got, failure);
  assert.strictEqual(emitter.listenerCount('error'), 0);
});

check(async () => {
  // EventTarget: resolves with the Event.
  const target = new EventTarget();
  const ev = new Event('ping');
  setImmediate(() => target.dispatchEvent(ev));
  const [got] = await once(target, 'ping');
  assert.strictEqual(got, ev);
});

check(async () => {
  // A signal that is already aborted rejects at once.
  const emitter = new EventEmitter();
  await assert.rejects(once(emitter, 'ready', { signal: AbortSignal.abort() }), (err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
    assert.strictEqual(err.message, 'The operation was aborted');
    assert.ok(err instanceof Error);
    assert.strictEqual(err.cause.name, 'AbortError');
    return true;
  });
  assert.deepStrictEqual(emitter.eventNames(), []);
});

check(async () => {
  // Aborting later rejects with the reason as cause and cleans up.
  const emitter = new EventEmitter();
  const controller = new AbortController();
  const pending = once(emitter, 'ready', { signal: controller.signal });
  controller.abort('stop now');
  await assert.rejects(pending, (err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.cause, 'stop now');
    return true;
  });
  assert.deepStrictEqual(emitter.eventNames(), []);
});

check(async () => {
  // The event wins over a later abort.
  const emitter = new EventEmitter();
  const controller = new AbortController();
  const pending = once(emitter, 'ready', { signal: controller.signal });
  emitter.emit('ready', 1);
  controller.abort();
  assert.deepStrictEqual(await pending, [1]);
});

check(async () => {
  // EventTarget with a signal.
  const target = new EventTarget();
  await assert.rejects(once(target, 'ping', { signal: AbortSignal.abort() }),
                       { name: 'AbortError' });
  const controller = new AbortController();
  const pending = once(target, 'ping', { signal: controller.signal });
  controller.abort();
  await assert.rejects(pending, { name: 'AbortError' });
});

Promise.all(checks).then(common.mustCall());
