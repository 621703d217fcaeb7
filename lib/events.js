'use strict';
// node:events for nodus: EventEmitter and its static helpers.
//
// Listener storage keeps Node's observable shape, because packages read it:
// `_events` is a null-prototype object mapping an event name to either one
// listener function or an array of listener functions; `_eventsCount` counts
// the names; `_maxListeners` is undefined until set.

const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_UNHANDLED_ERROR,
  },
  genericNodeError,
  kEnhanceStackBeforeInspector,
} = require('internal/errors');

const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInteger,
  validateNumber,
  validateObject,
  validateString,
} = require('internal/validators');

// Cached: emit() is a hot path.
const ReflectApply = Reflect.apply;

const kCapture = Symbol('kCapture');
const kErrorMonitor = Symbol('events.errorMonitor');
const kShapeMode = Symbol('shapeMode');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
const kRejection = Symbol.for('nodejs.rejection');
const kWatermarkData = Symbol.for('nodejs.watermarkData');
const kEmptyObject = Object.freeze({ __proto__: null });
const SymbolDispose = Symbol.dispose || Symbol.for('nodejs.dispose');

let defaultMaxListeners = 10;

let inspectFn;
function inspect(value, options) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

// Optional hooks of the EventTarget implementation, read from
// require('internal/event_target') when that builtin exists:
//   kResistStopPropagation  key of an addEventListener() option that keeps a
//                           listener running after stopImmediatePropagation()
//                           (abort listeners of once()/on()/addAbortListener)
//   isEventTarget(obj)      brand check (default: obj instanceof EventTarget)
//   getEventTargetListeners(target, type)  the listener functions, for
//                           events.getEventListeners() (default: [])
// setMaxListeners()/getMaxListeners() store the limit on the target under
// EventEmitter.kMaxEventTargetListeners(Warned).
let eventTargetModule;
function lazyEventTarget() {
  if (eventTargetModule === undefined) {
    try {
      eventTargetModule = require('internal/event_target');
    } catch {
      eventTargetModule = null;
    }
  }
  return eventTargetModule;
}

function resistStopPropagationKey() {
  const mod = lazyEventTarget();
  return mod && mod.kResistStopPropagation;
}

function onceListenerOptions() {
  const opts = { __proto__: null, once: true };
  const key = resistStopPropagationKey();
  if (key !== undefined && key !== null) opts[key] = true;
  return opts;
}

function isEventTarget(obj) {
  if (obj === null || typeof obj !== 'object') return false;
  const mod = lazyEventTarget();
  if (mod && typeof mod.isEventTarget === 'function') return mod.isEventTarget(obj);
  return typeof EventTarget === 'function' && obj instanceof EventTarget;
}

function checkListener(listener) {
  validateFunction(listener, 'listener');
}

// ---------------------------------------------------------------------------
// EventEmitter

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

Object.defineProperty(EventEmitter.prototype, kCapture, {
  value: false, writable: true, enumerable: false, configurable: false,
});

function init(opts) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this._maxListeners = this._maxListeners || undefined;
    this[kShapeMode] = false;
  } else {
    this._maxListeners = this._maxListeners || undefined;
    this[kShapeMode] = true;
  }

  if (opts?.captureRejections) {
    validateBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = Boolean(opts.captureRejections);
  } else {
    // Keep the default from EventEmitter.captureRejections as an own value.
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
}

function getMaxListenersOf(that) {
  if (that._maxListeners === undefined) return defaultMaxListeners;
  return that._maxListeners;
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return getMaxListenersOf(this);
};

// ---------------------------------------------------------------------------
// emit

function enhanceStackTrace(err, own) {
  let ctorInfo = '';
  try {
    const { name } = this.constructor;
    if (name !== 'EventEmitter') ctorInfo = ` on ${name} instance`;
  } catch {
    // A throwing constructor getter: no extra information.
  }
  const ownStack = String(own.stack).split('\n').slice(1);
  return `${err.stack}\nEmitted 'error' event${ctorInfo} at:\n${ownStack.join('\n')}`;
}

