'use strict';
// `nodus --test` and run(): finds the test files, runs each in its own child process and
// reports their events (in file order) through one TestsStream with one summary.

const path = require('path');
const fs = require('fs');
const { spawn } = require('child_process');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_TEST_FAILURE },
} = require('internal/errors');
const {
  validateArray, validateBoolean, validateFunction, validateObject, validateInteger,
  validateAbortSignal, validateString,
} = require('internal/validators');
const { Test, testFailure, kTestCodeFailure, kSubtestsFailed, kCancelledByParent,
  kAborted, kTestTimeoutFailure } = require('internal/test_runner/test');
const { TestsStream } = require('internal/test_runner/tests_stream');
const { countCompletedTest, newCounters } = require('internal/test_runner/harness');
const { parseLine } = require('internal/test_runner/reporter/serializer');

const kDefaultPatterns = [
  '**/*.test.{cjs,mjs,js}',
  '**/*-test.{cjs,mjs,js}',
  '**/*_test.{cjs,mjs,js}',
  '**/test-*.{cjs,mjs,js}',
  '**/test.{cjs,mjs,js}',
  '**/test/**/*.{cjs,mjs,js}',
];
const kSummaryWords = new Set(['tests', 'suites', 'pass', 'fail', 'cancelled', 'skipped', 'todo',
  'duration_ms']);
const kCancelledTypes = new Set([kCancelledByParent, kAborted, kTestTimeoutFailure]);

function hasMagic(p) {
  return /[*?[\]{}]/.test(p);
}

function findFiles(patterns, cwd) {
  const { globSync } = fs;
  const found = new Set();
  const userGiven = patterns.length > 0;
  const list = userGiven ? patterns : kDefaultPatterns;
  for (const pattern of list) {
    if (userGiven && !hasMagic(pattern)) {
      const abs = path.resolve(cwd, pattern);
      let st;
      try { st = fs.statSync(abs); } catch { st = null; }
      if (st === null) {
        const err = new Error(`Could not find '${pattern}'`);
        err.code = 'ENOENT';
        throw err;
      }
      if (st.isDirectory()) {
        for (const p of kDefaultPatterns) {
          for (const f of globSync(p, { cwd: abs, exclude: (n) => n === 'node_modules' ||
            n.endsWith('/node_modules') })) {
            if (!f.split(path.sep).includes('node_modules')) found.add(path.join(abs, f));
          }
        }
      } else {
        found.add(abs);
      }
      continue;
    }
    for (const f of globSync(pattern, { cwd })) {
      if (!userGiven && f.split(path.sep).includes('node_modules')) continue;
      const abs = path.resolve(cwd, f);
      try {
        if (!fs.statSync(abs).isFile()) continue;
      } catch {
        continue;
      }
      found.add(abs);
    }
  }
  return [...found].sort();
}

// execArgv for a child: the runner's own flags go, the rest (and the filters) stay.
function childArgv(opts) {
  const drop = new Set(['--test', '--test-reporter', '--test-reporter-destination',
    '--test-concurrency', '--test-force-exit', '--watch', '--test-name-pattern',
    '--test-skip-pattern', '--test-only', '--test-timeout']);
  const withValue = new Set(['--test-reporter', '--test-reporter-destination',
    '--test-concurrency', '--test-name-pattern', '--test-skip-pattern', '--test-timeout']);
  const out = [];
  const src = process.execArgv;
  for (let i = 0; i < src.length; i++) {
    const a = src[i];
    const name = a.split('=')[0];
    if (drop.has(name)) {
      if (withValue.has(name) && !a.includes('=')) i++;
      continue;
    }
    out.push(a);
  }
  for (const p of opts.testNamePatterns ?? []) out.push(`--test-name-pattern=${patternText(p)}`);
  for (const p of opts.testSkipPatterns ?? []) out.push(`--test-skip-pattern=${patternText(p)}`);
  if (opts.only) out.push('--test-only');
  if (opts.forceExit) out.push('--test-force-exit');
  return out;
}

function patternText(p) {
  return p instanceof RegExp ? `/${p.source}/${p.flags}` : `${p}`;
}

class FileTest extends Test {
  constructor(options) {
    super(options);
    this.events = [];
    this.reportedChildren = 0;
    this.failedSubtests = false;
  }

  skipReporting() {
    return this.reportedChildren > 0 &&
      (this.error === null || this.error.failureType === kSubtestsFailed);
  }

