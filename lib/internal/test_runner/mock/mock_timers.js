'use strict';
// mock.timers: setTimeout/setInterval/setImmediate (globals, node:timers and
// node:timers/promises) and Date on a clock that only moves with tick()/runAll()/setTime().

const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE, ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateArray, validateNumber, validateObject, validateFunction } =
  require('internal/validators');

const kSupported = ['setTimeout', 'setInterval', 'setImmediate', 'Date'];
const RealDate = Date;
let warned = false;

class MockTimers {
  #enabled = false;
  #now = 0;
  #queue = [];
  #nextId = 1;
  #restorers = [];
  #apis = [];

  #schedule(callback, delay, args, interval, immediate) {
    delay = Number(delay);
    if (!(delay >= 1 && delay <= 2 ** 31 - 1)) delay = immediate ? 0 : 1;
    const timer = {
      __proto__: null,
      id: this.#nextId++, callback, args, runAt: this.#now + delay, interval: interval ? delay : 0,
      cleared: false, immediate,
    };
    this.#queue.push(timer);
    return makeHandle(timer, this);
  }

  #clear(handle) {
    if (handle === undefined || handle === null) return;
    const timer = typeof handle === 'object' ? handle.timer : this.#queue.find((t) => t.id === handle);
    if (!timer) return;
    timer.cleared = true;
    const i = this.#queue.indexOf(timer);
    if (i !== -1) this.#queue.splice(i, 1);
  }

  #next(limit) {
    let best = null;
    for (const t of this.#queue) {
      if (t.runAt > limit) continue;
      if (best === null || t.runAt < best.runAt || (t.runAt === best.runAt && t.id < best.id)) best = t;
    }
    return best;
  }

  #run(timer) {
    const i = this.#queue.indexOf(timer);
    if (i !== -1) this.#queue.splice(i, 1);
    if (timer.interval) {
      timer.runAt += timer.interval;
      timer.id = this.#nextId++;
      this.#queue.push(timer);
    }
    Reflect.apply(timer.callback, undefined, timer.args);
  }

  #assertEnabled(method) {
    if (!this.#enabled) {
      throw new ERR_INVALID_STATE(`You should enable MockTimers first by calling the .enable function`);
    }
    void method;
  }

  tick(time = 1) {
    this.#assertEnabled('tick');
    validateNumber(time, 'time', 0);
    const target = this.#now + time;
    let timer;
    while ((timer = this.#next(target)) !== null) {
      if (timer.runAt > this.#now) this.#now = timer.runAt;
      this.#run(timer);
    }
    this.#now = target;
  }

  runAll() {
    this.#assertEnabled('runAll');
    let max = this.#now;
    for (const t of this.#queue) if (t.runAt > max) max = t.runAt;
    this.tick(max - this.#now);
  }

  setTime(milliseconds) {
    this.#assertEnabled('setTime');
    validateNumber(milliseconds, 'milliseconds');
    this.#now = milliseconds;
  }

  enable(options = { __proto__: null }) {
    if (!warned) {
      warned = true;
      process.emitWarning('The MockTimers API is an experimental feature and might change at ' +
        'any time', 'ExperimentalWarning');
    }
    if (this.#enabled) {
      throw new ERR_INVALID_STATE('MockTimers is already enabled!');
    }
    if (Array.isArray(options)) options = { apis: options };
    validateObject(options, 'options');
    const { apis = kSupported, now = 0 } = options;
    validateArray(apis, 'options.apis');
    for (const api of apis) {
      if (!kSupported.includes(api)) {
        throw new ERR_INVALID_ARG_VALUE('options.apis', api, `option ${api} is not supported`);
      }
    }
    let start = now;
    if (now instanceof RealDate) start = now.getTime();
    validateNumber(start, 'options.now', 0);
    this.#now = start;
    this.#apis = apis;
    this.#enabled = true;
    const timers = require('timers');
    const promises = require('timers/promises');
    const replace = (object, name, value) => {
      const desc = Object.getOwnPropertyDescriptor(object, name);
      Object.defineProperty(object, name, { __proto__: null, value, writable: true,
        configurable: true, enumerable: desc ? desc.enumerable : false });
      this.#restorers.push(() => {
        if (desc) Object.defineProperty(object, name, desc);
        else delete object[name];
      });
    };
    const self = this;
    if (apis.includes('setTimeout')) {
      const st = function setTimeout(cb, delay, ...args) {
        validateFunction(cb, 'callback');
        return self.#schedule(cb, delay, args, false, false);
      };
      const ct = function clearTimeout(h) { self.#clear(h); };
      for (const o of [globalThis, timers]) {
        replace(o, 'setTimeout', st);
        replace(o, 'clearTimeout', ct);
      }
      replace(promises, 'setTimeout', function setTimeout(delay, value, opts) {
        return new Promise((resolve, reject) => {
          const h = self.#schedule(() => resolve(value), delay, [], false, false);
          const signal = opts?.signal;
          if (signal) {
            const abort = () => {
              self.#clear(h);
              reject(new (require('internal/errors').AbortError)(undefined, { cause: signal.reason }));
            };
            if (signal.aborted) abort();
            else signal.addEventListener('abort', abort, { once: true });
          }
        });
      });
    }
    if (apis.includes('setInterval')) {
      const si = function setInterval(cb, delay, ...args) {
        validateFunction(cb, 'callback');
        return self.#schedule(cb, delay, args, true, false);
      };
      const ci = function clearInterval(h) { self.#clear(h); };
      for (const o of [globalThis, timers]) {
        replace(o, 'setInterval', si);
        replace(o, 'clearInterval', ci);
      }
    }
    if (apis.includes('setImmediate')) {
      const si = function setImmediate(cb, ...args) {
        validateFunction(cb, 'callback');
        return self.#schedule(cb, 0, args, false, true);
      };
      const ci = function clearImmediate(h) { self.#clear(h); };
      for (const o of [globalThis, timers]) {
        replace(o, 'setImmediate', si);
        replace(o, 'clearImmediate', ci);
      }
      replace(promises, 'setImmediate', function setImmediate(value) {
        return new Promise((resolve) => self.#schedule(() => resolve(value), 0, [], false, true));
      });
    }
    if (apis.includes('Date')) {
      replace(globalThis, 'Date', makeMockDate(() => self.#now));
    }
  }

  reset() {
    if (!this.#enabled) return;
    this.#enabled = false;
    for (const restore of this.#restorers.reverse()) restore();
    this.#restorers = [];
    this.#queue = [];
    this.#now = 0;
  }

  [Symbol.dispose]() {
    this.reset();
  }
}

function makeHandle(timer, owner) {
  return {
    timer,
    ref() { return this; },
    unref() { return this; },
    hasRef() { return true; },
    refresh() { return this; },
    close() { owner.reset !== undefined && (timer.cleared = true); return this; },
    [Symbol.toPrimitive]() { return timer.id; },
  };
}

function makeMockDate(now) {
  function MockDate(...args) {
    if (!new.target) return new RealDate(now()).toString();
    if (args.length === 0) return Reflect.construct(RealDate, [now()], new.target);
    return Reflect.construct(RealDate, args, new.target);
  }
  Object.setPrototypeOf(MockDate, RealDate);
  MockDate.prototype = RealDate.prototype;
  MockDate.now = () => now();
  MockDate.parse = RealDate.parse;
  MockDate.UTC = RealDate.UTC;
  Object.defineProperty(MockDate, 'name', { __proto__: null, value: 'Date' });
  return MockDate;
}

module.exports = { MockTimers };