// Lets the fatal-exception printer add where the 'error' event was emitted.
function attachEmitSite(emitter, er) {
  try {
    const capture = {};
    Error.captureStackTrace(capture, EventEmitter.prototype.emit);
    Object.defineProperty(er, kEnhanceStackBeforeInspector, {
      value: enhanceStackTrace.bind(emitter, er, capture),
      configurable: true,
    });
  } catch {
    // The error may be frozen; it is thrown unchanged then.
  }
}

function inspectForUnhandled(er) {
  try {
    return inspect(er);
  } catch {
    return er;
  }
}

EventEmitter.prototype.emit = function emit(type, ...args) {
  let doError = type === 'error';
  const events = this._events;
  if (events !== undefined) {
    if (doError && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
    doError = doError && events.error === undefined;
  } else if (!doError) {
    return false;
  }

  if (doError) {
    const er = args.length > 0 ? args[0] : undefined;
    if (er instanceof Error) {
      attachEmitSite(this, er);
      throw er; // Unhandled 'error' event
    }
    const err = new ERR_UNHANDLED_ERROR(inspectForUnhandled(er));
    err.context = er;
    throw err; // Unhandled 'error' event
  }

  const handler = events[type];
  if (handler === undefined) return false;

  if (typeof handler === 'function') {
    const result = ReflectApply(handler, this, args);
    if (result !== undefined && result !== null) addCatch(this, result, type, args);
  } else {
    // Copy: listeners added or removed while emitting do not affect this emit.
    const len = handler.length;
    const listeners = arrayClone(handler, len);
    for (let i = 0; i < len; ++i) {
      const result = ReflectApply(listeners[i], this, args);
      if (result !== undefined && result !== null) addCatch(this, result, type, args);
    }
  }
  return true;
};

function arrayClone(arr, len) {
  switch (len) {
    case 2: return [arr[0], arr[1]];
    case 3: return [arr[0], arr[1], arr[2]];
    case 4: return [arr[0], arr[1], arr[2], arr[3]];
    case 5: return [arr[0], arr[1], arr[2], arr[3], arr[4]];
    case 6: return [arr[0], arr[1], arr[2], arr[3], arr[4], arr[5]];
    default: return Array.prototype.slice.call(arr, 0, len);
  }
}

// captureRejections: a listener's rejected promise becomes an 'error' event
// (or a call of emitter[Symbol.for('nodejs.rejection')]).
function addCatch(that, promise, type, args) {
  if (!that[kCapture]) return;
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      ReflectApply(then, promise, [undefined, function(err) {
        process.nextTick(emitUnhandledRejectionOrErr, that, err, type, args);
      }]);
    }
  } catch (err) {
    that.emit('error', err);
  }
}

function emitUnhandledRejectionOrErr(ee, err, type, args) {
  if (typeof ee[kRejection] === 'function') {
    ee[kRejection](err, type, ...args);
  } else {
    // Avoid an endless loop if an 'error' listener itself rejects.
    const prev = ee[kCapture];
    try {
      ee[kCapture] = false;
      ee.emit('error', err);
    } finally {
      ee[kCapture] = prev;
    }
  }
}

// ---------------------------------------------------------------------------
// Adding listeners

function warnMaxListeners(target, type, count, max) {
  const w = genericNodeError(
    `Possible EventEmitter memory leak detected. ${count} ${String(type)} listeners ` +
    `added to ${inspect(target, { depth: -1 })}. MaxListeners is ${max}. ` +
    'Use emitter.setMaxListeners() to increase limit',
    { name: 'MaxListenersExceededWarning', emitter: target, type, count });
  process.emitWarning(w);
}

