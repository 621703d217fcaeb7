'use strict';
// node:domain (deprecated, still shipped). Nothing here runs until the module is required.
//
// Propagation: the active domain rides in the AsyncLocalStorage frame (V8's continuation-preserved
// embedder data, under the key kDomainKey), so every callback that restores a frame: ticks,
// timers, immediates, promise reactions and native handles/requests through MakeCallback: runs
// with the domain that was active when its work was started. The stack of entered domains is kept
// here as in node and re-based on the frame's domain whenever a callback switched the frame (a
// callback starts with the stack [itsDomain], as node's async hook `before` gives it).
// Uncaught exceptions reach Domain#_errorHandler through the router installed in
// internal/process/execution.js, in place of node's capture callback.

const EventEmitter = require('events');
const {
  codes: {
    ERR_DOMAIN_CALLBACK_NOT_AVAILABLE,
    ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE,
    ERR_UNHANDLED_ERROR,
  },
} = require('internal/errors');
const execution = require('internal/process/execution');
const asyncHooks = require('internal/async_hooks');

const ReflectApply = Reflect.apply;

if (execution.hasUncaughtExceptionCaptureCallback()) {
  throw new ERR_DOMAIN_CALLBACK_NOT_AVAILABLE();
}

asyncHooks.enable();
asyncHooks.activateFrames();

// ---- the active domain in the frame ----------------------------------------------------------------
const kDomainKey = { name: 'domain' };

function frameDomain() {
  const frame = asyncHooks.getFrame();
  const d = frame === undefined ? undefined : frame.get(kDomainKey);
  return d === undefined ? undefined : d;
}

function setFrameDomain(d) {
  const prev = asyncHooks.getFrame();
  const cur = prev === undefined ? undefined : prev.get(kDomainKey);
  if (cur === d) return;
  const next = prev === undefined ? new Map() : new Map(prev);
  if (d === undefined) next.delete(kDomainKey);
  else next.set(kDomainKey, d);
  asyncHooks.setFrame(next.size === 0 ? undefined : next);
}

// ---- the stack of entered domains --------------------------------------------------------------------
let stack = [];

// Re-bases the stack when a callback entered another frame than the one the stack was built in.
function syncStack() {
  const fd = frameDomain();
  const top = stack.length === 0 ? undefined : stack[stack.length - 1];
  if (top !== fd) {
    if (fd === undefined) emptyValue = undefined;
    stack = fd === undefined ? [] : [fd];
  }
  return stack;
}

function activeDomain() {
  const s = syncStack();
  return s.length === 0 ? undefined : s[s.length - 1];
}

function clearStack() {
  emptyValue = null;
  stack = [];
  setFrameDomain(undefined);
}

// What process.domain reads with no domain entered: null at first and after an uncaught error
// cleared the stack, undefined once a domain was exited (node's stack.at(-1)).
let emptyValue = null;

function getActive() {
  const s = syncStack();
  return s.length === 0 ? emptyValue : s[s.length - 1];
}

function setActive(value) {
  if (value === null || value === undefined) {
    clearStack();
    emptyValue = value;
  } else {
    stack = [value];
    setFrameDomain(value);
  }
}

Object.defineProperty(exports, 'active', {
  __proto__: null, enumerable: true, configurable: true, get: getActive, set: setActive,
});
Object.defineProperty(exports, '_stack', {
  __proto__: null, enumerable: true, configurable: true,
  get() { return syncStack(); },
});
Object.defineProperty(process, 'domain', {
  __proto__: null, enumerable: true, configurable: true, get: getActive, set: setActive,
});

// ---- the uncaught-exception path -----------------------------------------------------------------------
// A domain on the stack with an 'error' listener takes the error; otherwise it goes on to
// 'uncaughtException' and the crash, as in node (whose capture callback is set only then).
function domainWantsUncaught() {
  return syncStack().some((d) => d.listenerCount('error') > 0);
}

function domainHandleUncaught(er) {
  const s = syncStack();
  s[s.length - 1]._errorHandler(er);
}
execution.setDomainRouter(domainWantsUncaught, domainHandleUncaught);

// As in node, the first 'uncaughtException' listener (while there are others) empties the stack.
function domainUncaughtExceptionClear() {
  clearStack();
}

process.on('newListener', (name, listener) => {
  if (name === 'uncaughtException' && listener !== domainUncaughtExceptionClear) {
    process.removeListener(name, domainUncaughtExceptionClear);
    process.prependListener(name, domainUncaughtExceptionClear);
  }
});

process.on('removeListener', (name, listener) => {
  if (name === 'uncaughtException' && listener !== domainUncaughtExceptionClear) {
    const listeners = process.listeners(name);
    if (listeners.length === 1 && listeners[0] === domainUncaughtExceptionClear) {
      process.removeListener(name, domainUncaughtExceptionClear);
    }
  }
});

process.setUncaughtExceptionCaptureCallback = function setUncaughtExceptionCaptureCallback(fn) {
  const err = new ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE();
  Error.captureStackTrace(err, setUncaughtExceptionCaptureCallback);
  throw err;
};

