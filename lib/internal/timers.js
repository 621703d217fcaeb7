'use strict';
// Timer lists and immediates. One uv timer (internalBinding('timers')) wakes processTimers for
// the earliest list; lists hold timers of one duration in insertion order, kept in a binary heap
// by expiry. Immediates run from the check phase through processImmediate.

const binding = internalBinding('timers');
const { immediateInfo, kCount, kRefCount, kHasOutstanding, getLibuvNow } = binding;
const { runNextTicks } = require('internal/process/task_queues');

const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const asyncHooks = require('internal/async_hooks');
const asyncState = asyncHooks.state;
const {
  async_id_symbol: asyncIdSymbol,
  trigger_async_id_symbol: triggerAsyncIdSymbol,
  newAsyncId,
} = asyncHooks;

let timerListId = 0;
let nextExpiry = Infinity;
let refCount = 0;
// TimersList by duration (a Map: integer keys would make a plain object a hashed dictionary).
const timerListMap = new Map();
const knownTimersById = { __proto__: null };

// ---- a binary heap of TimersList by (expiry, id) --------------------------------------------
const heap = [];
function heapLess(a, b) {
  return a.expiry < b.expiry || (a.expiry === b.expiry && a.id < b.id);
}
function heapSwap(i, j) {
  const t = heap[i];
  heap[i] = heap[j];
  heap[j] = t;
  heap[i].heapIndex = i;
  heap[j].heapIndex = j;
}
function heapUp(i) {
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (!heapLess(heap[i], heap[p])) break;
    heapSwap(i, p);
    i = p;
  }
}
function heapDown(i) {
  const n = heap.length;
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let m = i;
    if (l < n && heapLess(heap[l], heap[m])) m = l;
    if (r < n && heapLess(heap[r], heap[m])) m = r;
    if (m === i) return;
    heapSwap(i, m);
    i = m;
  }
}
function heapPush(list) {
  list.heapIndex = heap.length;
  heap.push(list);
  heapUp(list.heapIndex);
}
function heapRemove(list) {
  const i = list.heapIndex;
  const last = heap.pop();
  if (i < heap.length) {
    heap[i] = last;
    last.heapIndex = i;
    heapUp(i);
    heapDown(last.heapIndex);
  }
  list.heapIndex = -1;
}

// ---- intrusive doubly linked lists ---------------------------------------------------------
class TimersList {
  constructor(expiry, msecs) {
    this._idleNext = this;
    this._idlePrev = this;
    this.expiry = expiry;
    this.id = timerListId++;
    this.msecs = msecs;
    this.heapIndex = -1;
  }
}

function listAppend(list, item) {
  if (item._idleNext || item._idlePrev) listRemove(item);
  item._idleNext = list;
  item._idlePrev = list._idlePrev;
  list._idlePrev._idleNext = item;
  list._idlePrev = item;
}
function listRemove(item) {
  if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
  if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
  item._idleNext = null;
  item._idlePrev = null;
}
function listPeek(list) {
  return list._idleNext === list ? null : list._idleNext;
}
function listIsEmpty(list) {
  return list._idleNext === list;
}

function incRefCount() {
  if (refCount++ === 0) binding.toggleTimerRef(true);
}
function decRefCount() {
  if (--refCount === 0) binding.toggleTimerRef(false);
}

function insert(item, msecs, start = getLibuvNow()) {
  item._idleStart = start;
  let list = timerListMap.get(msecs);
  if (list === undefined) {
    const expiry = start + msecs;
    list = new TimersList(expiry, msecs);
    timerListMap.set(msecs, list);
    heapPush(list);
    if (nextExpiry > expiry) {
      binding.scheduleTimer(msecs);
      nextExpiry = expiry;
    }
  }
  listAppend(list, item);
}

function insertGuarded(item, refed, start) {
  const msecs = item._idleTimeout;
  if (msecs < 0 || msecs === undefined) return;
  insert(item, msecs, start);
  const isDestroyed = item._destroyed;
  if (isDestroyed || !item[asyncIdSymbol]) {
    item._destroyed = false;
    if (asyncState.on) {
      asyncHooks.tagResource(item, 'Timeout');
    } else {
      item[asyncIdSymbol] = newAsyncId();
      item[triggerAsyncIdSymbol] = 1;
    }
  }
  if (isDestroyed) {
    if (refed) incRefCount();
  } else if (refed === !item[kRefed]) {
    if (refed) incRefCount();
    else decRefCount();
  }
  item[kRefed] = refed;
}

function unenroll(item) {
  if (item._destroyed) return;
  item._destroyed = true;
  if (asyncState.hooks) asyncHooks.emitDestroy(item[asyncIdSymbol]);
  if (item[kHasPrimitive]) delete knownTimersById[item[asyncIdSymbol]];
  if (item[kRefed]) decRefCount();
  item[kRefed] = null;
  const list = timerListMap.get(item._idleTimeout);
  listRemove(item);
  if (list !== undefined && listIsEmpty(list)) {
    timerListMap.delete(item._idleTimeout);
    heapRemove(list);
  }
  item._idleTimeout = -1;
}

