'use strict';
// EventTarget, Event, CustomEvent and NodeEventTarget (WHATWG DOM events, with
// Node 22's observable behaviour where it departs from the spec):
//  - there is no tree: an event is only ever AT_TARGET, composedPath() is
//    [target] while dispatching;
//  - the "being dispatched" flag is cleared after the first listener runs, so
//    later listeners see eventPhase 0 and currentTarget null (and may even
//    re-dispatch the event);
//  - listeners added during a dispatch run in that dispatch when they are
//    appended behind a listener still to run;
//  - an error thrown by a listener (or a rejected promise it returns) is
//    reported as an uncaught exception from process.nextTick; object
//    listeners' handleEvent runs through an async wrapper, so its errors
//    arrive a microtask later.
//
// Hooks read by lib/events.js: kResistStopPropagation, isEventTarget(),
// getEventTargetListeners().

const {
  codes: {
    ERR_EVENT_RECURSION,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateObject,
  validateString,
  kValidateObjectAllowObjects,
  kValidateObjectAllowNullable,
} = require('internal/validators');

const kInspect = Symbol.for('nodejs.util.inspect.custom');

let inspectFn;
function inspect(value, options) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

// `Name { ...obj }` one level deeper, as Node prints web objects.
function inspectAs(name, obj, options) {
  const depth = Number.isInteger(options.depth) ? options.depth - 1 : options.depth;
  return `${name} ${inspect(obj, { ...options, depth })}`;
}

let eventsModule;
let kMaxListeners;
let kMaxListenersWarned;
function lazyEvents() {
  if (eventsModule === undefined) {
    eventsModule = require('events');
    kMaxListeners = eventsModule.kMaxEventTargetListeners;
    kMaxListenersWarned = eventsModule.kMaxEventTargetListenersWarned;
  }
  return eventsModule;
}

let processUptime;
function now() {
  if (processUptime === undefined) processUptime = internalBinding('process_methods').uptime;
  return processUptime() * 1000;
}

// Own symbol-keyed state, visible like Node's through getOwnPropertySymbols().
const kType = Symbol('type');
const kTarget = Symbol('kTarget');
const kIsBeingDispatched = Symbol('kIsBeingDispatched');
const kInPassiveListener = Symbol('kInPassiveListener');
const kEvents = Symbol('kEvents');
const kHandlers = Symbol('kHandlers');
const kIsEventTarget = Symbol.for('nodejs.event_target');
const kIsNodeEventTarget = Symbol('kIsNodeEventTarget');

// Internal option keys and hooks.
const kTrustEvent = Symbol('kTrustEvent');
const kIsNodeStyleListener = Symbol('kIsNodeStyleListener');
const kWeakHandler = Symbol('kWeak');
const kResistStopPropagation = Symbol('kResistStopPropagation');
const kCreateEvent = Symbol('kCreateEvent');
const kNewListener = Symbol('kNewListener');
const kRemoveListener = Symbol('kRemoveListener');
const kHybridDispatch = Symbol.for('nodejs.internal.kHybridDispatch');

const trustedEvents = new WeakSet();

function isEvent(value) {
  return value !== null && typeof value === 'object' && typeof value[kType] === 'string';
}

function checkEvent(value) {
  if (!isEvent(value)) throw new ERR_INVALID_THIS('Event');
}

function emitUncaughtException(err) {
  process.nextTick(() => {
    throw err;
  });
}

// A returned thenable that rejects is reported like a thrown error.
function addCatch(result) {
  if ((typeof result !== 'object' && typeof result !== 'function') || result === null) return;
  const then = result.then;
  if (typeof then === 'function') {
    Reflect.apply(then, result, [undefined, emitUncaughtException]);
  }
}

class Event {
  #cancelable = false;
  #bubbles = false;
  #composed = false;
  #defaultPrevented = false;
  #timestamp = 0;
  #propagationStopped = false;
  #stop = false;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (options !== undefined) validateObject(options, 'options', kValidateObjectAllowNullable);
    this.#bubbles = !!options?.bubbles;
    this.#cancelable = !!options?.cancelable;
    this.#composed = !!options?.composed;
    this[kType] = `${type}`;
    if (options?.[kTrustEvent]) trustedEvents.add(this);
    this[kTarget] = null;
    this[kIsBeingDispatched] = false;
    this[kInPassiveListener] = false;
    this.#timestamp = now();
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    checkEvent(this);
    if (this[kIsBeingDispatched]) return;
    this[kType] = `${type}`;
    this.#bubbles = !!bubbles;
    this.#cancelable = !!cancelable;
  }

  [kInspect](depth, options) {
    checkEvent(this);
    const name = this.constructor.name;
    if (depth < 0) return name;
    return inspectAs(name, {
      type: this[kType],
      defaultPrevented: this.#cancelable && this.#defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timestamp,
    }, options);
  }

  stopImmediatePropagation() {
    checkEvent(this);
    this.#propagationStopped = true;
    this.#stop = true;
  }

  preventDefault() {
    checkEvent(this);
    if (this[kInPassiveListener]) return;
    this.#defaultPrevented = true;
  }

  get target() {
    checkEvent(this);
    return this[kTarget];
  }

  get currentTarget() {
    checkEvent(this);
    return this[kIsBeingDispatched] ? this[kTarget] : null;
  }

  get srcElement() {
    checkEvent(this);
    return this[kTarget];
  }

  get type() {
    checkEvent(this);
    return this[kType];
  }

  get cancelable() {
    checkEvent(this);
    return this.#cancelable;
  }

  get defaultPrevented() {
    checkEvent(this);
    return this.#cancelable && this.#defaultPrevented;
  }

  get timeStamp() {
    checkEvent(this);
    return this.#timestamp;
  }

  composedPath() {
    checkEvent(this);
    return this[kIsBeingDispatched] ? [this[kTarget]] : [];
  }

  get returnValue() {
    checkEvent(this);
    return !(this.#cancelable && this.#defaultPrevented);
  }

  set returnValue(value) {
    checkEvent(this);
    if (!value) this.preventDefault();
  }

  get bubbles() {
    checkEvent(this);
    return this.#bubbles;
  }

  get composed() {
    checkEvent(this);
    return this.#composed;
  }

  get eventPhase() {
    checkEvent(this);
    return this[kIsBeingDispatched] ? Event.AT_TARGET : Event.NONE;
  }

  get cancelBubble() {
    checkEvent(this);
    return this.#propagationStopped;
  }

  set cancelBubble(value) {
    checkEvent(this);
    if (value) this.#propagationStopped = true;
  }

  stopPropagation() {
    checkEvent(this);
    this.#propagationStopped = true;
  }

  get isTrusted() {
    return trustedEvents.has(this);
  }

  // Used by the dispatch loop (stopImmediatePropagation() was called).
  static isStopped(event) {
    return #stop in event && event.#stop;
  }
}

function enumerableMembers(proto, names) {
  for (const name of names) {
    const desc = Object.getOwnPropertyDescriptor(proto, name);
    desc.enumerable = true;
    Object.defineProperty(proto, name, desc);
  }
}

// Symbol.toStringTag on a class's prototype, as WebIDL interfaces have it.
function defineToStringTag(ctor, tag) {
  Object.defineProperty(ctor.prototype, Symbol.toStringTag, {
    value: tag, writable: false, enumerable: false, configurable: true,
  });
}

const isStopped = Event.isStopped;
delete Event.isStopped;

enumerableMembers(Event.prototype, [
  'initEvent', 'stopImmediatePropagation', 'preventDefault', 'target', 'currentTarget',
  'srcElement', 'type', 'cancelable', 'defaultPrevented', 'timeStamp', 'composedPath',
  'returnValue', 'bubbles', 'composed', 'eventPhase', 'cancelBubble', 'stopPropagation',
]);
Object.defineProperty(Event.prototype, 'isTrusted', {
  get: Object.getOwnPropertyDescriptor(Event.prototype, 'isTrusted').get,
  enumerable: true,
  configurable: false,
});
defineToStringTag(Event, 'Event');
for (const [name, value] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2],
  ['BUBBLING_PHASE', 3]]) {
  Object.defineProperty(Event, name, {
    value, writable: false, enumerable: true, configurable: false,
  });
}

