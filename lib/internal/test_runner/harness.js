'use strict';
// The per-process root of node:test: created on first use, reports through the chosen
// reporters, ends when the event loop drains (tests still pending then are cancelled).

const { Test, Suite, testFailure, callerLocation, kCancelledByParent } =
  require('internal/test_runner/test');
const { TestsStream } = require('internal/test_runner/tests_stream');

let harness = null;

function newCounters() {
  return { __proto__: null, tests: 0, suites: 0, passed: 0, failed: 0, cancelled: 0, skipped: 0,
    todo: 0, topLevel: 0 };
}

function countCompletedTest(test) {
  const c = test.harness.counters;
  if (test.nesting === 0) c.topLevel++;
  if (test.reportedType === 'suite') {
    c.suites++;
    return;
  }
  if (test.skipped) c.skipped++;
  else if (test.isTodo) c.todo++;
  else if (test.cancelled) c.cancelled++;
  else if (!test.passed) c.failed++;
  else c.passed++;
  c.tests++;
}

function cliOptions() {
  return require('internal/test_runner/utils').parseCommandLine();
}

function createHarness() {
  const opts = cliOptions();
  const h = {
    __proto__: null,
    stream: new TestsStream(),
    counters: newCounters(),
    testOnly: opts.only,
    namePatterns: opts.testNamePatterns,
    skipPatterns: opts.testSkipPatterns,
    startTime: process.hrtime.bigint(),
    ended: false,
    bootstrapPromise: null,
    root: null,
    countCompletedTest,
    warnOnly: null,
    internalError(err) {
      process.nextTick(() => { throw err; });
    },
  };
  // --test-timeout applies to the files of `--test` (their processes), not to a direct run
  h.root = new Test({ __proto__: null, harness: h, name: '<root>', concurrency: 1 });
  if (opts.forceExit) {
    // --test-force-exit: once every known test finished, end even if handles remain
    h.onTestFinished = (test) => {
      if (test.parent !== h.root) return;
      process.nextTick(() => {
        if (h.ended || h.root.subtests.some((t) => !t.finished)) return;
        endRoot(h).then(() => require('internal/test_runner/utils').whenReportersDone())
          .then(() => process.exit());
      });
    };
  }
  h.root.reportedType = 'test';
  h.root.runOnlySubtests = !!opts.only;
  const warning = "'only' and 'runOnly' require the --test-only command-line option.";
  h.warnOnly = () => {};
  h.onlyWarning = warning;
  return h;
}

function getHarness() {
  if (harness !== null) return harness;
  harness = createHarness();
  const { setupReporters } = require('internal/test_runner/utils');
  harness.bootstrapPromise = setupReporters(harness.stream);
  setupProcessHandlers(harness);
  return harness;
}

// The test whose async context an error comes from: the current one, or for a rejection the
// one the promise was created in.
function findTest(promise) {
  const { testStorage } = require('internal/test_runner/utils');
  const { kFrame, getFrame, setFrame } = require('internal/async_hooks');
  if (promise !== undefined && promise !== null && typeof promise === 'object' &&
      promise[kFrame] !== undefined) {
    const prev = getFrame();
    setFrame(promise[kFrame]);
    try {
      return testStorage.getStore();
    } finally {
      setFrame(prev);
    }
  }
  return testStorage.getStore();
}

function setupProcessHandlers(h) {
  const onException = (kind) => (err, promise) => {
    const test = findTest(kind === 'unhandledRejection' ? promise : undefined);
    if (test === undefined || test === null || test.parent === null) {
      process.removeListener('uncaughtException', onUncaught);
      process.removeListener('unhandledRejection', onRejection);
      if (kind === 'uncaughtException') throw err;
      throw err;
    }
    if (test.finished) {
      const loc = test.loc;
      const where = loc ? ` at ${require('path').relative(process.cwd(), loc.file)}:${loc.line}:${loc.column}` : '';
      const msg = err && typeof err === 'object' && 'message' in err ?
        `${err.name ?? 'Error'}: ${err.message}` : String(err);
      h.root.diagnostics.push(`Error: Test "${test.name}"${where} generated asynchronous ` +
        `activity after the test ended. This activity created the error "${msg}" and would ` +
        `have caused the test to fail, but instead triggered an ${kind} event.`);
      return;
    }
    test.fail(testFailure(err, kind));
    // the test ends now (its function may never finish)
    test.controller.abort();
  };
  const onUncaught = onException('uncaughtException');
  const onRejection = onException('unhandledRejection');
  process.on('uncaughtException', onUncaught);
  process.on('unhandledRejection', onRejection);
  const onBeforeExit = () => {
    process.removeListener('beforeExit', onBeforeExit);
    endRoot(h).then(() => {
      process.removeListener('uncaughtException', onUncaught);
      process.removeListener('unhandledRejection', onRejection);
    });
  };
  process.on('beforeExit', onBeforeExit);
  process.on('exit', () => {
    if (!h.ended) endRootSync(h);
  });
}

