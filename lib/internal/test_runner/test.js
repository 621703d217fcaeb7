'use strict';
// The test tree of node:test: Test (test()/it()/t.test()), Suite (describe()/suite()), hooks,
// and the contexts handed to user functions. Results are reported through the harness's
// TestsStream in tree order (a test's events come out once all earlier siblings reported).

const {
  codes: { ERR_TEST_FAILURE, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const {
  validateAbortSignal, validateFunction, validateNumber, validateObject, validateOneOf,
  validateBoolean, validateInteger,
} = require('internal/validators');
const { setTimeout: realSetTimeout, clearTimeout: realClearTimeout } = require('timers');

const kCancelledByParent = 'cancelledByParent';
const kParentAlreadyFinished = 'parentAlreadyFinished';
const kSubtestsFailed = 'subtestsFailed';
const kTestCodeFailure = 'testCodeFailure';
const kTestTimeoutFailure = 'testTimeoutFailure';
const kHookFailure = 'hookFailed';
const kCallbackAndPromisePresent = 'callbackAndPromisePresent';
const kAborted = 'testAborted';
const kUnwrapErrors = new Set([kTestCodeFailure, kHookFailure, 'uncaughtException',
  'unhandledRejection']);

const noop = () => {};

// ERR_TEST_FAILURE with the runtime's own frames left out of its stack (as node hides its
// internals): what stays are the user's frames, e.g. the async caller that awaited the test.
const kInternalFrame = /^\s+at (?:.*\(node:[^)]*\)|node:\S+|async Promise\.all \(index \d+\))$/;
function testFailure(cause, type) {
  const err = new ERR_TEST_FAILURE(cause, type);
  const stack = err.stack;
  if (typeof stack === 'string') {
    Object.defineProperty(err, 'stack', {
      __proto__: null, value: stack.split('\n').filter((l) => !kInternalFrame.test(l)).join('\n'),
      writable: true, configurable: true, enumerable: false,
    });
  }
  return err;
}

function now() {
  return process.hrtime.bigint();
}

// The file:line:column of the first frame outside the builtins.
function callerLocation() {
  const savedPrepare = Error.prepareStackTrace;
  const savedLimit = Error.stackTraceLimit;
  let sites;
  try {
    Error.stackTraceLimit = 30;
    Error.prepareStackTrace = (_, s) => s;
    const holder = {};
    Error.captureStackTrace(holder, callerLocation);
    sites = holder.stack;
  } finally {
    Error.prepareStackTrace = savedPrepare;
    Error.stackTraceLimit = savedLimit;
  }
  if (!Array.isArray(sites)) return undefined;
  for (const site of sites) {
    let file = site.getFileName?.();
    if (file && !file.startsWith('node:')) {
      if (file.startsWith('file://')) {
        try { file = require('url').fileURLToPath(file); } catch { /* keep the URL */ }
      }
      return { __proto__: null, file, line: site.getLineNumber(), column: site.getColumnNumber() };
    }
  }
  return undefined;
}

const kStopTimeout = Symbol('timeout');
const kStopAbort = Symbol('abort');
// A promise that resolves (to kStopTimeout / kStopAbort) when the timeout passes or the signal
// aborts; checkStop turns that into the failure, thrown from the awaiting run.
function stopTest(timeout, signal) {
  let timer;
  let onAbort;
  const promise = new Promise((resolve) => {
    if (timeout !== Infinity) {
      timer = realSetTimeout(() => resolve(kStopTimeout), timeout);
      timer.unref?.();
    }
    if (signal) {
      onAbort = () => resolve(kStopAbort);
      if (signal.aborted) onAbort();
      else signal.addEventListener('abort', onAbort, { once: true });
    }
  });
  promise.clear = () => {
    if (timer) realClearTimeout(timer);
    if (onAbort) signal.removeEventListener('abort', onAbort);
  };
  return promise;
}

function checkStop(result, timeout, signal, what = 'test') {
  if (result === kStopTimeout) {
    throw testFailure(`${what} timed out after ${timeout}ms`, kTestTimeoutFailure);
  }
  if (result === kStopAbort) {
    throw testFailure(signal.reason?.message ?? 'The operation was aborted', kAborted);
  }
}

// Runs fn with `this` = ctx as a promise-returning or callback (done) function; rejects with
// what it threw/rejected with.
function runUserFn(fn, ctx, args, callbackArity, owner) {
  const { testStorage } = require('internal/test_runner/utils');
  return testStorage.run(owner, runUserFnInContext, fn, ctx, args, callbackArity);
}

function runUserFnInContext(fn, ctx, args, callbackArity) {
  if (fn.length >= callbackArity) {
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    let returned = false;
    let early;
    let called = false;
    const done = (err) => {
      if (called) return;
      called = true;
      if (!returned) early = { err };
      else if (err) reject(err);
      else resolve();
    };
    const ret = Reflect.apply(fn, ctx, [...args, done]);
    returned = true;
    if (ret && typeof ret.then === 'function') {
      ret.then(noop, noop);
      reject(testFailure('passed a callback but also returned a Promise',
        kCallbackAndPromisePresent));
    } else if (early !== undefined) {
      if (early.err) reject(early.err);
      else resolve();
    }
    return promise;
  }
  const ret = Reflect.apply(fn, ctx, args);
  if (ret && typeof ret.then === 'function') return Promise.resolve(ret);
  return undefined;
}

class TestContext {
  #test;
  constructor(test) {
    this.#test = test;
  }

  get signal() { return this.#test.signal; }
  get name() { return this.#test.name; }
  get fullName() { return this.#test.fullName(); }
  get filePath() { return this.#test.loc?.file; }

  get mock() {
    if (this.#test.mock === undefined) {
      const { MockTracker } = require('internal/test_runner/mock/mock');
      this.#test.mock = new MockTracker();
    }
    return this.#test.mock;
  }

  get assert() {
    if (this.#test.assertObject === undefined) this.#test.assertObject = makeAssert(this.#test);
    return this.#test.assertObject;
  }

  get passed() { return this.#test.passed; }
  get error() { return this.#test.error; }

  // Polls condition (every interval ms) until it returns without throwing, or fails after
  // timeout ms with the last error as the cause.
  waitFor(condition, options = { __proto__: null }) {
    validateFunction(condition, 'condition');
    validateObject(options, 'options');
    const { interval = 50, timeout = 1000 } = options;
    validateNumber(interval, 'options.interval', 0, 2 ** 31 - 1);
    validateNumber(timeout, 'options.timeout', 0, 2 ** 31 - 1);
    return new Promise((resolve, reject) => {
      const noError = Symbol('noError');
      let cause = noError;
      let pollerId;
      let finished = false;
      const done = (err, result) => {
        finished = true;
        realClearTimeout(pollerId);
        realClearTimeout(timeoutId);
        if (err === noError) resolve(result);
        else reject(err);
      };
      const timeoutId = realSetTimeout(() => {
        const err = new Error('waitFor() timed out');
        if (cause !== noError) err.cause = cause;
        done(err);
      }, timeout);
      const poller = async () => {
        try {
          const result = await condition();
          if (!finished) done(noError, result);
        } catch (err) {
          cause = err;
          if (!finished) pollerId = realSetTimeout(poller, interval);
        }
      };
      poller();
    });
  }

  diagnostic(message) {
    this.#test.diagnostics.push(message);
  }

  plan(count) {
    if (this.#test.expectedAssertions !== undefined) {
      throw new (require('internal/errors').codes.ERR_TEST_FAILURE)(
        'cannot set plan more than once', kTestCodeFailure);
    }
    validateInteger(count, 'count', 0);
    this.#test.expectedAssertions = count;
  }

  runOnly(value) {
    this.#test.runOnlySubtests = !!value;
  }

  skip(message) {
    this.#test.skip(message);
  }

  todo(message) {
    this.#test.todo(message);
  }

  test(name, options, fn) {
    const overrides = { __proto__: null, loc: callerLocation() };
    const test = this.#test;
    test.plannedCount();
    const subtest = test.createSubtest(Test, name, options, fn, overrides);
    return subtest.start();
  }

  before(fn, options) { this.#test.createHook('before', fn, options); }
  after(fn, options) { this.#test.createHook('after', fn, options); }
  beforeEach(fn, options) { this.#test.createHook('beforeEach', fn, options); }
  afterEach(fn, options) { this.#test.createHook('afterEach', fn, options); }
}

class SuiteContext {
  #suite;
  constructor(suite) {
    this.#suite = suite;
  }
  get signal() { return this.#suite.signal; }
  get name() { return this.#suite.name; }
  get fullName() { return this.#suite.fullName(); }
  get filePath() { return this.#suite.loc?.file; }
}

const customAssertions = new Map();
function registerAssertion(name, fn) {
  const { validateString } = require('internal/validators');
  validateString(name, 'name');
  validateFunction(fn, 'fn');
  customAssertions.set(name, fn);
}

const assertNames = [
  'deepEqual', 'deepStrictEqual', 'doesNotMatch', 'doesNotReject', 'doesNotThrow', 'equal',
  'fail', 'ifError', 'match', 'notDeepEqual', 'notDeepStrictEqual', 'notEqual',
  'notStrictEqual', 'ok', 'partialDeepStrictEqual', 'rejects', 'strictEqual', 'throws',
];
function makeAssert(test) {
  const assert = require('assert');
  const out = { __proto__: null };
  const methods = [];
  for (const name of assertNames) {
    if (typeof assert[name] === 'function') methods.push([name, assert[name]]);
  }
  for (const [name, fn] of customAssertions) methods.push([name, fn]);
  for (const [name, method] of methods) {
    out[name] = function(...args) {
      test.plannedCount();
      return Reflect.apply(method, this, args);
    };
  }
  return out;
}

function normaliseArgs(name, options, fn) {
  if (typeof name === 'function') {
    fn = name;
    name = undefined;
    options = undefined;
  } else if (typeof options === 'function') {
    fn = options;
    options = undefined;
  }
  if (name !== null && typeof name === 'object') {
    fn = options;
    options = name;
    name = undefined;
  }
  if (options === null || options === undefined) options = { __proto__: null };
  return { name, options, fn };
}

class Test {
  constructor(options) {
    const { parent = null, harness, loc } = options;
    let { fn, name, timeout, concurrency, only, skip, todo, signal, plan } = options;
    this.parent = parent;
    this.harness = parent === null ? harness : parent.harness;
    this.root = parent === null ? this : parent.root;
    this.nesting = parent === null ? -1 : parent.nesting + 1;
    this.loc = loc;
    this.subtests = [];
    this.waitingOn = 0;
    this.pendingSubtests = [];
    this.activeSubtests = 0;
    this.diagnostics = [];
    this.hooks = { __proto__: null, before: [], after: [], beforeEach: [], afterEach: [] };
    this.beforeRan = false;
    this.childNumber = parent === null ? 0 : parent.subtests.length + 1;
    this.testNumber = this.childNumber;
    this.passed = false;
    this.error = null;
    this.skipped = false;
    this.isTodo = false;
    this.message = null;
    this.cancelled = false;
    this.finished = false;
    this.started = false;
    this.reportedStart = false;
    this.startTime = null;
    this.endTime = null;
    this.mock = undefined;
    this.runOnlySubtests = false;
    this.expectedAssertions = undefined;
    this.actualAssertions = 0;
    this.reportedType = 'test';

    if (typeof name !== 'string' || name === '') name = fn?.name || '<anonymous>';
    if (parent === null) name = '<root>';
    this.name = name;

    if (concurrency === undefined) {
      this.concurrency = parent === null ? 1 : parent.concurrency;
    } else if (concurrency === true) {
      this.concurrency = Infinity;
    } else if (concurrency === false) {
      this.concurrency = 1;
    } else {
      validateNumber(concurrency, 'options.concurrency', 1);
      this.concurrency = concurrency;
    }
    if (timeout === undefined || (parent === null && timeout === Infinity)) {
      this.timeout = parent === null ? (timeout ?? Infinity) : parent.timeout;
    } else {
      validateNumber(timeout, 'options.timeout', 0, 2 ** 31 - 1);
      this.timeout = timeout;
    }
    if (plan !== undefined) {
      validateInteger(plan, 'options.plan', 0);
      this.expectedAssertions = plan;
    }
    if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
    this.outerSignal = signal ?? (parent === null ? undefined : parent.signal);
    this.controller = new AbortController();
    this.signal = this.controller.signal;
    require('events').setMaxListeners(0, this.signal);
    if (this.outerSignal) {
      const abort = () => this.controller.abort(this.outerSignal.reason);
      if (this.outerSignal.aborted) abort();
      else this.outerSignal.addEventListener('abort', abort, { once: true });
    }

    if (fn === undefined || fn === null) {
      fn = noop;
    } else {
      validateFunction(fn, 'fn');
    }
    this.fn = fn;

    this.only = !!only;
    if (parent !== null) {
      const harness = this.harness;
      if (only && !harness.testOnly) this.diagnostics.push(harness.onlyWarning);
      // As node 22: tests left out by --test-only/runOnly or the name patterns are not reported
      // at all; a suite stays when something inside it stays (decided once it is built).
      let keep = true;
      if (parent.runOnlySubtests && !only) {
        if (harness.testOnly) keep = false;
        else this.diagnostics.push(harness.onlyWarning);
      }
      if (keep && (harness.namePatterns || harness.skipPatterns) && !this.matchesPatterns()) {
        keep = false;
      }
      this.filtered = !keep;
      if (skip) {
        this.skipped = true;
        this.message = typeof skip === 'string' ? skip : null;
        this.fn = noop;
      }
      if (todo) {
        this.isTodo = true;
        if (!skip) this.message = typeof todo === 'string' ? todo : null;
      }
    }
  }

  fullName() {
    const names = [];
    for (let t = this; t !== null && t.parent !== null; t = t.parent) names.unshift(t.name);
    return names.join(' > ');
  }

  matchesPatterns() {
    const { namePatterns, skipPatterns } = this.harness;
    const full = this.fullName();
    if (skipPatterns && skipPatterns.some((re) => re.test(this.name) || re.test(full))) return false;
    if (!namePatterns || namePatterns.length === 0) return true;
    return namePatterns.some((re) => re.test(this.name) || re.test(full));
  }

  plannedCount() {
    this.actualAssertions++;
  }

  skip(message) {
    this.skipped = true;
    this.message = message ?? null;
  }

  todo(message) {
    this.isTodo = true;
    this.message = message ?? null;
  }

  createHook(name, fn, options) {
    validateFunction(fn, 'fn');
    if (options !== undefined) validateObject(options, 'options');
    const hook = new TestHook(fn, options ?? {}, this, name, callerLocation());
    this.hooks[name].push(hook);
    return hook;
  }

  createSubtest(Factory, name, options, fn, overrides) {
    ({ name, options, fn } = normaliseArgs(name, options, fn));
    const parent = this;
    if (typeof options !== 'object') validateObject(options, 'options');
    const subtest = new Factory({ __proto__: null, ...options, name, fn, parent, ...overrides });
    if (subtest.filtered) {
      subtest.childNumber = -1;
      subtest.filteredOut = true;
      return subtest;
    }
    parent.subtests.push(subtest);
    if (parent.finished) {
      subtest.fail(testFailure('test could not be started because its parent finished',
        kParentAlreadyFinished));
    }
    this.harness.stream.enqueue(subtest.nesting, subtest.loc, subtest.name, subtest.reportedType);
    return subtest;
  }

  // Starts the test now if the parent's concurrency allows, else queues it. Resolves when done
  // (the run's own promise when it starts at once, so async stack traces reach the caller).
  start() {
    if (this.filteredOut || this.finished) return Promise.resolve();
    if (this.parent.activeSubtests >= this.parent.concurrency) {
      return new Promise((resolve) => {
        this.pendingResolve = resolve;
        this.parent.pendingSubtests.push(this);
      });
    }
    return this.runAndSettle();
  }

  runAndSettle() {
    this.parent.activeSubtests++;
    this.started = true;
    this.harness.stream.dequeue(this.nesting, this.loc, this.name, this.reportedType);
    return this.run();
  }

  processPendingSubtests() {
    if (this.closing) return;
    while (this.pendingSubtests.length > 0 && this.activeSubtests < this.concurrency) {
      const next = this.pendingSubtests.shift();
      const resolve = next.pendingResolve;
      next.pendingResolve = undefined;
      if (next.finished) {
        resolve?.();
        continue;
      }
      resolve?.(next.runAndSettle());
    }
  }

  hookList(kind) {
    // beforeEach: outermost first; afterEach: innermost first.
    const chain = [];
    for (let t = this.parent; t !== null; t = t.parent) chain.push(t);
    const list = [];
    if (kind === 'beforeEach') {
      for (let i = chain.length - 1; i >= 0; i--) list.push(...chain[i].hooks.beforeEach);
    } else {
      for (let i = 0; i < chain.length; i++) list.push(...chain[i].hooks.afterEach);
    }
    return list;
  }

  async runHooks(hooks, ctx) {
    for (const hook of hooks) {
      await hook.run(ctx);
    }
  }

  async runParentBefore() {
    const parent = this.parent;
    if (parent !== null && !parent.beforeRan && parent.hooks.before.length > 0) {
      parent.beforeRan = true;
      await parent.runHooks(parent.hooks.before, parent.context());
    }
  }

  context() {
    if (this.ctx === undefined) {
      this.ctx = this instanceof Suite ? new SuiteContext(this) : new TestContext(this);
    }
    return this.ctx;
  }

  async run() {
    this.startTime = now();
    if (this.parent.error !== null && !(this.error)) {
      // e.g. the suite's before hook failed
      this.cancel(testFailure('test did not finish before its parent and was cancelled',
        kCancelledByParent));
      this.startTime = null;
      return this.postRun();
    }
    if (this.signal.aborted) {
      this.cancel(testFailure('The operation was aborted', kAborted));
      return this.postRun();
    }
    const ctx = this.context();
    const stop = stopTest(this.timeout, this.signal);
    let afterEachRan = false;
    const afterEach = async () => {
      if (afterEachRan || this.skipped) return;
      afterEachRan = true;
      await this.runHooks(this.hookList('afterEach'), ctx);
    };
    try {
      const parent = this.parent;
      if (!parent.beforeRan && parent.hooks.before.length > 0) await this.runParentBefore();
      const beforeEach = this.skipped ? [] : this.hookList('beforeEach');
      if (beforeEach.length > 0) await this.runHooks(beforeEach, ctx);
      if (!this.skipped) {
        const ret = runUserFn(this.fn, ctx, [ctx], 2, this);
        if (ret !== undefined) {
          checkStop(await Promise.race([ret, stop]), this.timeout, this.signal);
        }
        if (this.expectedAssertions !== undefined &&
            this.expectedAssertions !== this.actualAssertions) {
          throw testFailure(`plan expected ${this.expectedAssertions} assertions but received ` +
            `${this.actualAssertions}`, kTestCodeFailure);
        }
      }
      await afterEach();
      if (this.hooks.after.length > 0) await this.runHooks(this.hooks.after, ctx);
      this.pass();
    } catch (err) {
      if (err?.code === 'ERR_TEST_FAILURE' && err.failureType !== undefined &&
          (err.failureType === kTestTimeoutFailure || err.failureType === kAborted)) {
        this.cancel(err);
      } else if (err?.code === 'ERR_TEST_FAILURE' && err.failureType !== undefined &&
                 err.cause !== undefined || err?.failureType === kHookFailure) {
        this.fail(err);
      } else {
        this.fail(testFailure(err, kTestCodeFailure));
      }
      try {
        await afterEach();
        if (this.hooks.after.length > 0) await this.runHooks(this.hooks.after, ctx);
      } catch (err2) {
        this.fail(err2);
      }
    } finally {
      stop.clear();
    }
    return this.postRun();
  }

  pass() {
    if (this.error !== null) return;
    this.passed = true;
  }

  fail(err) {
    if (this.error !== null) return;
    this.passed = false;
    this.error = err;
  }

  cancel(err) {
    if (this.cancelled || this.error !== null) return;
    this.fail(err);
    this.cancelled = true;
    this.controller.abort();
  }

  postRun() {
    if (this.finished) return;
    // subtests still running or queued are cancelled
    this.closing = true;
    let failed = 0;
    for (const sub of this.subtests) {
      if (!sub.finished) {
        sub.cancel(testFailure('test did not finish before its parent and was cancelled',
          kCancelledByParent));
        sub.finishNow();
      }
      if (!sub.passed && !sub.isTodo) failed++;
    }
    if (this.passed && failed > 0) {
      this.fail(testFailure(`${failed} subtest${failed > 1 ? 's' : ''} failed`, kSubtestsFailed));
    }
    this.finishNow();
  }

  // Marks the test finished, reports what can be reported, frees its slot in the parent.
  finishNow() {
    if (this.finished) return;
    this.finished = true;
    for (const sub of this.pendingSubtests) {
      const resolve = sub.pendingResolve;
      sub.pendingResolve = undefined;
      resolve?.();
    }
    this.pendingSubtests.length = 0;
    if (this.pendingResolve) {
      const resolve = this.pendingResolve;
      this.pendingResolve = undefined;
      resolve();
    }
    if (this.startTime !== null) this.endTime = now();
    if (this.mock !== undefined) this.mock.reset();
    const parent = this.parent;
    if (parent !== null) {
      this.harness.stream.complete(this.nesting, this.loc, this.testNumber, this.name,
        this.reportDetails(), this.directive());
      if (this.started) parent.activeSubtests--;
      this.root.drain();
      if (!parent.finished) parent.processPendingSubtests();
    }
    this.harness.onTestFinished?.(this);
  }

  duration() {
    if (this.startTime === null || this.endTime === null) return 0;
    return Number(this.endTime - this.startTime) / 1e6;
  }

  directive() {
    if (this.skipped) return { __proto__: null, skip: this.message ?? true };
    if (this.isTodo) return { __proto__: null, todo: this.message ?? true };
    return { __proto__: null };
  }

  reportDetails() {
    const details = { __proto__: null, duration_ms: this.duration() };
    details.type = this.reportedType;
    if (!this.passed && this.error !== null) details.error = this.error;
    return details;
  }

  // Reports finished subtests in order while every ancestor waits on this test.
  drain() {
    while (this.waitingOn < this.subtests.length) {
      const sub = this.subtests[this.waitingOn];
      sub.drain();
      if (!sub.finished) return;
      sub.report();
      this.waitingOn++;
    }
  }

  reportStarted() {
    if (this.reportedStart || this.parent === null) return;
    this.reportedStart = true;
    this.parent.reportStarted();
    this.harness.stream.start(this.nesting, this.loc, this.name);
  }

  report() {
    this.harness.countCompletedTest(this);
    const stream = this.harness.stream;
    if (this.subtests.length > 0) {
      stream.plan(this.subtests[0].nesting, this.loc, this.subtests.length);
    } else {
      this.reportStarted();
    }
    const details = this.reportDetails();
    if (this.passed) {
      stream.ok(this.nesting, this.loc, this.testNumber, this.name, details, this.directive());
    } else {
      stream.fail(this.nesting, this.loc, this.testNumber, this.name, details, this.directive());
    }
    for (const d of this.diagnostics) stream.diagnostic(this.nesting, this.loc, d);
  }
}

class TestHook {
  constructor(fn, options, owner, kind, loc) {
    this.fn = fn;
    this.owner = owner;
    this.kind = kind;
    this.loc = loc;
    const { timeout, signal } = options;
    if (timeout !== undefined) validateNumber(timeout, 'options.timeout', 0, 2 ** 31 - 1);
    if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
    this.timeout = timeout ?? Infinity;
    this.signal = signal;
  }

  async run(ctx) {
    const stop = stopTest(this.timeout, this.signal);
    try {
      const ret = runUserFn(this.fn, ctx, [ctx], 2, this.owner);
      if (ret !== undefined) checkStop(await Promise.race([ret, stop]), this.timeout, this.signal, `${this.kind} hook`);
    } catch (err) {
      if (err?.code === 'ERR_TEST_FAILURE' && err.failureType === kTestTimeoutFailure) {
        err.failureType = kHookFailure;
        throw err;
      }
      throw testFailure(err, kHookFailure);
    } finally {
      stop.clear();
    }
  }
}

class Suite extends Test {
  constructor(options) {
    super(options);
    this.reportedType = 'suite';
    this.runOnlySubtests = !!this.parent?.runOnlySubtests && !this.only;
    const h = this.harness;
    const savedSuite = h.currentSuite;
    h.currentSuite = this;
    try {
      const ctx = this.context();
      const ret = this.skipped ? undefined : Reflect.apply(this.fn, ctx, [ctx]);
      if (ret && typeof ret.then === 'function') {
        this.buildPromise = Promise.resolve(ret).then(noop, (err) => {
          this.fail(testFailure(err, kTestCodeFailure));
        });
      }
    } catch (err) {
      this.fail(testFailure(err, kTestCodeFailure));
    } finally {
      h.currentSuite = savedSuite;
    }
    if (this.filtered && this.subtests.length > 0) this.filtered = false;
    this.buildPromise ??= null;
  }

  async run() {
    this.startTime = now();
    if (this.buildPromise !== null) await this.buildPromise;
    const ctx = this.context();
    const stop = stopTest(this.timeout, this.signal);
    try {
      if (this.parent.error !== null && this.error === null) {
        this.cancel(testFailure('test did not finish before its parent and was cancelled',
          kCancelledByParent));
      }
      if (this.error === null && !this.skipped) {
        await this.runParentBefore();
        this.beforeRan = true;
        if (this.hooks.before.length > 0) await this.runHooks(this.hooks.before, ctx);
        const all = Promise.all(this.subtests.map((sub) => sub.start()));
        if (this.timeout === Infinity && this.outerSignal === undefined) await all;
        else checkStop(await Promise.race([all, stop]), this.timeout, this.signal);
        if (this.hooks.after.length > 0) await this.runHooks(this.hooks.after, ctx);
      }
      this.pass();
    } catch (err) {
      if (err?.code === 'ERR_TEST_FAILURE' && err.failureType === kTestTimeoutFailure) {
        this.cancel(err);
      } else {
        this.fail(err?.code === 'ERR_TEST_FAILURE' ? err : testFailure(err, kTestCodeFailure));
      }
      try {
        if (this.hooks.after.length > 0 && this.beforeRan) await this.runHooks(this.hooks.after, ctx);
      } catch {
        // the first failure is what the suite reports
      }
    } finally {
      stop.clear();
    }
    return this.postRun();
  }
}

module.exports = {
  Test, Suite, TestHook, TestContext, SuiteContext, testFailure, callerLocation, normaliseArgs,
  kCancelledByParent, kSubtestsFailed, kTestCodeFailure, kTestTimeoutFailure, kHookFailure,
  kUnwrapErrors, kAborted, kParentAlreadyFinished, registerAssertion,
};
