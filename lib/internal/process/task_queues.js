'use strict';
// process.nextTick and queueMicrotask. The runtime calls processTicksAndRejections when it
// leaves a callback and tickInfo says ticks or rejections are pending (DESIGN.md section 3).

const {
  tickInfo,
  runMicrotasks,
  setTickCallback,
  enqueueMicrotask,
  kHasTickScheduled,
  kHasRejectionToWarn,
} = internalBinding('task_queue');

// A ring-buffer queue: push/shift in O(1) without array shifting.
class FixedQueue {
  constructor() {
    this.buf = new Array(2048);
    this.head = 0;
    this.tail = 0;
    this.mask = 2047;
  }
  isEmpty() { return this.head === this.tail; }
  push(item) {
    this.buf[this.tail] = item;
    this.tail = (this.tail + 1) & this.mask;
    if (this.tail === this.head) this.grow();
  }
  grow() {
    const old = this.buf;
    const size = old.length;
    const next = new Array(size * 2);
    for (let i = 0; i < size; i++) next[i] = old[(this.head + i) & this.mask];
    this.buf = next;
    this.head = 0;
    this.tail = size;
    this.mask = size * 2 - 1;
  }
  shift() {
    if (this.head === this.tail) return null;
    const item = this.buf[this.head];
    this.buf[this.head] = undefined;
    this.head = (this.head + 1) & this.mask;
    return item;
  }
}

const queue = new FixedQueue();

// node:async_hooks state: while off, ticks carry nothing and run as they are.
const asyncHooks = require('internal/async_hooks');
const asyncState = asyncHooks.state;

let processPromiseRejections;  // set by promises.js (circular)
let validateFunction;
let triggerUncaughtException;

function hasTickScheduled() { return tickInfo[kHasTickScheduled] === 1; }
function setHasTickScheduled(value) { tickInfo[kHasTickScheduled] = value ? 1 : 0; }
function hasRejectionToWarn() { return tickInfo[kHasRejectionToWarn] === 1; }
function setHasRejectionToWarn(value) { tickInfo[kHasRejectionToWarn] = value ? 1 : 0; }

function nextTick(callback, ...args) {
  if (typeof callback !== 'function') {
    validateFunction ??= require('internal/validators').validateFunction;
    validateFunction(callback, 'callback');
  }
  if (process._exiting) return;
  if (!hasTickScheduled()) setHasTickScheduled(true);
  const tick = { callback, args: args.length === 0 ? undefined : args };
  if (asyncState.on) asyncHooks.tagResource(tick, 'TickObject');
  queue.push(tick);
}

function runTick(callback, args) {
  if (args === undefined) {
    callback();
  } else {
    switch (args.length) {
      case 1: callback(args[0]); break;
      case 2: callback(args[0], args[1]); break;
      case 3: callback(args[0], args[1], args[2]); break;
      default: callback(...args);
    }
  }
}

// A tick that throws stays the current context for the uncaught-exception handlers.
function runTrackedTick(tock) {
  const prev = asyncHooks.enterResource(tock);
  if (asyncState.hooks) asyncHooks.emitDestroy(tock[asyncHooks.async_id_symbol]);
  runTick(tock.callback, tock.args);
  asyncHooks.leaveResource(tock, prev);
}

function processTicksAndRejections() {
  let tock;
  do {
    while ((tock = queue.shift()) !== null) {
      if (asyncState.on) runTrackedTick(tock);
      else runTick(tock.callback, tock.args);
    }
    runMicrotasks();
  } while (!queue.isEmpty() || processPromiseRejections());
  setHasTickScheduled(false);
  setHasRejectionToWarn(false);
}

// Between timers and between immediates: the ticks and microtasks a callback queued.
function runNextTicks() {
  if (!hasTickScheduled() && !hasRejectionToWarn()) runMicrotasks();
  if (!hasTickScheduled() && !hasRejectionToWarn()) return;
  processTicksAndRejections();
}

function queueMicrotask(callback) {
  if (typeof callback !== 'function') {
    validateFunction ??= require('internal/validators').validateFunction;
    validateFunction(callback, 'callback');
  }
  let resource;
  if (asyncState.on) {
    resource = {};
    asyncHooks.tagResource(resource, 'Microtask');
  }
  enqueueMicrotask(() => {
    let prev;
    if (resource !== undefined) prev = asyncHooks.enterResource(resource);
    try {
      callback();
    } catch (err) {
      triggerUncaughtException ??= internalBinding('errors').triggerUncaughtException;
      triggerUncaughtException(err, false);
    } finally {
      if (resource !== undefined) {
        asyncHooks.leaveResource(resource, prev);
        if (asyncState.hooks) asyncHooks.emitDestroy(resource[asyncHooks.async_id_symbol]);
      }
    }
  });
}

// Per process: the native side calls processTicksAndRejections when leaving a callback.
function setupTaskQueue() {
  processPromiseRejections = require('internal/process/promises').processPromiseRejections;
  setTickCallback(processTicksAndRejections);
}

module.exports = {
  setupTaskQueue,
  nextTick,
  queueMicrotask,
  runNextTicks,
  processTicksAndRejections,
  hasTickScheduled,
  setHasRejectionToWarn,
  hasRejectionToWarn,
  FixedQueue,
};
