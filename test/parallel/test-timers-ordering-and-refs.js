'use strict';
const common = require('../common');
const assert = require('assert');

// Timers of the same duration fire in insertion order; shorter ones first. Each timer counts
// from the loop's time when it is made (refreshed, as node does), so 'a' is far shorter than the
// b timers: a stall between two statements cannot make it expire after b1.
const order = [];
setTimeout(common.mustCall(() => order.push('b1')), 200);
setTimeout(common.mustCall(() => order.push('a')), 1);
setTimeout(common.mustCall(() => order.push('b2')), 200);
setTimeout(common.mustCall(() => {
  assert.deepStrictEqual(order, ['a', 'b1', 'b2']);
}), 300);

// unref'd timers do not keep the loop alive; ref() brings it back.
const t = setTimeout(common.mustNotCall(), 100000);
assert.strictEqual(t.hasRef(), true);
assert.strictEqual(t.unref(), t);
assert.strictEqual(t.hasRef(), false);
t.ref();
assert.strictEqual(t.hasRef(), true);
t.unref();

// clearTimeout accepts the primitive id; intervals can be cleared with clearTimeout.
const byId = setTimeout(common.mustNotCall(), 10);
clearTimeout(byId[Symbol.toPrimitive]());
const iv = setInterval(common.mustCall(() => clearTimeout(iv), 1), 1);

// refresh() restarts the countdown: r, refreshed halfway, fires after s, a timer of the same
// duration made just after r (without the refresh, r would fire first: same duration, made first).
// Only the timers' own clock decides this, so a loaded machine cannot change the order.
const fired = [];
const r = setTimeout(common.mustCall(() => fired.push('r')), 30);
setTimeout(common.mustCall(() => fired.push('s')), 30);
setTimeout(() => r.refresh(), 15);
process.on('exit', () => assert.deepStrictEqual(fired, ['s', 'r']));

// close() is clearTimeout.
setTimeout(common.mustNotCall(), 1).close();

// Overflowing delays become 1ms with a TimeoutOverflowWarning.
common.expectWarning('TimeoutOverflowWarning',
                     '2147483648 does not fit into a 32-bit signed integer.\n' +
                     'Timeout duration was set to 1.');
setTimeout(common.mustCall(), 2 ** 31);

// Validation.
for (const bad of [undefined, null, 1, 'x', {}]) {
  assert.throws(() => setTimeout(bad), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
  assert.throws(() => setInterval(bad), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => setImmediate(bad), { code: 'ERR_INVALID_ARG_TYPE' });
}
