'use strict';
// node:test/reporters: the built-in reporters for custom pipelines.

let lcov;
module.exports = {};
Object.defineProperties(module.exports, {
  dot: { __proto__: null, configurable: true, enumerable: true,
    get() { return require('internal/test_runner/reporter/dot').dotReporter; } },
  junit: { __proto__: null, configurable: true, enumerable: true,
    get() { return require('internal/test_runner/reporter/junit').junitReporter; } },
  spec: { __proto__: null, configurable: true, enumerable: true,
    get() { return require('internal/test_runner/reporter/spec').SpecReporter; } },
  tap: { __proto__: null, configurable: true, enumerable: true,
    get() { return require('internal/test_runner/reporter/tap').tapReporter; } },
  lcov: { __proto__: null, configurable: true, enumerable: true,
    get() {
      const { LcovReporter } = require('internal/test_runner/reporter/lcov');
      lcov ??= new LcovReporter();
      return lcov;
    } },
});