  handle(item) {
    const topLevel = item.data.nesting === 0;
    if (topLevel) {
      if (item.type === 'test:plan') return;
      if (item.type === 'test:summary') return;
      if (item.type === 'test:diagnostic' && isSummaryComment(item.data.message)) return;
    }
    if (item.type === 'test:pass' || item.type === 'test:fail') {
      if (topLevel) item.data.testNumber = this.harness.counters.topLevel + 1;
      const error = item.data.details?.error;
      countCompletedTest({
        __proto__: null, harness: this.harness, nesting: item.data.nesting,
        reportedType: item.data.details?.type,
        skipped: item.data.skip !== undefined, isTodo: item.data.todo !== undefined,
        passed: item.type === 'test:pass',
        cancelled: kCancelledTypes.has(error?.failureType),
      });
    }
    this.harness.stream.emitEvent(item.type, item.data);
  }

  report() {
    for (const item of this.events) this.handle(item);
    if (this.skipReporting()) return;
    super.report();
  }
}

function isSummaryComment(message) {
  if (typeof message !== 'string') return false;
  const first = message.indexOf(' ');
  if (first === -1) return false;
  if (message.indexOf(' ', first + 1) !== -1) return false;
  return kSummaryWords.has(message.slice(0, first));
}

function runFile(root, file, opts) {
  const subtest = root.createSubtest(FileTest, path.relative(opts.cwd, file), {
    __proto__: null, concurrency: 1,
    timeout: opts.timeout === Infinity ? undefined : opts.timeout,
  }, undefined, { __proto__: null, loc: { __proto__: null, file, line: 1, column: 1 } });
  subtest.fn = () => new Promise((resolve, reject) => {
    const args = [...childArgv(opts), file];
    const env = { ...(opts.env ?? process.env), NODE_TEST_CONTEXT: 'child-v8' };
    const child = spawn(process.execPath, args, { cwd: opts.cwd, env,
      stdio: ['ignore', 'pipe', 'pipe'], signal: subtest.signal });
    let pendingOut = '';
    const take = (text, stream) => {
      if (stream === 'stderr') {
        subtest.events.push({ __proto__: null, type: 'test:stderr',
          data: { __proto__: null, file, message: text } });
        return;
      }
      pendingOut += text;
      let nl;
      let plain = '';
      while ((nl = pendingOut.indexOf('\n')) !== -1) {
        const line = pendingOut.slice(0, nl + 1);
        pendingOut = pendingOut.slice(nl + 1);
        const ev = parseLine(line.slice(0, -1));
        if (ev === null) {
          plain += line;
          continue;
        }
        if (plain) {
          subtest.events.push({ __proto__: null, type: 'test:stdout',
            data: { __proto__: null, file, message: plain } });
          plain = '';
        }
        if ((ev.type === 'test:pass' || ev.type === 'test:fail') && ev.data.nesting === 0) {
          subtest.reportedChildren++;
        }
        if (ev.type === 'test:fail' && !ev.data.todo && !ev.data.skip) {
          subtest.failedSubtests = true;
        }
        subtest.events.push(ev);
      }
      if (plain) {
        subtest.events.push({ __proto__: null, type: 'test:stdout',
          data: { __proto__: null, file, message: plain } });
      }
    };
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (d) => take(d, 'stdout'));
    child.stderr.on('data', (d) => take(d, 'stderr'));
    child.on('error', (err) => {
      if (err.name === 'AbortError') return;
      reject(err);
    });
    child.on('close', (code, signal) => {
      if (pendingOut) {
        subtest.events.push({ __proto__: null, type: 'test:stdout',
          data: { __proto__: null, file, message: pendingOut } });
        pendingOut = '';
      }
      if (code !== 0 || signal !== null) {
        const err = testFailure('test failed',
          subtest.failedSubtests ? kSubtestsFailed : kTestCodeFailure);
        delete err.cause;
        err.exitCode = code;
        err.signal = signal;
        Object.defineProperty(err, 'cause', { __proto__: null, value: 'test failed',
          writable: true, configurable: true, enumerable: false });
        reject(err);
        return;
      }
      resolve();
    });
  });
  return subtest;
}

