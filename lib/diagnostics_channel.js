'use strict';
// node:diagnostics_channel: named channels, store binding through AsyncLocalStorage, and
// tracing channels (start/end/asyncStart/asyncEnd/error).
//
// A channel is held weakly by its name while nobody subscribes or binds a store, so the same
// name gives the same object for as long as anyone can tell.

const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateFunction } = require('internal/validators');

const ReflectApply = Reflect.apply;

const channels = new Map();  // name -> WeakRef<Channel>
const activeChannels = new Set();  // channels with subscribers or stores stay alive

let triggerUncaughtException;
function reportLater(err) {
  process.nextTick(() => {
    triggerUncaughtException ??= internalBinding('errors').triggerUncaughtException;
    triggerUncaughtException(err, false);
  });
}

function updateActive(channel) {
  if (channel._subscribers.length > 0 || (channel._stores !== undefined && channel._stores.size > 0)) {
    activeChannels.add(channel);
  } else {
    activeChannels.delete(channel);
  }
}

class Channel {
  constructor(name) {
    this._subscribers = [];
    this._stores = undefined;
    this.name = name;
    channels.set(name, new WeakRef(this));
  }

  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    this._subscribers = [...this._subscribers, subscription];
    updateActive(this);
  }

  unsubscribe(subscription) {
    const index = this._subscribers.indexOf(subscription);
    if (index === -1) return false;
    const next = [...this._subscribers];
    next.splice(index, 1);
    this._subscribers = next;
    updateActive(this);
    return true;
  }

  bindStore(store, transform) {
    const next = new Map(this._stores);
    next.set(store, transform);
    this._stores = next;
    updateActive(this);
  }

  unbindStore(store) {
    if (this._stores === undefined || !this._stores.has(store)) return false;
    const next = new Map(this._stores);
    next.delete(store);
    this._stores = next;
    updateActive(this);
    return true;
  }

  get hasSubscribers() {
    return this._subscribers.length > 0 || (this._stores !== undefined && this._stores.size > 0);
  }

  publish(data) {
    const subscribers = this._subscribers;
    for (let i = 0; i < subscribers.length; i++) {
      try {
        const onMessage = subscribers[i];
        onMessage(data, this.name);
      } catch (err) {
        reportLater(err);
      }
    }
  }

  runStores(data, fn, thisArg, ...args) {
    const stores = this._stores;
    if (stores === undefined || stores.size === 0) {
      this.publish(data);
      return ReflectApply(fn, thisArg, args);
    }
    let run = () => {
      this.publish(data);
      return ReflectApply(fn, thisArg, args);
    };
    for (const { 0: store, 1: transform } of stores) {
      const next = run;
      run = () => {
        let context = data;
        if (transform !== undefined) {
          try {
            context = transform(data);
          } catch (err) {
            reportLater(err);
            return next();
          }
        }
        return store.run(context, next);
      };
    }
    return run();
  }
}

function channel(name) {
  const ref = channels.get(name);
  const existing = ref === undefined ? undefined : ref.deref();
  if (existing !== undefined) return existing;
  if (typeof name !== 'string' && typeof name !== 'symbol') {
    throw new ERR_INVALID_ARG_TYPE('channel', ['string', 'symbol'], name);
  }
  return new Channel(name);
}

function subscribe(name, subscription) {
  channel(name).subscribe(subscription);
}

function unsubscribe(name, subscription) {
  return channel(name).unsubscribe(subscription);
}

function hasSubscribers(name) {
  const ref = channels.get(name);
  const existing = ref === undefined ? undefined : ref.deref();
  return existing !== undefined && existing.hasSubscribers;
}

// ---- tracing channels -------------------------------------------------------------------------
const traceEvents = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

class TracingChannel {
  constructor(nameOrChannels) {
    if (typeof nameOrChannels === 'string') {
      for (const event of traceEvents) {
        this[event] = channel(`tracing:${nameOrChannels}:${event}`);
      }
    } else if (typeof nameOrChannels === 'object' && nameOrChannels !== null) {
      for (const event of traceEvents) {
        const ch = nameOrChannels[event];
        if (!(ch instanceof Channel)) {
          throw new ERR_INVALID_ARG_TYPE(`nameOrChannels.${event}`, 'Channel', ch);
        }
        this[event] = ch;
      }
    } else {
      throw new ERR_INVALID_ARG_TYPE('nameOrChannels',
                                     ['string', 'object', 'TracingChannel'], nameOrChannels);
    }
  }

  get hasSubscribers() {
    return this.start.hasSubscribers || this.end.hasSubscribers ||
      this.asyncStart.hasSubscribers || this.asyncEnd.hasSubscribers ||
      this.error.hasSubscribers;
  }

  subscribe(handlers) {
    for (const event of traceEvents) {
      if (handlers[event]) this[event].subscribe(handlers[event]);
    }
  }

  unsubscribe(handlers) {
    let done = true;
    for (const event of traceEvents) {
      if (handlers[event] && !this[event].unsubscribe(handlers[event])) done = false;
    }
    return done;
  }

  traceSync(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return ReflectApply(fn, thisArg, args);
    return runTraced(this, context, () => {
      const result = ReflectApply(fn, thisArg, args);
      context.result = result;
      return result;
    });
  }

  tracePromise(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return ReflectApply(fn, thisArg, args);
    const { asyncStart, asyncEnd, error } = this;
    function reject(err) {
      context.error = err;
      error.publish(context);
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return Promise.reject(err);
    }
    function resolve(result) {
      context.result = result;
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return result;
    }
    return runTraced(this, context, () => {
      let promise = ReflectApply(fn, thisArg, args);
      if (!(promise instanceof Promise)) promise = Promise.resolve(promise);
      return promise.then(resolve, reject);
    });
  }

  traceCallback(fn, position = -1, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return ReflectApply(fn, thisArg, args);
    const { asyncStart, asyncEnd, error } = this;
    const callback = args.at(position);
    validateFunction(callback, 'callback');
    function wrappedCallback(err, res) {
      if (err) {
        context.error = err;
        error.publish(context);
      } else {
        context.result = res;
      }
      asyncStart.runStores(context, () => {
        try {
          return ReflectApply(callback, this, arguments);
        } finally {
          asyncEnd.publish(context);
        }
      });
    }
    args.splice(position, 1, wrappedCallback);
    return runTraced(this, context, () => ReflectApply(fn, thisArg, args));
  }
}

// The synchronous part of every trace: start (with its stores), error if `body` throws, end.
function runTraced(tracing, context, body) {
  const { start, end, error } = tracing;
  return start.runStores(context, () => {
    try {
      return body();
    } catch (err) {
      context.error = err;
      error.publish(context);
      throw err;
    } finally {
      end.publish(context);
    }
  });
}

function tracingChannel(nameOrChannels) {
  return new TracingChannel(nameOrChannels);
}

module.exports = {
  channel,
  hasSubscribers,
  subscribe,
  tracingChannel,
  unsubscribe,
  Channel,
};
