'use strict';
// events.on(): an async iterator over an event.
const common = require('../common');
const assert = require('assert');
const { on, EventEmitter } = require('events');

const checks = [];
function check(fn) { checks.push(fn()); }

check(async () => {
  // Buffered and later events come out in order, as argument arrays.
  const emitter = new EventEmitter();
  const iterator = on(emitter, 'item');
  emitter.emit('item', 1);
  emitter.emit('item', 2, 'two');
  setImmediate(() => emitter.emit('item', 3));
  assert.deepStrictEqual(await iterator.next(), { value: [1], done: false });
  assert.deepStrictEqual(await iterator.next(), { value: [2, 'two'], done: false });
  assert.deepStrictEqual(await iterator.next(), { value: [3], done: false });
  assert.deepStrictEqual(await iterator.return(), { value: undefined, done: true });
  assert.deepStrictEqual(await iterator.next(), { value: undefined, done: true });
  assert.deepStrictEqual(emitter.eventNames(), []);
});

check(async () => {
  // for await with break removes the listeners.
  const emitter = new EventEmitter();
  setImmediate(() => {
    emitter.emit('item', 'a');
    emitter.emit('item', 'b');
  });
  const got = [];
  for await (const [value] of on(emitter, 'item')) {
    got.push(value);
    if (got.length === 2) break;
  }
  assert.deepStrictEqual(got, ['a', 'b']);
  assert.strictEqual(emitter.listenerCount('item'), 0);
  assert.strictEqual(emitter.listenerCount('error'), 0);
});

check(async () => {
  // 'error' rejects the pending next() and ends the iteration.
  const emitter = new EventEmitter();
  const failure = new Error('broken');
  const iterator = on(emitter, 'item');
  assert.strictEqual(emitter.listenerCount('error'), 1);
  const pending = iterator.next();
  emitter.emit('error', failure);
  await assert.rejects(pending, (err) => err === failure);
  assert.deepStrictEqual(await iterator.next(), { value: undefined, done: true });
  assert.deepStrictEqual(emitter.eventNames(), []);
});

check(async () => {
  // An error with nothing pending is delivered after the buffered events.
  const emitter = new EventEmitter();
  const failure = new Error('later');
  const iterator = on(emitter, 'item');
  emitter.emit('item', 1);
  emitter.emit('error', failure);
  assert.deepStrictEqual(await iterator.next(), { value: [1], done: false });
  await assert.rejects(iterator.next(), (err) => err === failure);
  assert.deepStrictEqual(await iterator.next(), { value: undefined, done: true });
});

check(async () => {
  // Iterating 'error' itself yields errors as values.
  const emitter = new EventEmitter();
  const iterator = on(emitter, 'error');
  const failure = new Error('as a value');
  emitter.emit('error', failure);
  assert.deepStrictEqual(await iterator.next(), { value: [failure], done: false });
  await iterator.return();
});

check(async () => {
  // throw() ends the iteration; it needs an Error.
  const emitter = new EventEmitter();
  const iterator = on(emitter, 'item');
  assert.throws(() => iterator.throw('not an error'), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "EventEmitter.AsyncIterator" property must be an instance of Error. ' +
             "Received type string ('not an error')",
  });
  const failure = new Error('thrown in');
  iterator.throw(failure);
  await assert.rejects(iterator.next(), (err) => err === failure);
  assert.deepStrictEqual(emitter.eventNames(), []);
});

check(async () => {
  // close: these events finish the iteration after the buffered values.
  const emitter = new EventEmitter();
  const iterator = on(emitter, 'item', { close: ['end', 'finish'] });
  emitter.emit('item', 1);
  emitter.emit('finish');
  emitter.emit('item', 2);
  assert.deepStrictEqual(await iterator.next(), { value: [1], done: false });
  assert.deepStrictEqual(await iterator.next(), { value: undefined, done: true });
  assert.deepStrictEqual(emitter.eventNames(), []);
});

check(async () => {
  // An abort ends the iteration with an AbortError.
  const emitter = new EventEmitter();
  const controller = new AbortController();
  const iterator = on(emitter, 'item', { signal: controller.signal });
  const pending = iterator.next();
  controller.abort();
  await assert.rejects(pending, { name: 'AbortError', code: 'ABORT_ERR' });
  assert.deepStrictEqual(emitter.eventNames(), []);
});