function addListenerImpl(target, type, listener, prepend) {
  checkListener(listener);

  let events = target._events;
  let existing;
  if (events === undefined) {
    events = target._events = { __proto__: null };
    target._eventsCount = 0;
  } else {
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ?? listener);
      // A 'newListener' listener may have replaced _events.
      events = target._events;
    }
    existing = events[type];
  }

  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
  } else {
    if (typeof existing === 'function') {
      existing = events[type] = prepend ? [listener, existing] : [existing, listener];
    } else if (prepend) {
      existing.unshift(listener);
    } else {
      existing.push(listener);
    }

    const m = getMaxListenersOf(target);
    if (m > 0 && existing.length > m && !existing.warned) {
      existing.warned = true;
      warnMaxListeners(target, type, existing.length, m);
    }
  }
  return target;
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return addListenerImpl(this, type, listener, false);
};

EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return addListenerImpl(this, type, listener, true);
};

function onceWrapper() {
  if (!this.fired) {
    this.target.removeListener(this.type, this.wrapFn);
    this.fired = true;
    if (arguments.length === 0) return this.listener.call(this.target);
    return this.listener.apply(this.target, arguments);
  }
}

function onceWrap(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, onceWrap(this, type, listener));
  return this;
};

// ---------------------------------------------------------------------------
// Removing listeners

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  checkListener(listener);

  const events = this._events;
  if (events === undefined) return this;

  const list = events[type];
  if (list === undefined) return this;

  if (list === listener || list.listener === listener) {
    this._eventsCount -= 1;
    if (this[kShapeMode]) {
      // Keep the key: the object keeps its shape.
      events[type] = undefined;
      if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
    } else if (this._eventsCount === 0) {
      this._events = { __proto__: null };
    } else {
      delete events[type];
      if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
    }
  } else if (typeof list !== 'function') {
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;

    if (position === 0) {
      list.shift();
    } else {
      // One element out, in place (cheaper than splice(), which builds a result array).
      for (let i = position + 1; i < list.length; i++) list[i - 1] = list[i];
      list.pop();
    }

    if (list.length === 1) events[type] = list[0];

    if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  }
  return this;
};

EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;

  // Without 'removeListener' listeners there is nobody to tell.
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = { __proto__: null };
      else delete events[type];
    }
    this[kShapeMode] = false;
    return this;
  }

  if (arguments.length === 0) {
    for (const key of Reflect.ownKeys(events)) {
      if (key === 'removeListener') continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }

  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    // Last in, first out.
    for (let i = listeners.length - 1; i >= 0; i--) {
      this.removeListener(type, listeners[i]);
    }
  }
  return this;
};

// ---------------------------------------------------------------------------
// Introspection

function unwrapListeners(arr) {
  const ret = new Array(arr.length);
  for (let i = 0; i < ret.length; ++i) {
    const orig = arr[i].listener;
    ret[i] = typeof orig === 'function' ? orig : arr[i];
  }
  return ret;
}

function listenersOf(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const listener = events[type];
  if (listener === undefined) return [];
  if (typeof listener === 'function') {
    return unwrap ? [listener.listener || listener] : [listener];
  }
  return unwrap ? unwrapListeners(listener) : arrayClone(listener, listener.length);
}

EventEmitter.prototype.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

function listenerCount(type, listener) {
  const events = this._events;
  if (events !== undefined) {
    const evlistener = events[type];
    if (typeof evlistener === 'function') {
      if (listener != null) {
        return listener === evlistener || listener === evlistener.listener ? 1 : 0;
      }
      return 1;
    } else if (evlistener !== undefined) {
      if (listener != null) {
        let matching = 0;
        for (let i = 0, l = evlistener.length; i < l; i++) {
          if (evlistener[i] === listener || evlistener[i].listener === listener) matching++;
        }
        return matching;
      }
      return evlistener.length;
    }
  }
  return 0;
}

EventEmitter.prototype.listenerCount = listenerCount;

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

// Deprecated (DEP0033): use emitter.listenerCount().
function staticListenerCount(emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return ReflectApply(listenerCount, emitter, [type]);
}

// ---------------------------------------------------------------------------
// Static helpers

