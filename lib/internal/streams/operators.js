'use strict';
// Readable.prototype operators: map, filter, flatMap, drop, take, compose return streams; forEach,
// toArray, some, every, find, reduce return promises. map/filter/forEach/... take
// { concurrency, highWaterMark, signal }.

const { AbortError, codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, ERR_OUT_OF_RANGE } } = require('internal/errors');
const { isNodeStream, isWritable } = require('internal/streams/utils');
const { addAbortSignalNoValidate } = require('internal/streams/add-abort-signal');
const { validateAbortSignal, validateInteger, validateObject } = require('internal/validators');
const { finished } = require('internal/streams/end-of-stream');

const kEmpty = Symbol('kEmpty');
const kEof = Symbol('kEof');
function nop() {}

function validateFn(fn) {
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', ['Function'], fn);
}

function validateOptions(options) {
  if (options != null) validateObject(options, 'options');
  if (options != null && options.signal != null) validateAbortSignal(options.signal, 'options.signal');
}

// compose: the stream given must be writable (or not a node stream: a function, an iterable...).
function compose(stream, options) {
  validateOptions(options);
  if (isNodeStream(stream) && !isWritable(stream)) {
    throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be writable');
  }
  const composed = require('internal/streams/duplexify').compose(this, stream);
  if (options && options.signal) addAbortSignalNoValidate(options.signal, composed);
  return composed;
}

// The operators' own abort checks throw an AbortError without a cause (node 22 does so); only
// toArray and a reduce given an already aborted signal carry the signal's reason.
function throwIfAborted(signal) {
  if (signal && signal.aborted) throw new AbortError();
}

// map: fn runs on each value as the source yields it, up to `concurrency` results pending at
// once; results come out in source order. A result stays queued until the consumer has taken
// it and asked for the next one, and the pump stops taking from the source while the queue
// holds `concurrency + highWaterMark` results or `concurrency` are pending. A rejected result
// stops the pump (it is thrown when the consumer reaches it). fn's signal follows
// options.signal only: finishing or destroying the mapped stream does not abort it.
function map(fn, options) {
  validateFn(fn);
  validateOptions(options);
  let concurrency = 1;
  if (options && options.concurrency != null) concurrency = Math.floor(options.concurrency);
  let highWaterMark = concurrency - 1;
  if (options && options.highWaterMark != null) highWaterMark = Math.floor(options.highWaterMark);
  validateInteger(concurrency, 'options.concurrency', 1);
  validateInteger(highWaterMark, 'options.highWaterMark', 0);
  const maxQueue = concurrency + highWaterMark;
  const outerSignal = options && options.signal;
  const source = this;

  return async function* mapped() {
    const signal = AbortSignal.any(outerSignal ? [outerSignal] : []);
    const fnOptions = { signal };
    const queue = [];
    let pending = 0;
    let stopped = false;
    let wakeConsumer = null;
    let wakePump = null;

    function notifyConsumer() {
      if (wakeConsumer === null) return;
      const wake = wakeConsumer;
      wakeConsumer = null;
      wake();
    }
    function resumePump() {
      if (wakePump === null) return;
      const wake = wakePump;
      wakePump = null;
      wake();
    }
    function maybeResumePump() {
      if (!stopped && pending < concurrency && queue.length < maxQueue) resumePump();
    }
    function onSettled() {
      pending--;
      maybeResumePump();
    }
    function onRejected() {
      stopped = true;
      onSettled();
    }

    async function pump() {
      try {
        for await (const value of source) {
          if (stopped) return;
          throwIfAborted(signal);
          let result;
          try {
            result = Promise.resolve(fn(value, fnOptions));
          } catch (err) {
            result = Promise.reject(err);
          }
          pending++;
          result.then(onSettled, onRejected);
          queue.push(result);
          notifyConsumer();
          if (!stopped && (queue.length >= maxQueue || pending >= concurrency)) {
            await new Promise((resolve) => { wakePump = resolve; });
          }
        }
        queue.push(kEof);
      } catch (err) {
        const result = Promise.reject(err);
        result.then(onSettled, onRejected);
        queue.push(result);
      } finally {
        stopped = true;
        notifyConsumer();
      }
    }
    pump();

    try {
      for (;;) {
        while (queue.length > 0) {
          const value = await queue[0];
          if (value === kEof) return;
          throwIfAborted(signal);
          if (value !== kEmpty) yield value;
          queue.shift();
          maybeResumePump();
        }
        await new Promise((resolve) => { wakeConsumer = resolve; });
      }
    } finally {
      stopped = true;
      resumePump();
    }
  }();
}

