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

// flatten(values): the async iterator of `for await (const v of values) yield* v` in an async
// generator (node 22's flatMap), stepped by hand: this V8 takes one microtask turn more per
// value for yield* than node 22's, and the turns decide how far a stream reads ahead.
const isObject = (x) => (typeof x === 'object' && x !== null) || typeof x === 'function';
const notObject = (x) => new TypeError(`Iterator result ${String(x)} is not an object`);
function awaitThen(x, onFulfilled, onRejected) {
  Promise.resolve(x).then(onFulfilled, onRejected);
}

// A sync iterator seen as an async one: each value (awaited) comes one turn later.
function asyncFromSync(syncIterator, syncNext) {
  const continuation = (result) => {
    if (!isObject(result)) return Promise.reject(notObject(result));
    const done = !!result.done;
    return Promise.resolve(result.value).then((value) => ({ value, done }));
  };
  const call = (method, value) => {
    let result;
    try {
      result = method.call(syncIterator, value);
    } catch (err) {
      return Promise.reject(err);
    }
    return continuation(result);
  };
  return {
    next(value) { return call(syncNext, value); },
    return(value) {
      const method = syncIterator.return;
      if (method == null) return Promise.resolve({ value, done: true });
      return call(method, value);
    },
    throw(value) {
      const method = syncIterator.throw;
      if (method == null) return Promise.reject(value);
      return call(method, value);
    },
  };
}

function getAsyncIterator(obj) {
  const method = obj[Symbol.asyncIterator];
  if (method == null) {
    const syncMethod = obj[Symbol.iterator];
    if (typeof syncMethod !== 'function') throw new TypeError(`${String(syncMethod)} is not a function`);
    const syncIterator = syncMethod.call(obj);
    if (!isObject(syncIterator)) throw new TypeError('Result of the Symbol.iterator method is not an object');
    const iterator = asyncFromSync(syncIterator, syncIterator.next);
    return { iterator, next: iterator.next };
  }
  if (typeof method !== 'function') throw new TypeError(`${String(method)} is not a function`);
  const iterator = method.call(obj);
  if (!isObject(iterator)) throw new TypeError('Result of the Symbol.asyncIterator method is not an object');
  return { iterator, next: iterator.next };
}

function flatten(values) {
  const requests = [];
  let state = 'start';  // start, suspended (at a value of an inner iterator), running, done
  let outer = null;
  let inner = null;

  function enqueue(kind, value) {
    return new Promise((resolve, reject) => {
      requests.push({ kind, value, resolve, reject });
      if (state !== 'running') resumeNext();
    });
  }
  function settle(ok, value) {
    const request = requests.shift();
    if (ok) request.resolve(value);
    else request.reject(value);
    if (state !== 'running' && requests.length > 0) resumeNext();
  }
  function finish(kind, value) {
    state = 'done';
    if (kind === 'throw') settle(false, value);
    else settle(true, { value, done: true });
  }
  function resumeNext() {
    const { kind, value } = requests[0];
    if (state === 'start' && kind !== 'next') state = 'done';
    if (state === 'done') {
      if (kind === 'next') return settle(true, { value: undefined, done: true });
      if (kind === 'throw') return settle(false, value);
      state = 'running';
      return awaitThen(value, (v) => finish('return', v), (err) => finish('throw', err));
    }
    const starting = state === 'start';
    state = 'running';
    if (starting) {
      try {
        outer = getAsyncIterator(values);
      } catch (err) {
        return finish('throw', err);
      }
      return pullOuter();
    }
    innerStep(kind, value);
  }

  function pullOuter() {
    let promise;
    try {
      promise = outer.next.call(outer.iterator);
    } catch (err) {
      return finish('throw', err);
    }
    awaitThen(promise, (result) => {
      if (!isObject(result)) return finish('throw', notObject(result));
      let value;
      try {
        if (result.done) return finish('return', undefined);
        value = result.value;
      } catch (err) {
        return finish('throw', err);
      }
      try {
        inner = getAsyncIterator(value);
      } catch (err) {
        return closeOuter('throw', err);
      }
      innerStep('next', undefined);
    }, (err) => finish('throw', err));
  }

  // The consumer's next, throw or return, passed to the inner iterator.
  function innerStep(kind, value) {
    const { iterator } = inner;
    const onError = (err) => closeOuter('throw', err);
    let promise;
    try {
      if (kind === 'next') {
        promise = inner.next.call(iterator, value);
      } else if (kind === 'throw') {
        const method = iterator.throw;
        if (method == null) return closeInnerThenThrow();
        promise = method.call(iterator, value);
      } else {
        return awaitThen(value, (received) => {
          let result;
          try {
            const method = iterator.return;
            if (method == null) {
              return awaitThen(received, (v) => closeOuter('return', v), (err) => closeOuter('throw', err));
            }
            result = method.call(iterator, received);
          } catch (err) {
            return onError(err);
          }
          awaitThen(result, (res) => {
            if (!isObject(res)) return onError(notObject(res));
            try {
              if (res.done) return closeOuter('return', res.value);
              yieldValue(res.value);
            } catch (err) {
              onError(err);
            }
          }, onError);
        }, (err) => innerStep('throw', err));
      }
    } catch (err) {
      return onError(err);
    }
    awaitThen(promise, (res) => {
      if (!isObject(res)) return onError(notObject(res));
      try {
        if (res.done) {
          inner = null;
          return pullOuter();
        }
        yieldValue(res.value);
      } catch (err) {
        onError(err);
      }
    }, onError);
  }

  // An inner iterator without throw: closed, then the delegation fails.
  function closeInnerThenThrow() {
    const err = new TypeError('The iterator does not provide a \'throw\' method.');
    let promise;
    try {
      const method = inner.iterator.return;
      if (method == null) return closeOuter('throw', err);
      promise = method.call(inner.iterator);
    } catch (e) {
      return closeOuter('throw', e);
    }
    awaitThen(promise, (res) => closeOuter('throw', isObject(res) ? err : notObject(res)), (e) => closeOuter('throw', e));
  }

  function yieldValue(value) {
    state = 'suspended';
    settle(true, { value, done: false });
  }

  // Leaving the for-await loop early: values' return is called and awaited; a throw keeps its
  // error whatever return does.
  function closeOuter(kind, value) {
    let promise;
    try {
      const method = outer.iterator.return;
      if (method == null) return finish(kind, value);
      promise = method.call(outer.iterator);
    } catch (err) {
      return finish('throw', kind === 'throw' ? value : err);
    }
    awaitThen(promise, (res) => {
      if (kind === 'throw') return finish('throw', value);
      if (!isObject(res)) return finish('throw', notObject(res));
      finish(kind, value);
    }, (err) => finish('throw', kind === 'throw' ? value : err));
  }

  return {
    next(value) { return enqueue('next', value); },
    return(value) { return enqueue('return', value); },
    throw(value) { return enqueue('throw', value); },
    [Symbol.asyncIterator]() { return this; },
  };
}

function flatMap(fn, options) {
  return flatten(map.call(this, fn, options));
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
