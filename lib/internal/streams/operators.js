'use strict';
// Readable.prototype operators: map, filter, flatMap, drop, take return streams; forEach,
// toArray, some, every, find, reduce return promises. map/filter/forEach/... take
// { concurrency, highWaterMark, signal }.

const { AbortError, codes: { ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS, ERR_OUT_OF_RANGE } } = require('internal/errors');
const { validateAbortSignal, validateInteger, validateObject } = require('internal/validators');

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

function throwIfAborted(signal) {
  if (signal && signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
}

// The concurrent core of map: up to `concurrency` calls of fn in flight, results in order,
// at most `concurrency + highWaterMark` results waiting for the consumer.
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
    const ac = new AbortController();
    const signal = ac.signal;
    const signalOpt = { signal };
    const queue = [];
    let inFlight = 0;
    let finished = false;
    let wakeConsumer = null;
    let wakeProducer = null;

    function consumerWake() {
      if (wakeConsumer) {
        const w = wakeConsumer;
        wakeConsumer = null;
        w();
      }
    }
    function producerWake() {
      if (wakeProducer) {
        const w = wakeProducer;
        wakeProducer = null;
        w();
      }
    }
    const onAbort = () => {
      ac.abort(outerSignal.reason);
      consumerWake();
      producerWake();
    };
    if (outerSignal) outerSignal.addEventListener('abort', onAbort, { once: true });

    async function pump() {
      try {
        for await (let value of source) {
          if (finished) return;
          throwIfAborted(outerSignal);
          try {
            value = fn(value, signalOpt);
          } catch (err) {
            value = Promise.reject(err);
          }
          if (value && typeof value.then === 'function') {
            inFlight++;
            const p = Promise.resolve(value);
            p.then(() => { inFlight--; producerWake(); }, () => { inFlight--; producerWake(); });
            p.catch(nop);
            queue.push(p);
          } else {
            queue.push(value);
          }
          consumerWake();
          while (!finished && (queue.length >= maxQueue || inFlight >= concurrency)) {
            await new Promise((resolve) => { wakeProducer = resolve; });
          }
        }
        queue.push(kEof);
      } catch (err) {
        const p = Promise.reject(err);
        p.catch(nop);
        queue.push(p);
      } finally {
        consumerWake();
      }
    }
    pump();

    try {
      for (;;) {
        while (queue.length === 0) {
          throwIfAborted(outerSignal);
          await new Promise((resolve) => { wakeConsumer = resolve; });
        }
        throwIfAborted(outerSignal);
        const item = queue[0];
        if (item === kEof) return;
        const value = await item;
        queue.shift();
        producerWake();
        if (value === kEmpty) continue;
        yield value;
      }
    } finally {
      finished = true;
      ac.abort();
      if (outerSignal) outerSignal.removeEventListener('abort', onAbort);
      producerWake();
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
    throwIfAborted(signal);
    result.push(val);
  }
  return result;
}

async function some(fn, options) {
  // eslint-disable-next-line no-unused-vars
  for await (const unused of filter.call(this, fn, options)) return true;
  return false;
}

async function every(fn, options) {
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
  throwIfAborted(signal);
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

function drop(number, options) {
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

function take(number, options) {
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
  streamReturningOperators: { drop, filter, flatMap, map, take },
  promiseReturningOperators: { every, forEach, reduce, toArray, some, find },
};
