'use strict';
// v8.promiseHooks: init/before/after/settled hooks for promises of this context; the returned
// functions stop them; createHook installs several at once.
const common = require('../common');
const assert = require('assert');
const { promiseHooks } = require('v8');

const events = [];
const stop = promiseHooks.createHook({
  init(promise, parent) { events.push(['init', parent === undefined ? 'none' : 'parent']); },
  before() { events.push(['before']); },
  after() { events.push(['after']); },
  settled() { events.push(['settled']); },
});
const p = Promise.resolve(1);
p.then(common.mustCall(() => {
  stop();
  const names = events.map((e) => e[0]);
  assert.ok(names.includes('init'));
  assert.ok(names.includes('settled'));
  assert.ok(names.includes('before'));
  const count = events.length;
  Promise.resolve(2).then(common.mustCall(() => {
    assert.strictEqual(events.length, count);
  }));
}));

// Two init hooks both run; each stop removes only its own.
let a = 0;
let b = 0;
const stopA = promiseHooks.onInit(() => a++);
const stopB = promiseHooks.onInit(() => b++);
Promise.resolve();
assert.strictEqual(a, 1);
assert.strictEqual(b, 1);
stopA();
Promise.resolve();
assert.strictEqual(a, 1);
assert.strictEqual(b, 2);
stopB();
stopB();
Promise.resolve();
assert.strictEqual(b, 2);

assert.throws(() => promiseHooks.onInit(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "initHook" argument must be of type function. Received type number (1)',
});
assert.throws(() => promiseHooks.createHook({ settled: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
