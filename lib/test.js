'use strict';
// node:test: test()/it(), describe()/suite(), hooks, mock and run().

const { runInParent, hook } = require('internal/test_runner/harness');
const { Test, Suite } = require('internal/test_runner/test');

function withVariants(fn) {
  fn.skip = (name, options, f) => runVariant(fn, { skip: true }, name, options, f);
  fn.todo = (name, options, f) => runVariant(fn, { todo: true }, name, options, f);
  fn.only = (name, options, f) => runVariant(fn, { only: true }, name, options, f);
  return fn;
}

function runVariant(fn, extra, name, options, f) {
  const { normaliseArgs } = require('internal/test_runner/test');
  const args = normaliseArgs(name, options, f);
  return fn(args.name, { __proto__: null, ...args.options, ...extra }, args.fn);
}

const runTest = runInParent(Test);
const runSuite = runInParent(Suite);

const test = withVariants(function test(name, options, fn) {
  return runTest(name, options, fn);
});
const suite = withVariants(function suite(name, options, fn) {
  return runSuite(name, options, fn);
});
const it = withVariants(function it(name, options, fn) {
  return runTest(name, options, fn);
});
const describe = withVariants(function describe(name, options, fn) {
  return runSuite(name, options, fn);
});

let lazyMock;
function getMock() {
  if (lazyMock === undefined) {
    const { MockTracker } = require('internal/test_runner/mock/mock');
    lazyMock = new MockTracker();
  }
  return lazyMock;
}

module.exports = test;
Object.assign(module.exports, {
  after: hook('after'),
  assert: { __proto__: null, register: (name, fn) =>
    require('internal/test_runner/test').registerAssertion(name, fn) },
  afterEach: hook('afterEach'),
  before: hook('before'),
  beforeEach: hook('beforeEach'),
  describe,
  it,
  run: (...args) => require('internal/test_runner/runner').run(...args),
  suite,
  test,
});
Object.defineProperty(module.exports, 'mock', {
  __proto__: null, configurable: true, enumerable: true, get: getMock,
});