function getEventTargetListeners(target, type) {
  const mod = lazyEventTarget();
  if (mod && typeof mod.getEventTargetListeners === 'function') {
    return mod.getEventTargetListeners(target, type);
  }
  return [];
}

function getEventListeners(emitterOrTarget, type) {
  // Like Node, null/undefined fail with a plain TypeError here.
  if (typeof emitterOrTarget.listeners === 'function') {
    return emitterOrTarget.listeners(type);
  }
  if (isEventTarget(emitterOrTarget)) {
    return getEventTargetListeners(emitterOrTarget, type);
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') {
    return getMaxListenersOf(emitterOrTarget);
  }
  if (isEventTarget(emitterOrTarget)) {
    const max = emitterOrTarget[kMaxEventTargetListeners];
    return max === undefined ? defaultMaxListeners : max;
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function setMaxListeners(n = defaultMaxListeners, ...eventTargets) {
  validateNumber(n, 'setMaxListeners', 0);
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (let i = 0; i < eventTargets.length; i++) {
    const target = eventTargets[i];
    if (isEventTarget(target)) {
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
    } else if (typeof target.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw new ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
}

function addListenerAgnostic(emitter, name, listener, flags) {
  if (typeof emitter.on === 'function') {
    if (flags?.once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, flags);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function removeListenerAgnostic(emitter, name, listener, flags) {
  if (typeof emitter.removeListener === 'function') {
    emitter.removeListener(name, listener);
  } else if (typeof emitter.removeEventListener === 'function') {
    emitter.removeEventListener(name, listener, flags);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

// Resolves with the arguments of the next `name` event; rejects on 'error'.
async function once(emitter, name, options = kEmptyObject) {
  validateObject(options, 'options');
  const signal = options?.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) {
    throw new AbortError(undefined, { cause: signal?.reason });
  }
  return new Promise((resolve, reject) => {
    const errorListener = (err) => {
      emitter.removeListener(name, resolver);
      if (signal != null) removeListenerAgnostic(signal, 'abort', abortListener);
      reject(err);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === 'function') {
        emitter.removeListener('error', errorListener);
      }
      if (signal != null) removeListenerAgnostic(signal, 'abort', abortListener);
      resolve(args);
    };

    addListenerAgnostic(emitter, name, resolver, onceListenerOptions());
    if (name !== 'error' && typeof emitter.once === 'function') {
      // EventTarget has no 'error' event.
      emitter.once('error', errorListener);
    }

    function abortListener() {
      removeListenerAgnostic(emitter, name, resolver);
      removeListenerAgnostic(emitter, 'error', errorListener);
      reject(new AbortError(undefined, { cause: signal?.reason }));
    }
    if (signal != null) {
      addListenerAgnostic(signal, 'abort', abortListener, onceListenerOptions());
    }
  });
}

const AsyncIteratorPrototype = Object.getPrototypeOf(
  Object.getPrototypeOf(async function* () {}).prototype);

function createIterResult(value, done) {
  return { value, done };
}

// An async iterator over `event`: each value is the array of the event's
// arguments. Ends on abort, on a `close` event or return(); throws on 'error'.
function on(emitter, event, options = kEmptyObject) {
  validateObject(options, 'options');
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) {
    throw new AbortError(undefined, { cause: signal?.reason });
  }
  const highWatermark = options.highWaterMark ?? options.highWatermark ??
    Number.MAX_SAFE_INTEGER;
  validateInteger(highWatermark, 'options.highWaterMark', 1);
  const lowWatermark = options.lowWaterMark ?? options.lowWatermark ?? 1;
  validateInteger(lowWatermark, 'options.lowWaterMark', 1);

  const unconsumedEvents = [];
  const unconsumedPromises = [];
  let paused = false;
  let error = null;
  let finished = false;

  const iterator = Object.setPrototypeOf({
    next() {
      // Buffered events first.
      if (unconsumedEvents.length > 0) {
        const value = unconsumedEvents.shift();
        if (paused && unconsumedEvents.length < lowWatermark) {
          emitter.resume();
          paused = false;
        }
        return Promise.resolve(createIterResult(value, false));
      }
      // Then a pending error, once.
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return closeHandler();
      return new Promise(function(resolve, reject) {
        unconsumedPromises.push({ resolve, reject });
      });
    },

    return() {
      return closeHandler();
    },

    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
      }
      errorHandler(err);
    },

    [Symbol.asyncIterator]() {
      return this;
    },

    [kWatermarkData]: {
      get size() {
        return unconsumedEvents.length;
      },
      get low() {
        return lowWatermark;
      },
      get high() {
        return highWatermark;
      },
      get isPaused() {
        return paused;
      },
    },
  }, AsyncIteratorPrototype);

  const cleanups = [];
  function listen(target, name, fn, flags) {
    addListenerAgnostic(target, name, fn, flags);
    cleanups.push(() => removeListenerAgnostic(target, name, fn, flags));
  }

  listen(emitter, event, eventHandler);
  if (event !== 'error' && typeof emitter.on === 'function') {
    listen(emitter, 'error', errorHandler);
  }
  const closeEvents = options?.close;
  if (closeEvents?.length) {
    for (let i = 0; i < closeEvents.length; i++) {
      listen(emitter, closeEvents[i], closeHandler);
    }
  }
  if (signal) {
    listen(signal, 'abort', abortListener, onceListenerOptions());
  }

  return iterator;

  function abortListener() {
    errorHandler(new AbortError(undefined, { cause: signal?.reason }));
  }

  function eventHandler(...args) {
    const value = typeof emitter.on === 'function' ? args : [args[0]];
    if (unconsumedPromises.length > 0) {
      unconsumedPromises.shift().resolve(createIterResult(value, false));
    } else {
      unconsumedEvents.push(value);
      if (unconsumedEvents.length > highWatermark && !paused &&
          typeof emitter.pause === 'function') {
        paused = true;
        emitter.pause();
      }
    }
  }

  function errorHandler(err) {
    if (unconsumedPromises.length > 0) unconsumedPromises.shift().reject(err);
    else error = err;
    closeHandler();
  }

  function closeHandler() {
    while (cleanups.length > 0) cleanups.pop()();
    finished = true;
    const doneResult = createIterResult(undefined, true);
    while (unconsumedPromises.length > 0) unconsumedPromises.shift().resolve(doneResult);
    return Promise.resolve(doneResult);
  }
}

// Runs `listener` once when `signal` aborts (now, in a microtask, if it
// already has). Returns a disposable that removes the listener.
function addAbortListener(signal, listener) {
  if (signal === undefined) {
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');

  let removeEventListener;
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener, onceListenerOptions());
    removeEventListener = () => {
      signal.removeEventListener('abort', listener);
    };
  }
  return {
    __proto__: null,
    [SymbolDispose]() {
      removeEventListener?.();
    },
  };
}

// ---------------------------------------------------------------------------
// EventEmitterAsyncResource (needs async_hooks.AsyncResource)

let EventEmitterAsyncResourceClass;
function lazyEventEmitterAsyncResource() {
  if (EventEmitterAsyncResourceClass !== undefined) return EventEmitterAsyncResourceClass;
  let AsyncResource;
  try {
    AsyncResource = require('async_hooks').AsyncResource;
  } catch {
    AsyncResource = undefined;
  }
  if (typeof AsyncResource !== 'function') {
    EventEmitterAsyncResourceClass = class EventEmitterAsyncResource extends EventEmitter {
      constructor() {
        super();
        throw new ERR_METHOD_NOT_IMPLEMENTED('EventEmitterAsyncResource');
      }
    };
    return EventEmitterAsyncResourceClass;
  }

  const kEventEmitter = Symbol('kEventEmitter');
  const kAsyncResource = Symbol('kAsyncResource');

  class EventEmitterReferencingAsyncResource extends AsyncResource {
    constructor(ee, type, options) {
      super(type, options);
      this[kEventEmitter] = ee;
    }

    get eventEmitter() {
      if (this[kEventEmitter] === undefined) {
        throw new ERR_INVALID_THIS('EventEmitterReferencingAsyncResource');
      }
      return this[kEventEmitter];
    }
  }

  EventEmitterAsyncResourceClass = class EventEmitterAsyncResource extends EventEmitter {
    constructor(options = undefined) {
      let name;
      if (typeof options === 'string') {
        name = options;
        options = undefined;
      } else {
        if (new.target === EventEmitterAsyncResource) {
          validateString(options?.name, 'options.name');
        }
        name = options?.name || new.target.name;
      }
      super(options);
      this[kAsyncResource] = new EventEmitterReferencingAsyncResource(this, name, options);
    }

    emit(event, ...args) {
      if (this[kAsyncResource] === undefined) {
        throw new ERR_INVALID_THIS('EventEmitterAsyncResource');
      }
      const { asyncResource } = this;
      args.unshift(super.emit, this, event);
      return ReflectApply(asyncResource.runInAsyncScope, asyncResource, args);
    }

    emitDestroy() {
      if (this[kAsyncResource] === undefined) {
        throw new ERR_INVALID_THIS('EventEmitterAsyncResource');
      }
      this.asyncResource.emitDestroy();
    }

    get asyncId() {
      if (this[kAsyncResource] === undefined) {
        throw new ERR_INVALID_THIS('EventEmitterAsyncResource');
      }
      return this.asyncResource.asyncId();
    }

    get triggerAsyncId() {
      if (this[kAsyncResource] === undefined) {
        throw new ERR_INVALID_THIS('EventEmitterAsyncResource');
      }
      return this.asyncResource.triggerAsyncId();
    }

    get asyncResource() {
      if (this[kAsyncResource] === undefined) {
        throw new ERR_INVALID_THIS('EventEmitterAsyncResource');
      }
      return this[kAsyncResource];
    }
  };
  return EventEmitterAsyncResourceClass;
}

// ---------------------------------------------------------------------------
// Exports: the module is the EventEmitter constructor itself. The order of
// the static properties is Node's (Object.keys(require('events'))).

module.exports = EventEmitter;
module.exports.addAbortListener = addAbortListener;
module.exports.once = once;
module.exports.on = on;
module.exports.getEventListeners = getEventListeners;
module.exports.getMaxListeners = getMaxListeners;
module.exports.EventEmitter = EventEmitter;
module.exports.usingDomains = false;
module.exports.captureRejectionSymbol = kRejection;

Object.defineProperties(EventEmitter, {
  captureRejections: {
    get() {
      return EventEmitter.prototype[kCapture];
    },
    set(value) {
      validateBoolean(value, 'EventEmitter.captureRejections');
      EventEmitter.prototype[kCapture] = value;
    },
    enumerable: true,
    configurable: false,
  },
  EventEmitterAsyncResource: {
    enumerable: true,
    get: lazyEventEmitterAsyncResource,
    set: undefined,
    configurable: true,
  },
  errorMonitor: {
    value: kErrorMonitor,
    writable: true,
    enumerable: true,
    configurable: true,
  },
  defaultMaxListeners: {
    get() {
      return defaultMaxListeners;
    },
    set(arg) {
      validateNumber(arg, 'defaultMaxListeners', 0);
      defaultMaxListeners = arg;
    },
    enumerable: true,
    configurable: false,
  },
  kMaxEventTargetListeners: {
    value: kMaxEventTargetListeners,
    enumerable: false,
    configurable: false,
    writable: false,
  },
  kMaxEventTargetListenersWarned: {
    value: kMaxEventTargetListenersWarned,
    enumerable: false,
    configurable: false,
    writable: false,
  },
});

// Node assigns these three as anonymous functions: their name is ''.
for (const fn of [setMaxListeners, init, staticListenerCount]) {
  Object.defineProperty(fn, 'name', { value: '' });
}
module.exports.setMaxListeners = setMaxListeners;
EventEmitter.init = init;
EventEmitter.listenerCount = staticListenerCount;