function emitTimeoutOverflow(after) {
  process.emitWarning(
    `${after} does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.`,
    'TimeoutOverflowWarning');
}

function emitTimeoutNegative(after) {
  process.emitWarning(
    `${after} is a negative number.\nTimeout duration was set to 1.`,
    'TimeoutNegativeWarning');
}

function emitTimeoutNaN(after) {
  process.emitWarning(
    `${after} is not a number.\nTimeout duration was set to 1.`,
    'TimeoutNaNWarning');
}

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after *= 1;
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
      if (after > TIMEOUT_MAX) emitTimeoutOverflow(after);
      after = 1;
    }
    this._idleTimeout = after;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    this._onTimeout = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    if (isRefed) incRefCount();
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    if (asyncState.on) {
      asyncHooks.tagResource(this, 'Timeout');
    } else {
      this[asyncIdSymbol] = newAsyncId();
      this[triggerAsyncIdSymbol] = 1;
    }
  }

  refresh() {
    if (this[kRefed]) insertGuarded(this, true);
    else if (this[kRefed] === false) insertGuarded(this, false);
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) decRefCount();
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) incRefCount();
    }
    return this;
  }

  hasRef() {
    return this[kRefed] === true;
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.dispose]() {
    clearTimeout(this);
  }

  [Symbol.toPrimitive]() {
    const id = this[asyncIdSymbol];
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownTimersById[id] = this;
    }
    return id;
  }
}

function processTimers(now) {
  nextExpiry = Infinity;
  let list;
  let ranAtLeastOneList = false;
  while ((list = heap[0]) !== undefined) {
    if (list.expiry > now) {
      nextExpiry = list.expiry;
      return refCount > 0 ? nextExpiry : -nextExpiry;
    }
    if (ranAtLeastOneList) runNextTicks();
    else ranAtLeastOneList = true;
    listOnTimeout(list, now);
  }
  return 0;
}

function listOnTimeout(list, now) {
  const msecs = list.msecs;
  let ranAtLeastOneTimer = false;
  let timer;
  while ((timer = listPeek(list)) !== null) {
    const diff = now - timer._idleStart;
    if (diff < msecs) {
      // Not due yet: this list comes back later.
      list.expiry = Math.max(timer._idleStart + msecs, now + 1);
      list.id = timerListId++;
      heapDown(list.heapIndex);
      return;
    }
    if (ranAtLeastOneTimer) runNextTicks();
    else ranAtLeastOneTimer = true;
    listRemove(timer);
    if (!timer._onTimeout) {
      if (!timer._destroyed) {
        timer._destroyed = true;
        if (timer[kRefed]) refCount--;
        if (timer[kHasPrimitive]) delete knownTimersById[timer[asyncIdSymbol]];
      }
      continue;
    }
    let start;
    if (timer._repeat) start = getLibuvNow();
    let prevFrame;
    const tracked = asyncState.on;
    if (tracked) prevFrame = asyncHooks.enterResource(timer);
    try {
      const args = timer._timerArgs;
      if (args === undefined) timer._onTimeout();
      else timer._onTimeout(...args);
      // Not on a throw: the handlers of the uncaught exception run in the timer's context.
      if (tracked) asyncHooks.leaveResource(timer, prevFrame);
    } finally {
      if (timer._repeat && timer._idleTimeout !== -1) {
        timer._idleTimeout = timer._repeat;
        insert(timer, timer._idleTimeout, start);
      } else if (!timer._idleNext && !timer._idlePrev && !timer._destroyed) {
        timer._destroyed = true;
        if (asyncState.hooks) asyncHooks.emitDestroy(timer[asyncIdSymbol]);
        if (timer[kHasPrimitive]) delete knownTimersById[timer[asyncIdSymbol]];
        if (timer[kRefed]) refCount--;
      }
    }
  }
  if (list === timerListMap.get(msecs)) {
    timerListMap.delete(msecs);
    heapRemove(list);
  }
  // refCount may have dropped to 0 by the loop above without toggling.
  if (refCount === 0) binding.toggleTimerRef(false);
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const known = knownTimersById[timer];
    if (known !== undefined && known._onTimeout) {
      known._onTimeout = null;
      unenroll(known);
    }
  }
}

// ---- immediates ------------------------------------------------------------------------------
class ImmediateList {
  constructor() {
    this.head = null;
    this.tail = null;
  }
  append(item) {
    item._list = this;
    if (this.tail !== null) {
      this.tail._idleNext = item;
      item._idlePrev = this.tail;
    } else {
      this.head = item;
    }
    this.tail = item;
  }
  remove(item) {
    if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
    if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
    if (item === this.head) this.head = item._idleNext;
    if (item === this.tail) this.tail = item._idlePrev;
    item._idleNext = null;
    item._idlePrev = null;
    item._list = null;
  }
}

