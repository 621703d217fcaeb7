'use strict';
// AbortController and AbortSignal (WHATWG DOM), with Node 22's extras and
// observable details: AbortSignal.timeout() runs on an unref'd timer, any()
// flattens composite sources and aborts every dependant before firing the
// first 'abort' event, and events.addAbortListener() listeners resist
// stopImmediatePropagation().

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const { validateUint32 } = require('internal/validators');
const {
  Event,
  EventTarget,
  defineEventHandler,
  defineToStringTag,
  enumerableMembers,
  inspectAs,
  kNewListener,
  kRemoveListener,
  kTrustEvent,
} = require('internal/event_target');
const { DOMException } = require('internal/per_context/domexception');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kComposite = Symbol('kComposite');
const kSourceSignals = Symbol('kSourceSignals');
const kDependantSignals = Symbol('kDependantSignals');
const kDontThrow = Symbol('kDontThrow');

// Node's shape: the object itself when out of depth, else `Name { ...obj }`.
function customInspect(self, obj, depth, options) {
  if (depth < 0) return self;
  return inspectAs(self.constructor.name, obj, options);
}

function isAbortSignal(value) {
  return value != null && typeof value === 'object' && value[kAborted] !== undefined &&
    value instanceof AbortSignal;
}

function checkSignal(value) {
  if (!isAbortSignal(value)) throw new ERR_INVALID_THIS('AbortSignal');
}

// Sources hold their dependants (AbortSignal.any() results) weakly; a
// dependant with 'abort' listeners is also held strongly by each source, so
// it lives as long as something can still abort it.
const kListenedDependants = Symbol('kListenedDependants');

// A collected dependant leaves its sources' sets.
const dependantCleanup = new FinalizationRegistry(({ ref, sources }) => {
  for (const source of sources) source[kDependantSignals]?.delete(ref);
});

function holdBySources(signal, hold) {
  const sources = signal[kSourceSignals];
  if (sources === undefined) return;
  for (const source of sources) {
    if (hold) {
      if (source[kListenedDependants] === undefined) source[kListenedDependants] = new Set();
      source[kListenedDependants].add(signal);
    } else {
      source[kListenedDependants]?.delete(signal);
    }
  }
}

class AbortSignal extends EventTarget {
  constructor(key = undefined, options = undefined) {
    if (key !== kDontThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    this[kAborted] = options?.aborted ?? false;
    this[kReason] = options?.reason;
    this[kComposite] = options?.composite ?? false;
  }

  get aborted() {
    checkSignal(this);
    return this[kAborted];
  }

  get reason() {
    checkSignal(this);
    return this[kReason];
  }

  throwIfAborted() {
    checkSignal(this);
    if (this[kAborted]) throw this[kReason];
  }

  static abort(
    reason = new DOMException('This operation was aborted', 'AbortError')) {
    return new AbortSignal(kDontThrow, { aborted: true, reason });
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = new AbortSignal(kDontThrow);
    const timer = setTimeout(() => {
      abortSignal(signal, new DOMException(
        'The operation was aborted due to timeout', 'TimeoutError'));
    }, delay);
    if (typeof timer?.unref === 'function') timer.unref();
    return signal;
  }

  static any(signals) {
    const list = toSignalSequence(signals);
    const result = new AbortSignal(kDontThrow, { composite: true });
    if (list.length === 0) return result;
    for (let i = 0; i < list.length; i++) {
      if (list[i].aborted) {
        result[kAborted] = true;
        result[kReason] = list[i].reason;
        return result;
      }
    }
    const resultRef = new WeakRef(result);
    result[kSourceSignals] = new Set();
    const addSource = (source) => {
      if (result[kSourceSignals].has(source)) return;
      result[kSourceSignals].add(source);
      if (source[kDependantSignals] === undefined) source[kDependantSignals] = new Set();
      source[kDependantSignals].add(resultRef);
    };
    for (let i = 0; i < list.length; i++) {
      const signal = list[i];
      if (signal[kComposite]) {
        const sources = signal[kSourceSignals];
        if (sources !== undefined) for (const source of sources) addSource(source);
      } else {
        addSource(signal);
      }
    }
    dependantCleanup.register(result, { ref: resultRef, sources: Array.from(result[kSourceSignals]) });
    return result;
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    super[kNewListener](size, type, listener, once, capture, passive, weak);
    if (type === 'abort' && this[kComposite] && !this[kAborted]) {
      holdBySources(this, true);
    }
  }

  [kRemoveListener](size, type, listener, capture) {
    super[kRemoveListener](size, type, listener, capture);
    if (type === 'abort' && size === 0) holdBySources(this, false);
  }

  [kInspect](depth, options) {
    return customInspect(this, { aborted: this.aborted }, depth, options);
  }
}

function toSignalSequence(signals) {
  if (signals === null || typeof signals !== 'object' ||
      typeof signals[Symbol.iterator] !== 'function') {
    const err = new TypeError('Value can not be converted to sequence.');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  const list = Array.from(signals);
  for (let i = 0; i < list.length; i++) {
    if (!isAbortSignal(list[i])) {
      throw new ERR_INVALID_ARG_TYPE(`signals[${i}]`, 'AbortSignal', list[i]);
    }
  }
  return list;
}

const trustedEventOptions = { __proto__: null, [kTrustEvent]: true };

// Marks `signal` and its live dependants aborted, then fires 'abort' on each.
function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  const aborted = [signal];
  signal[kAborted] = true;
  signal[kReason] = reason;
  const dependants = signal[kDependantSignals];
  if (dependants !== undefined) {
    for (const ref of dependants) {
      const dependant = ref.deref();
      if (dependant !== undefined && !dependant[kAborted]) {
        dependant[kAborted] = true;
        dependant[kReason] = reason;
        aborted.push(dependant);
      }
    }
    signal[kDependantSignals] = undefined;
  }
  for (let i = 0; i < aborted.length; i++) {
    // Nothing can abort it again: its sources need not keep it.
    const done = aborted[i];
    if (done[kListenedDependants] !== undefined) done[kListenedDependants] = undefined;
    if (done[kSourceSignals] !== undefined) {
      holdBySources(done, false);
      done[kSourceSignals] = undefined;
    }
  }
  for (let i = 0; i < aborted.length; i++) {
    aborted[i].dispatchEvent(new Event('abort', trustedEventOptions));
  }
}

enumerableMembers(AbortSignal.prototype, ['aborted']);
defineEventHandler(AbortSignal.prototype, 'abort');
defineToStringTag(AbortSignal, 'AbortSignal');

// The signal is created on first use.
class AbortController {
  #signal;

  get signal() {
    this.#signal ??= new AbortSignal(kDontThrow);
    return this.#signal;
  }

  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    abortSignal(this.#signal ??= new AbortSignal(kDontThrow), reason);
  }

  [kInspect](depth, options) {
    return customInspect(this, { signal: this.signal }, depth, options);
  }
}

enumerableMembers(AbortController.prototype, ['signal', 'abort']);
defineToStringTag(AbortController, 'AbortController');

// A signal already aborted with `reason` (for internal callers).
function newAbortedSignal(reason) {
  return new AbortSignal(kDontThrow, { aborted: true, reason });
}

module.exports = {
  AbortController,
  AbortSignal,
  ClonedAbortSignal: undefined,
  abortSignal,
  isAbortSignal,
  newAbortedSignal,
};
