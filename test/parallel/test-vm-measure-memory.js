'use strict';
// vm.measureMemory resolves with V8's estimate ({ total: { jsMemoryEstimate, jsMemoryRange } });
// its options are validated.
const common = require('../common');
const assert = require('assert');
const vm = require('vm');

common.expectWarning('ExperimentalWarning',
                     'vm.measureMemory is an experimental feature and might change at any time');

function check(result) {
  assert.strictEqual(typeof result.total.jsMemoryEstimate, 'number');
  assert.ok(result.total.jsMemoryEstimate > 0);
  assert.ok(Array.isArray(result.total.jsMemoryRange));
  assert.strictEqual(result.total.jsMemoryRange.length, 2);
}

vm.measureMemory({ execution: 'eager' }).then(common.mustCall(check));
vm.measureMemory({ mode: 'detailed', execution: 'eager' }).then(common.mustCall((result) => {
  check(result);
  assert.strictEqual(typeof result.current.jsMemoryEstimate, 'number');
}));

assert.throws(() => vm.measureMemory(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => vm.measureMemory({ mode: 'x' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => vm.measureMemory({ execution: 'x' }), { code: 'ERR_INVALID_ARG_VALUE' });