check(async () => {
  // Option validation throws synchronously.
  const emitter = new EventEmitter();
  assert.throws(() => on(emitter, 'item', 5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options" argument must be of type object. Received type number (5)',
  });
  assert.throws(() => on(emitter, 'item', { signal: {} }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.signal" property must be an instance of AbortSignal. ' +
             'Received an instance of Object',
  });
  assert.throws(() => on(emitter, 'item', { signal: AbortSignal.abort() }), {
    name: 'AbortError',
    message: 'The operation was aborted',
  });
  assert.throws(() => on(emitter, 'item', { highWaterMark: 0 }), {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
    message: 'The value of "options.highWaterMark" is out of range. ' +
             'It must be >= 1 && <= 9007199254740991. Received 0',
  });
  assert.throws(() => on(emitter, 'item', { highWaterMark: 1.5 }), {
    message: 'The value of "options.highWaterMark" is out of range. ' +
             'It must be an integer. Received 1.5',
  });
  assert.throws(() => on(emitter, 'item', { highWaterMark: 'x' }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.highWaterMark" property must be of type number. ' +
             "Received type string ('x')",
  });
  assert.throws(() => on(emitter, 'item', { lowWaterMark: 0 }), {
    message: 'The value of "options.lowWaterMark" is out of range. ' +
             'It must be >= 1 && <= 9007199254740991. Received 0',
  });
  assert.deepStrictEqual(emitter.eventNames(), []);
});

check(async () => {
  // highWaterMark pauses a pausable emitter, lowWaterMark resumes it.
  const emitter = new EventEmitter();
  const calls = [];
  emitter.pause = () => calls.push('pause');
  emitter.resume = () => calls.push('resume');
  const iterator = on(emitter, 'item', { highWaterMark: 2, lowWaterMark: 1 });
  emitter.emit('item', 1);
  emitter.emit('item', 2);
  assert.deepStrictEqual(calls, []);
  emitter.emit('item', 3);
  assert.deepStrictEqual(calls, ['pause']);
  emitter.emit('item', 4);
  assert.deepStrictEqual(calls, ['pause']);
  await iterator.next();
  await iterator.next();
  await iterator.next();
  // Resumes when fewer than lowWaterMark events are left.
  assert.deepStrictEqual(calls, ['pause']);
  assert.deepStrictEqual(await iterator.next(), { value: [4], done: false });
  assert.deepStrictEqual(calls, ['pause', 'resume']);
  await iterator.return();
});

check(async () => {
  // EventTarget: values are [event].
  const target = new EventTarget();
  const iterator = on(target, 'ping');
  const ev = new Event('ping');
  target.dispatchEvent(ev);
  const { value, done } = await iterator.next();
  assert.strictEqual(done, false);
  assert.strictEqual(value.length, 1);
  assert.strictEqual(value[0], ev);
  await iterator.return();
});

check(async () => {
  // The iterator is an async iterator of its own.
  const emitter = new EventEmitter();
  const iterator = on(emitter, 'item');
  assert.strictEqual(iterator[Symbol.asyncIterator](), iterator);
  const AsyncIteratorPrototype = Object.getPrototypeOf(
    Object.getPrototypeOf(async function* () {}).prototype);
  assert.strictEqual(Object.getPrototypeOf(iterator), AsyncIteratorPrototype);
  assert.deepStrictEqual(Object.getOwnPropertyNames(iterator), ['next', 'return', 'throw']);
  await iterator.return();
});

check(async () => {
  // Buffer state is visible under Symbol.for('nodejs.watermarkData').
  const emitter = new EventEmitter();
  emitter.pause = () => {};
  emitter.resume = () => {};
  const iterator = on(emitter, 'item', { highWaterMark: 2, lowWaterMark: 1 });
  const state = iterator[Symbol.for('nodejs.watermarkData')];
  assert.deepStrictEqual([state.size, state.low, state.high, state.isPaused], [0, 1, 2, false]);
  emitter.emit('item', 1);
  emitter.emit('item', 2);
  emitter.emit('item', 3);
  assert.deepStrictEqual([state.size, state.isPaused], [3, true]);
  await iterator.return();
});

Promise.all(checks).then(common.mustCall());