function cancelTree(test, message) {
  test.closing = true;
  for (const sub of test.subtests) {
    if (!sub.finished) {
      cancelTree(sub, message);
      sub.cancel(testFailure(message, kCancelledByParent));
      if (!sub.started) sub.startTime = null;
      sub.finishNow();
    }
  }
}

async function endRoot(h) {
  const root = h.root;
  const msg = 'Promise resolution is still pending but the event loop has already resolved';
  if (root.subtests.length === 0 && !root.beforeRan && root.hooks.before.length > 0) {
    root.beforeRan = true;
    try {
      await root.runHooks(root.hooks.before, root.context());
    } catch (err) {
      root.fail(err);
    }
  }
  cancelTree(root, msg);
  if (root.hooks.after.length > 0) {
    try {
      await root.runHooks(root.hooks.after, root.context());
    } catch (err) {
      root.fail(err);
    }
  }
  endRootSync(h);
}

function endRootSync(h) {
  if (h.ended) return;
  h.ended = true;
  const root = h.root;
  cancelTree(root, 'Promise resolution is still pending but the event loop has already resolved');
  root.drain();
  reportRoot(h);
}

function reportRoot(h) {
  const root = h.root;
  const stream = h.stream;
  if (root.subtests.length > 0) stream.plan(0, root.loc, root.subtests.length);
  for (const d of root.diagnostics) stream.diagnostic(0, undefined, d);
  const c = h.counters;
  const duration = Number(process.hrtime.bigint() - h.startTime) / 1e6;
  stream.diagnostic(0, undefined, `tests ${c.tests}`);
  stream.diagnostic(0, undefined, `suites ${c.suites}`);
  stream.diagnostic(0, undefined, `pass ${c.passed}`);
  stream.diagnostic(0, undefined, `fail ${c.failed}`);
  stream.diagnostic(0, undefined, `cancelled ${c.cancelled}`);
  stream.diagnostic(0, undefined, `skipped ${c.skipped}`);
  stream.diagnostic(0, undefined, `todo ${c.todo}`);
  stream.diagnostic(0, undefined, `duration_ms ${duration}`);
  const success = c.failed === 0 && c.cancelled === 0 && root.error === null;
  stream.summary(0, undefined, success, { __proto__: null, ...c }, duration);
  if (!success) process.exitCode = 1;
  stream.end();
}

function startSubtestAfterBootstrap(subtest) {
  const h = subtest.harness;
  return h.bootstrapPromise.then(() => subtest.start());
}

function runInParent(Factory) {
  return function run(name, options, fn, overrides) {
    const { testStorage } = require('internal/test_runner/utils');
    const h = getHarness();
    const parent = h.currentSuite ?? testStorage.getStore() ?? h.root;
    const loc = callerLocation();
    const subtest = parent.createSubtest(Factory, name, options, fn,
      { __proto__: null, loc, ...overrides });
    if (parent instanceof Suite) return Promise.resolve();
    if (parent !== h.root) return subtest.start();
    return startSubtestAfterBootstrap(subtest);
  };
}

function hook(kind) {
  return function(fn, options) {
    const { testStorage } = require('internal/test_runner/utils');
    const h = getHarness();
    const parent = h.currentSuite ?? testStorage.getStore() ?? h.root;
    parent.createHook(kind, fn, options);
  };
}

module.exports = {
  getHarness, runInParent, hook, countCompletedTest, newCounters, endRoot,
  get harness() { return harness; },
};