function normaliseRunOptions(options) {
  validateObject(options, 'options');
  let { files, concurrency, only, testNamePatterns, testSkipPatterns, timeout, signal, cwd,
    setup, watch, forceExit, isolation, globPatterns, env } = options;
  if (files !== undefined) validateArray(files, 'options.files');
  if (globPatterns !== undefined) validateArray(globPatterns, 'options.globPatterns');
  if (only !== undefined) validateBoolean(only, 'options.only');
  if (watch !== undefined) validateBoolean(watch, 'options.watch');
  if (forceExit !== undefined) validateBoolean(forceExit, 'options.forceExit');
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  if (setup !== undefined) validateFunction(setup, 'options.setup');
  if (cwd !== undefined) validateString(cwd, 'options.cwd');
  if (timeout !== undefined) validateInteger(timeout, 'options.timeout', 0);
  if (concurrency === true) concurrency = Math.max(require('os').availableParallelism() - 1, 1);
  else if (concurrency === false || concurrency === undefined) concurrency = 1;
  else validateInteger(concurrency, 'options.concurrency', 1);
  const toRegExps = (v, name) => {
    if (v === undefined) return undefined;
    const list = Array.isArray(v) ? v : [v];
    return list.map((p, i) => {
      if (p instanceof RegExp) return p;
      if (typeof p !== 'string') {
        throw new ERR_INVALID_ARG_TYPE(`options.${name}[${i}]`, ['string', 'RegExp'], p);
      }
      const m = /^\/(.*)\/([a-z]*)$/s.exec(p);
      return m ? new RegExp(m[1], m[2]) : new RegExp(p);
    });
  };
  return {
    __proto__: null, files, concurrency, only: !!only,
    testNamePatterns: toRegExps(testNamePatterns, 'testNamePatterns'),
    testSkipPatterns: toRegExps(testSkipPatterns, 'testSkipPatterns'),
    timeout: timeout ?? Infinity, signal, cwd: cwd ?? process.cwd(), setup, watch,
    forceExit, isolation: isolation ?? 'process', globPatterns, env,
  };
}

function makeRunHarness(stream) {
  const h = {
    __proto__: null, stream, counters: newCounters(), testOnly: false, namePatterns: undefined,
    skipPatterns: undefined, startTime: process.hrtime.bigint(), ended: false,
    countCompletedTest, warnOnly() {}, root: null,
    onlyWarning: "'only' and 'runOnly' require the --test-only command-line option.",
    internalError(err) { process.nextTick(() => { throw err; }); },
  };
  return h;
}

function finish(h) {
  const root = h.root;
  const stream = h.stream;
  root.drain();
  stream.plan(0, undefined, h.counters.topLevel);
  for (const d of root.diagnostics) stream.diagnostic(0, undefined, d);
  const c = h.counters;
  const duration = Number(process.hrtime.bigint() - h.startTime) / 1e6;
  for (const [label, value] of [['tests', c.tests], ['suites', c.suites], ['pass', c.passed],
    ['fail', c.failed], ['cancelled', c.cancelled], ['skipped', c.skipped], ['todo', c.todo],
    ['duration_ms', duration]]) {
    stream.diagnostic(0, undefined, `${label} ${value}`);
  }
  const success = c.failed === 0 && c.cancelled === 0;
  stream.summary(0, undefined, success, { __proto__: null, ...c }, duration);
  h.success = success;
  stream.end();
  return success;
}

// run(): returns the TestsStream at once; the files run after the caller had a chance to
// attach reporters.
function run(options = { __proto__: null }) {
  const opts = normaliseRunOptions(options);
  const stream = new TestsStream();
  stream.usePipeline();
  const h = makeRunHarness(stream);
  h.root = new Test({ __proto__: null, harness: h, name: '<root>', concurrency: opts.concurrency,
    signal: opts.signal });
  if (opts.watch) {
    process.nextTick(() => stream.emit('error',
      new ERR_INVALID_ARG_VALUE('options.watch', true, 'is not supported by nodus')));
    return stream;
  }
  let files;
  try {
    files = opts.files !== undefined ? opts.files.map((f) => path.resolve(opts.cwd, f)) :
      findFiles(opts.globPatterns ?? [], opts.cwd);
  } catch (err) {
    process.nextTick(() => stream.emit('error', err));
    return stream;
  }
  const start = () => Promise.resolve(opts.setup ? opts.setup(stream) : undefined).then(() => {
    const subtests = files.map((f) => runFile(h.root, f, opts));
    return Promise.all(subtests.map((s) => s.start().then(() => {})));
  }).then(() => finish(h));
  process.nextTick(() => {
    start().catch((err) => stream.emit('error', err));
  });
  return stream;
}

module.exports = { run, findFiles, kDefaultPatterns, FileTest, runFile, makeRunHarness, finish,
  normaliseRunOptions };
