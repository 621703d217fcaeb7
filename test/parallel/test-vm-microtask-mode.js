'use strict';
// microtaskMode 'afterEvaluate': the context has its own microtask queue, drained when the
// evaluation ends (before runInContext returns); otherwise the context's promise jobs run on the
// main queue, after the current synchronous code.
const common = require('../common');
const assert = require('assert');
const vm = require('vm');

const log = [];
const own = vm.createContext({ log }, { microtaskMode: 'afterEvaluate' });
vm.runInContext('Promise.resolve().then(() => log.push("own microtask")); log.push("own sync")', own);
log.push('after own');

const shared = vm.createContext({ log });
vm.runInContext('Promise.resolve().then(() => log.push("shared microtask"))', shared);
log.push('after shared');

assert.deepStrictEqual(log, ['own sync', 'own microtask', 'after own', 'after shared']);
queueMicrotask(common.mustCall(() => {
  assert.deepStrictEqual(log, ['own sync', 'own microtask', 'after own', 'after shared',
                               'shared microtask']);
}));

// runInNewContext takes the option as well.
const out = [];
vm.runInNewContext('Promise.resolve(1).then((v) => out.push(v))', { out },
                   { microtaskMode: 'afterEvaluate' });
assert.deepStrictEqual(out, [1]);
