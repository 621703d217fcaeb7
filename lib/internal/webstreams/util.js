'use strict';
// Shared pieces of the WHATWG Streams implementation: internal-slot keys, promise helpers,
// queue-with-sizes, strategy extraction, callback wrapping and node's inspect formatting.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE, ERR_INVALID_THIS },
} = require('internal/errors');

const kState = Symbol('kState');
const kType = Symbol('kType');
const kIsClosedPromise = Symbol.for('nodejs.webstream.isClosedPromise');
const kControllerErrorFunction = Symbol.for('nodejs.webstream.controllerErrorFunction');
const customInspect = Symbol.for('nodejs.util.inspect.custom');

function nop() {}

function createDeferred() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

function setPromiseHandled(promise) {
  promise.then(nop, nop);
}

function rejected(err) {
  const p = Promise.reject(err);
  return p;
}

// Invoke an optional user callback as WebIDL does: a promise for its result, a rejection when it
// throws synchronously.
// Node adopts a returned promise (two microtasks) rather than passing it through.
function invokePromise(fn, thisArg, ...args) {
  try {
    const result = fn === undefined ? undefined : fn.apply(thisArg, args);
    return new Promise((resolve) => resolve(result));
  } catch (err) {
    return Promise.reject(err);
  }
}

function isBrand(value, type) {
  return value != null && typeof value === 'object' && value[kType] === type &&
    value[kState] !== undefined;
}

function invalidThis(name) {
  return new ERR_INVALID_THIS(name);
}

// ---- queue with sizes ------------------------------------------------------------------------
function resetQueue(container) {
  container.queue = [];
  container.queueHead = 0;
  container.queueTotalSize = 0;
}

function queueLength(container) {
  return container.queue.length - container.queueHead;
}

function enqueueValueWithSize(container, value, size) {
  if (typeof size !== 'number' || size !== size || size < 0 || size === Infinity) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('size', size);
  }
  container.queue.push({ value, size });
  container.queueTotalSize += size;
}

function dequeueValue(container) {
  const entry = container.queue[container.queueHead];
  container.queue[container.queueHead++] = undefined;
  if (container.queueHead > 1024 && container.queueHead * 2 > container.queue.length) {
    container.queue = container.queue.slice(container.queueHead);
    container.queueHead = 0;
  }
  container.queueTotalSize -= entry.size;
  if (container.queueTotalSize < 0) container.queueTotalSize = 0;
  return entry.value;
}

function peekQueueValue(container) {
  return container.queue[container.queueHead].value;
}

// ---- strategies --------------------------------------------------------------------------------
function extractHighWaterMark(strategy, defaultHWM) {
  const hwm = strategy == null ? undefined : strategy.highWaterMark;
  if (hwm === undefined) return defaultHWM;
  const n = +hwm;
  if (n !== n || n < 0) throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.highWaterMark', n);
  return n;
}

function extractSizeAlgorithm(strategy) {
  const size = strategy == null ? undefined : strategy.size;
  if (size === undefined) return () => 1;
  if (typeof size !== 'function') throw new ERR_INVALID_ARG_TYPE('strategy.size', 'Function', size);
  return (chunk) => size(chunk);
}

function validateStrategy(strategy) {
  if (strategy !== undefined && strategy !== null && typeof strategy !== 'object' &&
      typeof strategy !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('strategy', 'Object', strategy);
  }
}

function validateCallback(obj, key, prefix) {
  const fn = obj == null ? undefined : obj[key];
  if (fn !== undefined && typeof fn !== 'function') {
    throw new ERR_INVALID_ARG_TYPE(`${prefix}.${key}`, 'Function', fn);
  }
  return fn;
}

// ---- buffers -------------------------------------------------------------------------------------
function isDetached(buffer) {
  if (buffer.byteLength !== 0) return false;
  try {
    new Uint8Array(buffer);
    return false;
  } catch {
    return true;
  }
}

function transferArrayBuffer(buffer) {
  if (typeof structuredClone === 'function') {
    try {
      return structuredClone(buffer, { transfer: [buffer] });
    } catch {
      // fall through
    }
  }
  const copy = buffer.slice(0);
  return copy;
}

function canTransfer(buffer) {
  return !isDetached(buffer);
}

function copyDataBlockBytes(toBuffer, toIndex, fromBuffer, fromIndex, count) {
  new Uint8Array(toBuffer, toIndex, count).set(new Uint8Array(fromBuffer, fromIndex, count));
}

function cloneAsUint8Array(view) {
  return new Uint8Array(view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength));
}

// ---- inspect -------------------------------------------------------------------------------------
let inspectFn;
function customInspectFor(name, fields) {
  return function inspect(depth, options) {
    if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
    if (depth < 0) return undefined;  // what node prints for a stream nested too deep
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `${name} ${inspectFn(fields.call(this), opts)}`;
  };
}

function invalidState(msg) {
  return new ERR_INVALID_STATE.TypeError(msg);
}

module.exports = {
  kState, kType, kIsClosedPromise, kControllerErrorFunction, customInspect,
  nop, createDeferred, setPromiseHandled, rejected, invokePromise, isBrand, invalidThis,
  invalidState,
  resetQueue, queueLength, enqueueValueWithSize, dequeueValue, peekQueueValue,
  extractHighWaterMark, extractSizeAlgorithm, validateStrategy, validateCallback,
  isDetached, transferArrayBuffer, canTransfer, copyDataBlockBytes, cloneAsUint8Array,
  customInspectFor,
};