let immediateQueue = new ImmediateList();
let outstanding = null;  // the batch being run (detached from immediateQueue)

// Runs `fn` at the start of the next check phase, before the immediates, as node's native
// immediates do (async_hooks' destroy batches). It is no async resource.
function scheduleNativeImmediate(fn) {
  const item = {
    _idleNext: immediateQueue.head, _idlePrev: null, _onImmediate: fn, _argv: undefined,
    _destroyed: false, _list: immediateQueue, [kRefed]: true,
  };
  if (immediateQueue.head !== null) immediateQueue.head._idlePrev = item;
  else immediateQueue.tail = item;
  immediateQueue.head = item;
  immediateInfo[kCount]++;
  if (immediateInfo[kRefCount]++ === 0) binding.toggleImmediateRef(true);
}

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = false;
    if (asyncState.on) {
      asyncHooks.tagResource(this, 'Immediate');
    } else {
      this[asyncIdSymbol] = newAsyncId();
      this[triggerAsyncIdSymbol] = 1;
    }
    this.ref();
    immediateInfo[kCount]++;
    immediateQueue.append(this);
  }

  ref() {
    if (this[kRefed] === false) {
      this[kRefed] = true;
      if (immediateInfo[kRefCount]++ === 0) binding.toggleImmediateRef(true);
    }
    return this;
  }

  unref() {
    if (this[kRefed] === true) {
      this[kRefed] = false;
      if (--immediateInfo[kRefCount] === 0) binding.toggleImmediateRef(false);
    }
    return this;
  }

  hasRef() {
    return !!this[kRefed];
  }

  [Symbol.dispose]() {
    clearImmediate(this);
  }
}

function processImmediate() {
  let immediate;
  if (outstanding !== null) {
    immediate = outstanding.head;
  } else {
    outstanding = immediateQueue;
    immediate = outstanding.head;
    immediateQueue = new ImmediateList();
    immediateInfo[kHasOutstanding] = 1;
  }
  let ranAtLeastOne = false;
  while (immediate !== null) {
    const next = immediate._idleNext;
    if (immediate._destroyed) {
      immediate = next;
      outstanding.head = immediate;
      continue;
    }
    if (ranAtLeastOne) runNextTicks();
    else ranAtLeastOne = true;
    // An immediate cleared by a tick that just ran must not run.
    if (immediate._destroyed) {
      immediate = immediate._idleNext;
      outstanding.head = immediate;
      continue;
    }
    immediate._destroyed = true;
    immediateInfo[kCount]--;
    if (immediate[kRefed]) {
      if (--immediateInfo[kRefCount] === 0) binding.toggleImmediateRef(false);
    }
    immediate[kRefed] = null;
    outstanding.head = immediate._idleNext;
    let prevFrame;
    const tracked = asyncState.on && immediate[asyncIdSymbol] !== undefined;
    if (tracked) prevFrame = asyncHooks.enterResource(immediate);
    try {
      const argv = immediate._argv;
      if (argv === undefined) immediate._onImmediate();
      else immediate._onImmediate(...argv);
      if (tracked) asyncHooks.leaveResource(immediate, prevFrame);
    } finally {
      if (tracked && asyncState.hooks) asyncHooks.emitDestroy(immediate[asyncIdSymbol]);
      immediate._onImmediate = null;
      immediate = outstanding.head;
    }
  }
  outstanding = null;
  immediateInfo[kHasOutstanding] = 0;
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed) return;
  immediateInfo[kCount]--;
  immediate._destroyed = true;
  if (immediate[kRefed] && --immediateInfo[kRefCount] === 0) {
    binding.toggleImmediateRef(false);
  }
  immediate[kRefed] = null;
  immediate._onImmediate = null;
  if (immediate._list === immediateQueue) immediateQueue.remove(immediate);
}

// Per process (the loop's handles are not in the startup snapshot).
function setupTimers() {
  binding.setupTimers(processImmediate, processTimers);
}

module.exports = {
  setupTimers,
  TIMEOUT_MAX,
  Timeout,
  Immediate,
  scheduleNativeImmediate,
  insert,
  insertGuarded,
  clearTimeout,
  clearImmediate,
  unenroll,
  kRefed,
  asyncIdSymbol,
  triggerAsyncIdSymbol,
  emitTimeoutNegative,
  emitTimeoutNaN,
  getLibuvNow,
  // for process.getActiveResourcesInfo(): ref'd timers (a running one counts until it returns)
  // and ref'd immediates
  activeTimeoutCount: () => refCount,
  activeImmediateCount: () => immediateInfo[kRefCount],
};