// ---- Domain ------------------------------------------------------------------------------------------
function updateExceptionCapture() {}

function defineDomain(target, d) {
  Object.defineProperty(target, 'domain', {
    __proto__: null, configurable: true, enumerable: false, value: d, writable: true,
  });
}

class Domain extends EventEmitter {
  constructor() {
    super();
    this.members = [];
    this.on('removeListener', updateExceptionCapture);
    this.on('newListener', updateExceptionCapture);
  }
}

Domain.prototype.members = undefined;

Domain.prototype._errorHandler = function(er) {
  let caught = false;
  if ((typeof er === 'object' && er !== null) || typeof er === 'function') {
    defineDomain(er, this);
    er.domainThrown = true;
  }
  // The handler does not run inside its own domain.
  while (activeDomain() === this) this.exit();
  if (syncStack().length === 0) {
    if (this.listenerCount('error') > 0) caught = this.emit('error', er);
  } else {
    try {
      caught = this.emit('error', er);
    } catch (er2) {
      const s = syncStack();
      if (s.length === 0) throw er2;
      caught = s[s.length - 1]._errorHandler(er2);
    }
  }
  // An uncaught exception ends the callback: no domain stays entered.
  clearStack();
  return caught;
};

Domain.prototype.enter = function() {
  syncStack().push(this);
  setFrameDomain(this);
};

Domain.prototype.exit = function() {
  const s = syncStack();
  const index = s.lastIndexOf(this);
  if (index === -1) return;
  s.splice(index);
  emptyValue = undefined;
  setFrameDomain(s.length === 0 ? undefined : s[s.length - 1]);
};

Domain.prototype.add = function(ee) {
  if (ee.domain === this) return;
  if (ee.domain) ee.domain.remove(ee);
  // No cycles of domains added to each other.
  if (this.domain && ee instanceof Domain) {
    for (let d = this.domain; d; d = d.domain) {
      if (ee === d) return;
    }
  }
  defineDomain(ee, this);
  this.members.push(ee);
};

Domain.prototype.remove = function(ee) {
  ee.domain = null;
  const index = this.members.indexOf(ee);
  if (index !== -1) this.members.splice(index, 1);
};

Domain.prototype.run = function(fn, ...args) {
  this.enter();
  const ret = ReflectApply(fn, this, args);
  this.exit();
  return ret;
};

Domain.prototype.intercept = function(cb) {
  const self = this;
  function runIntercepted(...args) {
    const er = args[0];
    if (er && er instanceof Error) {
      er.domainBound = cb;
      er.domainThrown = false;
      defineDomain(er, self);
      self.emit('error', er);
      return;
    }
    self.enter();
    const ret = ReflectApply(cb, this, args.slice(1));
    self.exit();
    return ret;
  }
  return runIntercepted;
};

Domain.prototype.bind = function(cb) {
  const self = this;
  function runBound(...args) {
    self.enter();
    const ret = ReflectApply(cb, this, args);
    self.exit();
    return ret;
  }
  defineDomain(runBound, this);
  return runBound;
};

// ---- EventEmitter integration ------------------------------------------------------------------------
EventEmitter.usingDomains = true;

const eventInit = EventEmitter.init;
EventEmitter.init = function init(opts) {
  defineDomain(this, null);
  if (!(this instanceof Domain)) {
    const active = getActive();
    if (active) this.domain = active;
  }
  return ReflectApply(eventInit, this, [opts]);
};

const eventEmit = EventEmitter.prototype.emit;
EventEmitter.prototype.emit = function emit(...args) {
  const domain = this.domain;
  const type = args[0];
  if (domain === null || domain === undefined || this === process ||
      (type === 'error' && this.listenerCount('error') > 0)) {
    return ReflectApply(eventEmit, this, args);
  }
  if (type === 'error') {
    const er = args.length > 1 && args[1] ? args[1] : new ERR_UNHANDLED_ERROR();
    if (typeof er === 'object') {
      er.domainEmitter = this;
      defineDomain(er, domain);
      er.domainThrown = false;
    }
    // The domain's handler runs outside the domain (and its adjacent duplicates) that was active.
    const savedStack = syncStack().slice();
    const saved = activeDomain();
    const savedEmpty = emptyValue;
    let idx = savedStack.length - 1;
    while (idx > -1 && savedStack[idx] === saved) idx--;
    stack = savedStack.slice(0, idx + 1);
    if (stack.length === 0) emptyValue = null;
    setFrameDomain(stack.length === 0 ? undefined : stack[stack.length - 1]);
    domain.emit('error', er);
    stack = savedStack;
    emptyValue = savedEmpty;
    setFrameDomain(saved);
    return false;
  }
  domain.enter();
  const ret = ReflectApply(eventEmit, this, args);
  domain.exit();
  return ret;
};

exports.Domain = Domain;
exports.create = exports.createDomain = function createDomain() {
  return new Domain();
};