class CustomEvent extends Event {
  #detail = null;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this.#detail = options?.detail ?? null;
  }

  get detail() {
    if (!(#detail in this)) throw new ERR_INVALID_THIS('CustomEvent');
    return this.#detail;
  }
}
enumerableMembers(CustomEvent.prototype, ['detail']);
defineToStringTag(CustomEvent, 'CustomEvent');

// ---------------------------------------------------------------------------
// Listener records: a doubly linked list per type, behind a head record that
// counts the live listeners. A removed record keeps its `next`, so a dispatch
// standing on it can go on.

class Listener {
  constructor(previous, listener, once, capture, passive, isNodeStyleListener, weak,
              resistStopPropagation) {
    this.next = undefined;
    this.previous = previous;
    if (previous !== undefined) previous.next = this;
    this.listener = listener;
    this.once = once;
    this.capture = capture;
    this.passive = passive;
    this.isNodeStyleListener = isNodeStyleListener;
    this.removed = false;
    this.resistStopPropagation = resistStopPropagation;
    // `weak` marks listeners registered on behalf of another object (a
    // target's listener on its options.signal): their callbacks only hold
    // that object weakly, so the flag needs no further handling here.
    this.weak = false;
    if (typeof listener === 'function') {
      this.callback = listener;
    } else {
      this.callback = async (...args) => {
        if (listener.handleEvent) await Reflect.apply(listener.handleEvent, listener, args);
      };
    }
  }

  remove() {
    if (this.previous !== undefined) this.previous.next = this.next;
    if (this.next !== undefined) this.next.previous = this.previous;
    this.removed = true;
  }
}

function isEventTarget(obj) {
  return obj != null && obj.constructor != null && obj.constructor[kIsEventTarget] === true;
}

function checkTarget(value) {
  if (!isEventTarget(value)) throw new ERR_INVALID_THIS('EventTarget');
}

function initEventTarget(self) {
  self[kEvents] = new Map();
  const events = lazyEvents();
  self[kMaxListeners] = events.defaultMaxListeners;
  self[kMaxListenersWarned] = false;
  self[kHandlers] = new Map();
}

function validateEventListener(listener) {
  if (typeof listener === 'function' ||
      (listener !== null && typeof listener === 'object')) {
    return true;
  }
  if (listener == null) return false;
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

function validateEventListenerOptions(options) {
  if (typeof options === 'boolean') return { __proto__: null, capture: options };
  if (options === null) return { __proto__: null };
  validateObject(options, 'options', kValidateObjectAllowObjects);
  return {
    __proto__: null,
    once: Boolean(options.once),
    capture: Boolean(options.capture),
    passive: Boolean(options.passive),
    signal: options.signal,
    weak: options[kWeakHandler],
    resistStopPropagation: Boolean(options[kResistStopPropagation] ?? false),
    isNodeStyleListener: Boolean(options[kIsNodeStyleListener]),
  };
}

class EventTarget {
  static [kIsEventTarget] = true;

  constructor() {
    initEventTarget(this);
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    lazyEvents();
    const max = this[kMaxListeners];
    if (max > 0 && size > max && !this[kMaxListenersWarned]) {
      this[kMaxListenersWarned] = true;
      const w = new Error('Possible EventTarget memory leak detected. ' +
        `${size} ${type} listeners added to ${inspect(this, { depth: -1 })}. ` +
        `MaxListeners is ${max}. Use events.setMaxListeners() to increase limit`);
      w.name = 'MaxListenersExceededWarning';
      w.target = this;
      w.type = type;
      w.count = size;
      process.emitWarning(w);
    }
  }

  [kRemoveListener](size, type, listener, capture) {}

  addEventListener(type, listener, options = undefined) {
    checkTarget(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    const {
      once, capture, passive, signal, isNodeStyleListener, weak, resistStopPropagation,
    } = validateEventListenerOptions(options === undefined ? {} : options);
    // Like Node 22: the signal is checked before the listener, and an aborted
    // one makes the call a no-op whatever the listener is.
    validateAbortSignal(signal, 'options.signal');
    if (signal?.aborted) return;

    if (!validateEventListener(listener)) {
      const w = new Error(`addEventListener called with ${listener} which has no effect.`);
      w.name = 'AddEventListenerArgumentTypeWarning';
      w.target = this;
      w.type = type;
      process.emitWarning(w);
      return;
    }
    type = `${type}`;

    if (signal) {
      const targetRef = new WeakRef(this);
      signal.addEventListener('abort', () => {
        const target = targetRef.deref();
        if (target !== undefined) target.removeEventListener(type, listener, options);
      }, { __proto__: null, once: true, [kWeakHandler]: this, [kResistStopPropagation]: true });
    }

    let root = this[kEvents].get(type);
    if (root === undefined) {
      root = { size: 1, next: undefined, last: undefined, resistStopPropagation: false };
      const record = new Listener(undefined, listener, once, capture, passive,
                                  isNodeStyleListener, weak, resistStopPropagation);
      root.next = record;
      record.previous = root;
      root.last = record;
      root.resistStopPropagation = resistStopPropagation;
      this[kNewListener](root.size, type, listener, once, capture, passive, weak);
      this[kEvents].set(type, root);
      return;
    }

    let record = root.next;
    let previous = root;
    while (record !== undefined) {
      if (record.listener === listener && record.capture === capture) return;
      previous = record;
      record = record.next;
    }
    new Listener(previous, listener, once, capture, passive, isNodeStyleListener, weak,
                 resistStopPropagation);
    root.size++;
    if (resistStopPropagation) root.resistStopPropagation = true;
    this[kNewListener](root.size, type, listener, once, capture, passive, weak);
  }

  removeEventListener(type, listener, options = undefined) {
    checkTarget(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!validateEventListener(listener)) return;
    type = `${type}`;
    // Like Node 22, a boolean third argument is not read as `capture` here.
    const capture = options?.capture === true;
    const root = this[kEvents].get(type);
    if (root === undefined || root.next === undefined) return;
    let record = root.next;
    while (record !== undefined) {
      if (record.listener === listener && record.capture === capture) {
        removeRecord(this, root, type, record);
        break;
      }
      record = record.next;
    }
  }

  dispatchEvent(event) {
    checkTarget(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!(event instanceof Event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    if (event[kIsBeingDispatched]) throw new ERR_EVENT_RECURSION(event.type);
    this[kHybridDispatch](event, event.type, event);
    return event.defaultPrevented !== true;
  }

  // Runs the listeners of `type`. `nodeValue` is what Node-style listeners
  // get; `event` the Event for the others (created on demand when absent).
  [kHybridDispatch](nodeValue, type, event) {
    if (event !== undefined) {
      event[kTarget] = this;
      event[kIsBeingDispatched] = true;
    }

    const root = this[kEvents].get(type);
    if (root === undefined || root.next === undefined) {
      if (event !== undefined) event[kIsBeingDispatched] = false;
      return true;
    }

    let handler = root.next;
    while (handler !== undefined) {
      const next = handler.next;
      if (handler.removed ||
          (event !== undefined && !handler.resistStopPropagation && isStopped(event))) {
        handler = next;
        continue;
      }
      if (handler.once) removeRecord(this, root, type, handler);
      try {
        let arg;
        if (handler.isNodeStyleListener) {
          arg = nodeValue;
        } else {
          if (event === undefined) {
            // Created on demand for NodeEventTarget.emit().
            event = this[kCreateEvent](nodeValue, type);
            event[kTarget] = this;
            event[kIsBeingDispatched] = true;
          }
          arg = event;
        }
        let result;
        if (handler.passive) {
          arg[kInPassiveListener] = true;
          try {
            result = Reflect.apply(handler.callback, this, [arg]);
          } finally {
            arg[kInPassiveListener] = false;
          }
        } else {
          result = Reflect.apply(handler.callback, this, [arg]);
        }
        // Node clears the flag after each listener: later ones see phase NONE.
        if (!handler.isNodeStyleListener) arg[kIsBeingDispatched] = false;
        if (result !== undefined && result !== null) addCatch(result);
      } catch (err) {
        emitUncaughtException(err);
      }
      handler = next;
    }
    if (event !== undefined) event[kIsBeingDispatched] = false;
  }

  [kCreateEvent](nodeValue, type) {
    return new CustomEvent(type, { detail: nodeValue });
  }

  [kInspect](depth, options) {
    checkTarget(this);
    const name = this.constructor.name;
    if (depth < 0) return name;
    return inspectAs(name, {}, options);
  }
}

function removeRecord(target, root, type, record) {
  if (record.removed) return;
  if (root.last === record) root.last = record.previous === root ? undefined : record.previous;
  record.remove();
  root.size--;
  if (root.size === 0) root.resistStopPropagation = false;
  target[kRemoveListener](root.size, type, record.listener, record.capture);
}

enumerableMembers(EventTarget.prototype,
                  ['addEventListener', 'removeEventListener', 'dispatchEvent']);
defineToStringTag(EventTarget, 'EventTarget');

// The listener functions (or handleEvent objects) of `type`, for
// events.getEventListeners().
function getEventTargetListeners(target, type) {
  const list = [];
  const root = target[kEvents]?.get(`${type}`);
  let record = root?.next;
  while (record !== undefined) {
    if (!record.removed) list.push(record.listener);
    record = record.next;
  }
  return list;
}

// ---------------------------------------------------------------------------
// NodeEventTarget: an EventTarget with a subset of the EventEmitter API.

function checkNodeTarget(value) {
  if (value == null || value.constructor == null || value.constructor[kIsNodeEventTarget] !== true) {
    throw new ERR_INVALID_THIS('NodeEventTarget');
  }
}

class NodeEventTarget extends EventTarget {
  static [kIsNodeEventTarget] = true;
  static defaultMaxListeners = 10;

  constructor() {
    super();
    initNodeEventTarget(this);
  }

  setMaxListeners(n) {
    checkNodeTarget(this);
    lazyEvents().setMaxListeners(n, this);
  }

  getMaxListeners() {
    checkNodeTarget(this);
    lazyEvents();
    return this[kMaxListeners];
  }

  eventNames() {
    checkNodeTarget(this);
    return Array.from(this[kEvents].keys());
  }

  listenerCount(type) {
    checkNodeTarget(this);
    const root = this[kEvents].get(String(type));
    return root !== undefined ? root.size : 0;
  }

  off(type, listener, options) {
    checkNodeTarget(this);
    this.removeEventListener(type, listener, options);
    return this;
  }

  removeListener(type, listener, options) {
    checkNodeTarget(this);
    this.removeEventListener(type, listener, options);
    return this;
  }

  on(type, listener) {
    checkNodeTarget(this);
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  addListener(type, listener) {
    checkNodeTarget(this);
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  emit(type, arg) {
    checkNodeTarget(this);
    validateString(type, 'type');
    const hadListeners = this.listenerCount(type) > 0;
    this[kHybridDispatch](arg, type);
    return hadListeners;
  }

  once(type, listener) {
    checkNodeTarget(this);
    this.addEventListener(type, listener, { once: true, [kIsNodeStyleListener]: true });
    return this;
  }

  removeAllListeners(type) {
    checkNodeTarget(this);
    if (type !== undefined) {
      this[kEvents].delete(String(type));
    } else {
      this[kEvents].clear();
    }
    return this;
  }
}

function initNodeEventTarget(self) {
  initEventTarget(self);
}

enumerableMembers(NodeEventTarget.prototype, [
  'setMaxListeners', 'getMaxListeners', 'eventNames', 'listenerCount', 'off',
  'removeListener', 'on', 'addListener', 'emit', 'once', 'removeAllListeners',
]);

// ---------------------------------------------------------------------------
// Event handler attributes (`onabort`, `onmessage`, ...): the handler keeps
// the position of the listener registered when it was first set.

function makeEventHandler(handler) {
  function eventHandler(...args) {
    if (typeof eventHandler.handler !== 'function') return;
    return Reflect.apply(eventHandler.handler, this, args);
  }
  eventHandler.handler = handler;
  return eventHandler;
}

function defineEventHandler(emitter, name, event = name) {
  const key = `on${name}`;
  const accessors = {
    get [key]() {
      return this[kHandlers]?.get(event)?.handler ?? null;
    },
    set [key](value) {
      if (!this[kHandlers]) this[kHandlers] = new Map();
      let wrapped = this[kHandlers].get(event);
      const root = this[kEvents].get(event);
      if (wrapped && root !== undefined) {
        if (typeof wrapped.handler === 'function') {
          root.size--;
          this[kRemoveListener](root.size, event, wrapped.handler, false);
        }
        wrapped.handler = value;
        if (typeof wrapped.handler === 'function') {
          root.size++;
          this[kNewListener](root.size, event, value, false, false, false, false);
        }
      } else {
        wrapped = makeEventHandler(value);
        this.addEventListener(event, wrapped);
      }
      this[kHandlers].set(event, wrapped);
    },
  };
  const desc = Object.getOwnPropertyDescriptor(accessors, key);
  desc.enumerable = true;
  desc.configurable = true;
  Object.defineProperty(emitter, key, desc);
}

module.exports = {
  CustomEvent,
  Event,
  EventTarget,
  NodeEventTarget,
  defineEventHandler,
  defineToStringTag,
  enumerableMembers,
  getEventTargetListeners,
  initEventTarget,
  initNodeEventTarget,
  inspectAs,
  isEventTarget,
  kCreateEvent,
  kEvents,
  kHybridDispatch,
  kIsNodeStyleListener,
  kNewListener,
  kRemoveListener,
  kResistStopPropagation,
  kTrustEvent,
  kWeakHandler,
};
