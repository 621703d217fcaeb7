'use strict';
// node:async_hooks: AsyncLocalStorage, AsyncResource, createHook and the execution ids. The
// machinery lives in internal/async_hooks.js; loading this module turns it on.

const {
  codes: {
    ERR_ASYNC_CALLBACK,
    ERR_ASYNC_TYPE,
    ERR_INVALID_ASYNC_ID,
  },
} = require('internal/errors');
const { validateFunction, validateString } = require('internal/validators');
const internal = require('internal/async_hooks');
const {
  async_id_symbol,
  trigger_async_id_symbol,
  kFrame,
  getFrame,
  setFrame,
} = internal;

internal.enable();

const ReflectApply = Reflect.apply;
const kEmptyObject = Object.freeze({ __proto__: null });

// ---- createHook -------------------------------------------------------------------------------
const kHookFns = Symbol('hookFns');

class AsyncHook {
  constructor({ init, before, after, destroy, promiseResolve }) {
    if (init !== undefined && typeof init !== 'function') throw new ERR_ASYNC_CALLBACK('hook.init');
    if (before !== undefined && typeof before !== 'function') {
      throw new ERR_ASYNC_CALLBACK('hook.before');
    }
    if (after !== undefined && typeof after !== 'function') throw new ERR_ASYNC_CALLBACK('hook.after');
    if (destroy !== undefined && typeof destroy !== 'function') {
      throw new ERR_ASYNC_CALLBACK('hook.destroy');
    }
    if (promiseResolve !== undefined && typeof promiseResolve !== 'function') {
      throw new ERR_ASYNC_CALLBACK('hook.promiseResolve');
    }
    this[kHookFns] = { init, before, after, destroy, promiseResolve };
  }

  enable() {
    internal.addHook(this, this[kHookFns]);
    return this;
  }

  disable() {
    internal.removeHook(this);
    return this;
  }
}

function createHook(fns) {
  return new AsyncHook(fns);
}

// ---- AsyncResource ----------------------------------------------------------------------------
const destroyedSymbol = Symbol('destroyed');

class AsyncResource {
  constructor(type, opts = kEmptyObject) {
    validateString(type, 'type');
    let triggerAsyncId = opts;
    let requireManualDestroy = false;
    if (typeof opts !== 'number') {
      triggerAsyncId = opts.triggerAsyncId === undefined ?
        internal.getDefaultTriggerAsyncId() : opts.triggerAsyncId;
      requireManualDestroy = !!opts.requireManualDestroy;
    }
    if (!Number.isSafeInteger(triggerAsyncId) || triggerAsyncId < -1) {
      throw new ERR_INVALID_ASYNC_ID('triggerAsyncId', triggerAsyncId);
    }
    const asyncId = internal.newAsyncId();
    this[async_id_symbol] = asyncId;
    this[trigger_async_id_symbol] = triggerAsyncId;
    this[kFrame] = getFrame();
    if (internal.hasHooks('init')) {
      if (type.length === 0) throw new ERR_ASYNC_TYPE(type);
      internal.emitInit(asyncId, type, triggerAsyncId, this);
    }
    if (!requireManualDestroy && internal.hasHooks('destroy')) {
      destroyRegistry ??= new FinalizationRegistry((id) => internal.emitDestroy(id));
      destroyRegistry.register(this, asyncId, this);
    }
  }

  runInAsyncScope(fn, thisArg, ...args) {
    const asyncId = this[async_id_symbol];
    internal.emitBefore(asyncId, this[trigger_async_id_symbol], this);
    const prev = getFrame();
    setFrame(this[kFrame]);
    try {
      return ReflectApply(fn, thisArg, args);
    } finally {
      setFrame(prev);
      internal.emitAfter(asyncId);
    }
  }

  emitDestroy() {
    if (this[destroyedSymbol] !== true) {
      this[destroyedSymbol] = true;
      if (destroyRegistry !== undefined) destroyRegistry.unregister(this);
      internal.emitDestroy(this[async_id_symbol]);
    }
    return this;
  }

  asyncId() {
    return this[async_id_symbol];
  }

