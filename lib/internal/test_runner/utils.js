'use strict';
// Shared pieces of node:test: the command-line options, the reporters' setup, the async
// context that tells which test is running.

const { AsyncLocalStorage } = require('async_hooks');
const path = require('path');
const {
  codes: { ERR_INVALID_ARG_VALUE },
} = require('internal/errors');

const testStorage = new AsyncLocalStorage();

let parsed = null;
function parseCommandLine() {
  if (parsed !== null) return parsed;
  const o = internalBinding('options');
  const toRegExp = (list) => {
    if (!list || list.length === 0) return undefined;
    return list.map((p) => {
      const m = /^\/(.*)\/([a-z]*)$/s.exec(p);
      return m ? new RegExp(m[1], m[2]) : new RegExp(p.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&'));
    });
  };
  let timeout = o.testTimeout;
  if (timeout === undefined || timeout <= 0) timeout = Infinity;
  parsed = {
    __proto__: null,
    isTestRunner: !!o.test,
    only: !!o.testOnly,
    testNamePatterns: toRegExp(o.testNamePatterns),
    testSkipPatterns: toRegExp(o.testSkipPatterns),
    reporters: o.testReporters ?? [],
    destinations: o.testReporterDestinations ?? [],
    concurrency: o.testConcurrency || undefined,
    forceExit: !!o.testForceExit,
    watch: !!o.watch,
    timeout,
    isChild: process.env.NODE_TEST_CONTEXT === 'child-v8',
  };
  return parsed;
}

const builtinReporters = {
  __proto__: null,
  spec: 'internal/test_runner/reporter/spec',
  tap: 'internal/test_runner/reporter/tap',
  dot: 'internal/test_runner/reporter/dot',
  junit: 'internal/test_runner/reporter/junit',
  lcov: 'internal/test_runner/reporter/lcov',
};

function defaultReporter() {
  return process.stdout.isTTY ? 'spec' : 'tap';
}

function openDestination(dest) {
  if (dest === 'stdout') return process.stdout;
  if (dest === 'stderr') return process.stderr;
  const fs = require('fs');
  const fd = fs.openSync(path.resolve(dest), 'w', 0o666);
  const SyncWriteStream = require('internal/fs/sync_write_stream');
  return new SyncWriteStream(fd, { __proto__: null, autoClose: true });
}

// The reporters' output streams: ended once everything reported is written.
const reporterEnds = [];
function whenReportersDone() {
  return Promise.all(reporterEnds);
}

function loadCustomReporter(specifier) {
  const { Module } = require('internal/modules/cjs/loader');
  let resolved = specifier;
  if (specifier.startsWith('.') || path.isAbsolute(specifier)) {
    resolved = path.resolve(specifier);
  } else {
    try {
      resolved = Module._resolveFilename(specifier, {
        id: '<test-reporter>', filename: path.join(process.cwd(), 'index.js'),
        paths: Module._nodeModulePaths(process.cwd()),
      });
    } catch {
      // import() reports what it cannot find
    }
  }
  const url = resolved.startsWith('/') ? require('url').pathToFileURL(resolved).href : resolved;
  return import(url).then((ns) => ns.default ?? ns);
}

// Connects a reporter (a built-in's synchronous formatter, an async generator function or a
// stream constructor / instance) to a destination.
function attach(stream, reporter, dest) {
  if (reporter?.pipelineForm) {
    // as node: the reporter reads the events through a stream, so its output comes a few ticks
    // after the events (and console output of the tests interleaves with it as in node)
    stream.usePipeline?.();
    const out = require('stream').compose(stream, reporter.pipelineForm);
    reporterEnds.push(new Promise((resolve) => {
      out.once('end', resolve);
      out.once('error', resolve);
    }));
    out.pipe(dest);
    return;
  }
  if (typeof reporter === 'object' && reporter !== null && typeof reporter.format === 'function') {
    stream.addSyncListener((event) => {
      const out = event === null ? reporter.end() : reporter.format(event);
      if (out) dest.write(out);
      if (event === null && dest !== process.stdout && dest !== process.stderr) dest.end?.();
    });
    return;
  }
  stream.usePipeline?.();
  const { Transform } = require('stream');
  if (typeof reporter === 'function' && reporter.prototype !== undefined &&
      typeof reporter.prototype.pipe === 'function') {
    reporter = new reporter();
  }
  if (reporter instanceof Transform || (reporter && typeof reporter.pipe === 'function')) {
    stream.pipe(reporter);
    reporter.on('data', (chunk) => dest.write(chunk));
    reporter.on('end', () => {
      if (dest !== process.stdout && dest !== process.stderr) dest.end?.();
    });
    return;
  }
  if (typeof reporter === 'function') {
    (async () => {
      for await (const chunk of reporter(stream)) dest.write(chunk);
      if (dest !== process.stdout && dest !== process.stderr) dest.end?.();
    })().catch((err) => process.nextTick(() => { throw err; }));
    return;
  }
  throw new ERR_INVALID_ARG_VALUE('Reporter', reporter, 'is not a valid reporter');
}

function builtinFormatter(name) {
  const mod = require(builtinReporters[name]);
  const f = mod.createFormatter();
  f.pipelineForm = mod.pipelineForm?.();
  return f;
}

// Sets up the reporters named on the command line (the default: spec on a TTY, else tap).
// A child of `--test` writes the serialized events for its parent instead.
function setupReporters(stream) {
  const opts = parseCommandLine();
  if (opts.isChild) {
    const serializer = require('internal/test_runner/reporter/serializer');
    const f = serializer.createFormatter();
    f.pipelineForm = serializer.pipelineForm();
    attach(stream, f, process.stdout);
    return Promise.resolve();
  }
  let reporters = opts.reporters;
  let destinations = opts.destinations;
  if (reporters.length === 0) reporters = [defaultReporter()];
  if (destinations.length === 0 && reporters.length === 1) destinations = ['stdout'];
  if (reporters.length !== destinations.length) {
    throw new ERR_INVALID_ARG_VALUE('--test-reporter', reporters,
      'must match the number of specified \'--test-reporter-destination\'');
  }
  const pending = [];
  // With several reporters (or one still loading) each reads its own copy of the events.
  const copyOf = () => {
    const { Readable } = require('stream');
    const copy = new Readable({ __proto__: null, objectMode: true, read() {},
      highWaterMark: Number.MAX_SAFE_INTEGER });
    copy.usePipeline = () => {};
    stream.addSyncListener((event) => copy.push(event));
    return copy;
  };
  for (let i = 0; i < reporters.length; i++) {
    const name = reporters[i];
    const dest = openDestination(destinations[i]);
    if (name in builtinReporters) {
      attach(reporters.length > 1 ? copyOf() : stream, builtinFormatter(name), dest);
    } else {
      const copy = copyOf();
      pending.push(loadCustomReporter(name).then((r) => attach(copy, r, dest)));
    }
  }
  return pending.length === 0 ? Promise.resolve() : Promise.all(pending);
}

function formatDuration(ms) {
  return `${ms}ms`;
}

module.exports = {
  whenReportersDone, testStorage, parseCommandLine, setupReporters, attach, builtinFormatter,
  builtinReporters,
  openDestination, loadCustomReporter, defaultReporter, formatDuration,
};
