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

// The tick queue: four slots a tick (callback, kind, x, y), so a tick allocates nothing. kind:
// 0-2 the number of arguments (in x, y), 3 x is an array of the arguments, 4 x is a tick object
// (async_hooks on: the object is the tick's resource, made when the tick is queued).
const kArgs = 3;
const kObject = 4;

class TickQueue {
  constructor() {
    this.buf = new Array(4096);
    this.mask = 4095;
    this.head = 0;
    this.tail = 0;
  }

  push(callback, kind, x, y) {
    const buf = this.buf;
    const i = this.tail;
    buf[i] = callback;
    buf[i + 1] = kind;
    buf[i + 2] = x;
    buf[i + 3] = y;
    this.tail = (i + 4) & this.mask;
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
}
const ticks = new TickQueue();

function nextTick(callback) {
  if (typeof callback !== 'function') {
    validateFunction ??= require('internal/validators').validateFunction;
    validateFunction(callback, 'callback');
  }
  if (process._exiting) return;
  if (!hasTickScheduled()) setHasTickScheduled(true);
  const n = arguments.length - 1;
  if (asyncState.on) {
    let args;
    if (n > 0) {
      args = new Array(n);
      for (let i = 0; i < n; i++) args[i] = arguments[i + 1];
    }
    const tick = { callback, args };
    asyncHooks.tagResource(tick, 'TickObject');
    ticks.push(callback, kObject, tick, undefined);
  } else if (n <= 2) {
    ticks.push(callback, n, arguments[1], arguments[2]);
  } else {
    const args = new Array(n);
    for (let i = 0; i < n; i++) args[i] = arguments[i + 1];
    ticks.push(callback, kArgs, args, undefined);
  }
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
  do {
    while (ticks.head !== ticks.tail) {
      const buf = ticks.buf;
      const i = ticks.head;
      const callback = buf[i];
      const kind = buf[i + 1];
      const x = buf[i + 2];
      const y = buf[i + 3];
      buf[i] = undefined;
      buf[i + 2] = undefined;
      buf[i + 3] = undefined;
      ticks.head = (i + 4) & ticks.mask;
      if (kind === kObject) {
        if (asyncState.on) runTrackedTick(x);
        else runTick(callback, x.args);
      } else if (asyncState.on) {
        // Queued before async_hooks came on: it runs as a tick object would.
        const args = kind === kArgs ? x : kind === 0 ? undefined : kind === 1 ? [x] : [x, y];
        runTrackedTick({ callback, args });
      } else if (kind === 0) {
        callback();
      } else if (kind === 1) {
        callback(x);
      } else if (kind === 2) {
        callback(x, y);
      } else {
        runTick(callback, x);
      }
    }
    runMicrotasks();
  } while (ticks.head !== ticks.tail || processPromiseRejections());
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
};