function filter(fn, options) {
  validateFn(fn);
  async function filterFn(value, opts) {
    return (await fn(value, opts)) ? value : kEmpty;
  }
  return map.call(this, filterFn, options);
}

function flatMap(fn, options) {
  const values = map.call(this, fn, options);
  return async function* flatMapped() {
    for await (const val of values) yield* val;
  }();
}

async function forEach(fn, options) {
  validateFn(fn);
  async function forEachFn(value, opts) {
    await fn(value, opts);
    return kEmpty;
  }
  // eslint-disable-next-line no-unused-vars
  for await (const unused of map.call(this, forEachFn, options));
}

async function toArray(options) {
  validateOptions(options);
  const signal = options && options.signal;
  const result = [];
  for await (const val of this) {
    if (signal && signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
    result.push(val);
  }
  return result;
}

async function some(fn, options = undefined) {
  // eslint-disable-next-line no-unused-vars
  for await (const unused of filter.call(this, fn, options)) return true;
  return false;
}

async function every(fn, options = undefined) {
  validateFn(fn);
  return !(await some.call(this, async (...args) => !(await fn(...args)), options));
}

async function find(fn, options) {
  for await (const result of filter.call(this, fn, options)) return result;
  return undefined;
}

class ReduceAwareErrMissingArgs extends ERR_MISSING_ARGS {
  constructor() {
    super('reduce');
    this.message = 'Reduce of an empty stream requires an initial value';
  }
}

async function reduce(reducer, initialValue, options) {
  if (typeof reducer !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('reducer', ['Function'], reducer);
  }
  validateOptions(options);
  let hasInitialValue = arguments.length > 1;
  const signal = options && options.signal;
  if (signal && signal.aborted) {
    // An already aborted signal destroys the stream with the error it then throws.
    const err = new AbortError(undefined, { cause: signal.reason });
    this.once('error', nop);
    await finished(this.destroy(err));
    throw err;
  }
  const ac = new AbortController();
  const onAbort = () => ac.abort();
  if (signal) signal.addEventListener('abort', onAbort, { once: true });
  let gotAnyItem = false;
  try {
    for await (const value of this) {
      gotAnyItem = true;
      throwIfAborted(signal);
      if (!hasInitialValue) {
        initialValue = value;
        hasInitialValue = true;
      } else {
        initialValue = await reducer(initialValue, value, { signal: ac.signal });
      }
    }
    if (!gotAnyItem && !hasInitialValue) throw new ReduceAwareErrMissingArgs();
  } finally {
    ac.abort();
    if (signal) signal.removeEventListener('abort', onAbort);
  }
  return initialValue;
}

function toIntegerOrInfinity(number) {
  number = Number(number);
  if (Number.isNaN(number)) return 0;
  if (number < 0) throw new ERR_OUT_OF_RANGE('number', '>= 0', number);
  return number;
}

function drop(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  const source = this;
  const signal = options && options.signal;
  return async function* dropped() {
    throwIfAborted(signal);
    for await (const val of source) {
      throwIfAborted(signal);
      if (number-- <= 0) yield val;
    }
  }();
}

function take(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  const source = this;
  const signal = options && options.signal;
  return async function* taken() {
    throwIfAborted(signal);
    for await (const val of source) {
      throwIfAborted(signal);
      if (number-- > 0) yield val;
      if (number <= 0) return;
    }
  }();
}

module.exports = {
  streamReturningOperators: { drop, filter, flatMap, map, take, compose },
  promiseReturningOperators: { every, forEach, reduce, toArray, some, find },
};