  triggerAsyncId() {
    return this[trigger_async_id_symbol];
  }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    let bound;
    if (thisArg === undefined) {
      const resource = this;
      bound = function(...args) {
        return resource.runInAsyncScope(fn, this, ...args);
      };
    } else {
      bound = this.runInAsyncScope.bind(this, fn, thisArg);
    }
    let self = this;
    Object.defineProperties(bound, {
      'length': {
        __proto__: null, configurable: true, enumerable: false, value: fn.length, writable: false,
      },
      'asyncResource': {
        __proto__: null,
        configurable: true,
        enumerable: true,
        get() { return self; },
        set(val) { self = val; },
      },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name || 'bound-anonymous-fn';
    return (new AsyncResource(type)).bind(fn, thisArg);
  }
}
let destroyRegistry;

// ---- AsyncLocalStorage ------------------------------------------------------------------------
// A frame is an immutable Map (storage -> store); entering a store makes a new one.
function frameWith(storage, store) {
  internal.activateFrames();
  const prev = getFrame();
  const next = prev === undefined ? new Map() : new Map(prev);
  next.set(storage, store);
  return next;
}

class AsyncLocalStorage {
  constructor() {
    this.kResourceStore = Symbol('kResourceStore');
    this.enabled = false;
  }

  static bind(fn) {
    return AsyncResource.bind(fn);
  }

  static snapshot() {
    const frame = getFrame();
    return function runInAsyncScope(fn, ...args) {
      const prev = getFrame();
      setFrame(frame);
      try {
        return ReflectApply(fn, this, args);
      } finally {
        setFrame(prev);
      }
    };
  }

  disable() {
    this.enabled = false;
  }

  _enable() {
    this.enabled = true;
  }

  _propagate() {}

  enterWith(store) {
    this._enable();
    setFrame(frameWith(this, store));
  }

  run(store, callback, ...args) {
    this._enable();
    const prev = getFrame();
    setFrame(frameWith(this, store));
    try {
      return ReflectApply(callback, null, args);
    } finally {
      setFrame(prev);
    }
  }

  exit(callback, ...args) {
    if (!this.enabled) return ReflectApply(callback, null, args);
    // What starts inside exit() carries no store.
    const prev = getFrame();
    setFrame(frameWith(this, undefined));
    this.disable();
    try {
      return ReflectApply(callback, null, args);
    } finally {
      this._enable();
      setFrame(prev);
    }
  }

  getStore() {
    if (!this.enabled) return undefined;
    const frame = getFrame();
    return frame === undefined ? undefined : frame.get(this);
  }
}

// The providers of native resources, under node 22's names and numbers.
const asyncWrapProviders = Object.freeze({
  __proto__: null,
  ...Object.fromEntries([
    'NONE', 'DIRHANDLE', 'DNSCHANNEL', 'ELDHISTOGRAM', 'FILEHANDLE', 'FILEHANDLECLOSEREQ',
    'BLOBREADER', 'FSEVENTWRAP', 'FSREQCALLBACK', 'FSREQPROMISE', 'GETADDRINFOREQWRAP',
    'GETNAMEINFOREQWRAP', 'HEAPSNAPSHOT', 'HTTP2SESSION', 'HTTP2STREAM', 'HTTP2PING',
    'HTTP2SETTINGS', 'HTTPINCOMINGMESSAGE', 'HTTPCLIENTREQUEST', 'JSSTREAM', 'JSUDPWRAP',
    'MESSAGEPORT', 'PIPECONNECTWRAP', 'PIPESERVERWRAP', 'PIPEWRAP', 'PROCESSWRAP', 'PROMISE',
    'QUERYWRAP', 'QUIC_ENDPOINT', 'QUIC_LOGSTREAM', 'QUIC_PACKET', 'QUIC_SESSION',
    'QUIC_STREAM', 'QUIC_UDP', 'SHUTDOWNWRAP', 'SIGNALWRAP', 'STATWATCHER', 'STREAMPIPE',
    'TCPCONNECTWRAP', 'TCPSERVERWRAP', 'TCPWRAP', 'TTYWRAP', 'UDPSENDWRAP', 'UDPWRAP',
    'SIGINTWATCHDOG', 'WORKER', 'WORKERCPUPROFILE', 'WORKERCPUUSAGE', 'WORKERHEAPSNAPSHOT',
    'WORKERHEAPSTATISTICS', 'WRITEWRAP', 'ZLIB', 'CHECKPRIMEREQUEST', 'PBKDF2REQUEST',
    'KEYPAIRGENREQUEST', 'KEYGENREQUEST', 'KEYEXPORTREQUEST', 'CIPHERREQUEST',
    'DERIVEBITSREQUEST', 'HASHREQUEST', 'RANDOMBYTESREQUEST', 'RANDOMPRIMEREQUEST',
    'SCRYPTREQUEST', 'SIGNREQUEST', 'TLSWRAP', 'VERIFYREQUEST',
  ].map((name, i) => [name, i])),
});

module.exports = {
  AsyncLocalStorage,
  createHook,
  executionAsyncId: internal.executionAsyncId,
  triggerAsyncId: internal.triggerAsyncId,
  executionAsyncResource: internal.executionAsyncResource,
  asyncWrapProviders,
  AsyncResource,
};
