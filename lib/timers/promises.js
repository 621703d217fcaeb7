'use strict';
// node:timers/promises

const { Timeout, Immediate, insert, clearTimeout, clearImmediate } = require('internal/timers');

function lazyErrors() {
  return require('internal/errors');
}

function validateOptions(options) {
  const { validateObject, validateBoolean, validateAbortSignal } = require('internal/validators');
  validateObject(options, 'options');
  const { signal, ref = true } = options;
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  validateBoolean(ref, 'options.ref');
  return { signal, ref };
}

function abortError(signal) {
  const { AbortError } = lazyErrors();
  return new AbortError(undefined, { cause: signal.reason });
}

function setTimeout(after, value, options = {}) {
  try {
    if (after !== undefined) require('internal/validators').validateNumber(after, 'delay');
    const opts = validateOptions(options);
    var { signal, ref } = opts;
  } catch (err) {
    return Promise.reject(err);
  }
  if (signal?.aborted) return Promise.reject(abortError(signal));
  let onCancel;
  const promise = new Promise((resolve, reject) => {
    const timeout = new Timeout(resolve, after, [value], false, ref);
    insert(timeout, timeout._idleTimeout);
    if (signal) {
      onCancel = () => {
        clearTimeout(timeout);
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onCancel, { once: true });
    }
  });
  return onCancel !== undefined ?
    promise.finally(() => signal.removeEventListener('abort', onCancel)) : promise;
}

function setImmediate(value, options = {}) {
  try {
    var { signal, ref } = validateOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  if (signal?.aborted) return Promise.reject(abortError(signal));
  let onCancel;
  const promise = new Promise((resolve, reject) => {
    const immediate = new Immediate(resolve, [value]);
    if (!ref) immediate.unref();
    if (signal) {
      onCancel = () => {
        clearImmediate(immediate);
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onCancel, { once: true });
    }
  });
  return onCancel !== undefined ?
    promise.finally(() => signal.removeEventListener('abort', onCancel)) : promise;
}

async function* setInterval(after, value, options = {}) {
  require('internal/validators').validateObject(options, 'options');
  if (after !== undefined) require('internal/validators').validateNumber(after, 'delay');
  const { signal, ref } = validateOptions(options);
  if (signal?.aborted) throw abortError(signal);
  let onCancel;
  let interval;
  try {
    let notYielded = 0;
    let callback;
    interval = new Timeout(() => {
      notYielded++;
      if (callback) {
        callback();
        callback = undefined;
      }
    }, after, undefined, true, ref);
    insert(interval, interval._idleTimeout);
    if (signal) {
      onCancel = () => {
        clearTimeout(interval);
        if (callback) {
          callback();
          callback = undefined;
        }
      };
      signal.addEventListener('abort', onCancel, { once: true });
    }
    while (!signal?.aborted) {
      if (notYielded === 0) {
        await new Promise((resolve) => { callback = resolve; });
      }
      for (; notYielded > 0; notYielded--) yield value;
    }
    throw abortError(signal);
  } finally {
    clearTimeout(interval);
    signal?.removeEventListener('abort', onCancel);
  }
}

const kScheduler = Symbol('kScheduler');

class Scheduler {
  constructor() {
    throw new (lazyErrors().codes.ERR_ILLEGAL_CONSTRUCTOR)();
  }
  yield() {
    if (!this[kScheduler]) throw new (lazyErrors().codes.ERR_INVALID_THIS)('Scheduler');
    return setImmediate();
  }
  wait(delay, options) {
    if (!this[kScheduler]) throw new (lazyErrors().codes.ERR_INVALID_THIS)('Scheduler');
    return setTimeout(delay, undefined, options);
  }
}

const scheduler = Object.create(Scheduler.prototype, {
  [kScheduler]: { value: true },
});

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
