'use strict';
// Many short-lived contexts: each sandbox keeps its context, and both go away together;
// a sandbox stays usable as long as it is referenced.
// Flags: --expose-gc
require('../common');
const assert = require('assert');
const vm = require('vm');

const kept = [];
for (let i = 0; i < 200; i++) {
  const sandbox = { i };
  vm.createContext(sandbox);
  vm.runInContext('var doubled = i * 2; globalThis.fn = () => doubled', sandbox);
  if (i % 50 === 0) kept.push(sandbox);
}
globalThis.gc();
globalThis.gc();
for (const sandbox of kept) {
  assert.strictEqual(vm.isContext(sandbox), true);
  assert.strictEqual(sandbox.doubled, sandbox.i * 2);
  assert.strictEqual(vm.runInContext('fn()', sandbox), sandbox.i * 2);
}
// A function from a collected context's global keeps working through its closure.
const fns = [];
for (let i = 0; i < 20; i++) fns.push(vm.runInNewContext('(x) => [x, typeof Array]'));
globalThis.gc();
for (const fn of fns) assert.strictEqual(fn(1).join(), '1,function');
