'use strict';
// `nodus --test [patterns...]`: runs the matching files, each in its own process, and reports
// them through the reporters named on the command line.

const { parseCommandLine, setupReporters } = require('internal/test_runner/utils');
const { TestsStream } = require('internal/test_runner/tests_stream');
const { Test } = require('internal/test_runner/test');
const { findFiles, runFile, makeRunHarness, finish } = require('internal/test_runner/runner');

module.exports = function runTestRunner(patterns) {
  const opts = parseCommandLine();
  if (opts.watch) {
    process.stderr.write('nodus: --watch is not supported with --test\n');
    process.exitCode = 9;
    return;
  }
  const stream = new TestsStream();
  const h = makeRunHarness(stream);
  const concurrency = opts.concurrency ??
    Math.max(require('os').availableParallelism() - 1, 1);
  h.root = new Test({ __proto__: null, harness: h, name: '<root>', concurrency });
  const runOpts = {
    __proto__: null, cwd: process.cwd(), only: opts.only,
    testNamePatterns: opts.testNamePatterns, testSkipPatterns: opts.testSkipPatterns,
    timeout: opts.timeout, forceExit: opts.forceExit,
  };
  let files;
  try {
    files = findFiles(patterns, runOpts.cwd);
  } catch (err) {
    if (err.code !== 'ENOENT') throw err;
    process.stderr.write(`${err.message}\n`);
    process.exitCode = 1;
    return;
  }
  setupReporters(stream).then(() => {
    const subtests = files.map((f) => runFile(h.root, f, runOpts));
    // (not awaited in an async function: the files' failures keep no frame of ours)
    return Promise.all(subtests.map((s) => s.start().then(() => {})));
  }).then(() => {
    const success = finish(h);
    if (!success) process.exitCode = 1;
    if (opts.forceExit) {
      require('internal/test_runner/utils').whenReportersDone().then(() => process.exit());
    }
  });
};
