'use strict';
// assert.CallTracker (deprecated): calls, getCalls, report, reset, verify.
const common = require('../common');
const assert = require('assert');

common.expectWarning('DeprecationWarning', 'assert.CallTracker is deprecated.', 'DEP0173');

const tracker = new assert.CallTracker();
assert.deepStrictEqual(Object.getOwnPropertyNames(Object.getPrototypeOf(tracker)),
                       ['constructor', 'reset', 'getCalls', 'calls', 'report', 'verify']);

function foo() { return 1; }
const tracked = tracker.calls(foo, 2);
assert.strictEqual(tracked.name, 'foo');
assert.strictEqual(tracked.length, 0);
assert.strictEqual(tracked(), 1);
const noop = tracker.calls();
assert.strictEqual(noop.name, '');
assert.strictEqual(noop(), undefined);
assert.deepStrictEqual(tracker.getCalls(tracked), [{ thisArg: undefined, arguments: [] }]);

const report = tracker.report();
assert.strictEqual(report.length, 1);
assert.strictEqual(report[0].message,
                   'Expected the foo function to be executed 2 time(s) but was executed ' +
                   '1 time(s).');
assert.strictEqual(report[0].actual, 1);
assert.strictEqual(report[0].expected, 2);
assert.strictEqual(report[0].operator, 'foo');
assert.strictEqual(typeof report[0].stack, 'object');

assert.throws(() => tracker.verify(), (err) => {
  assert.strictEqual(err.code, 'ERR_ASSERTION');
  assert.strictEqual(err.message, report[0].message);
  assert.strictEqual(err.operator, undefined);
  assert.strictEqual(err.generatedMessage, false);
  assert.deepStrictEqual(Object.keys(err), [
    'generatedMessage', 'code', 'actual', 'expected', 'operator', 'message 0', 'actual 0',
    'expected 0', 'operator 0', 'stack trace 0', 'diff',
  ]);
  return true;
});

const thisArg = { x: 1 };
tracked.call(thisArg, 5, 6);
tracker.verify();
assert.deepStrictEqual(tracker.getCalls(tracked)[1], { thisArg, arguments: [5, 6] });
tracker.reset(tracked);
assert.deepStrictEqual(tracker.getCalls(tracked), []);
tracker.reset();

// Several failures.
const t2 = new assert.CallTracker();
const anonymous = t2.calls(() => {}, 1);
t2.calls(function qq() {}, 2);
anonymous();
anonymous();
assert.throws(() => t2.verify(), {
  message: 'Functions were not called the expected number of times',
});
assert.strictEqual(t2.report()[0].message,
                   'Expected the calls function to be executed 1 time(s) but was executed ' +
                   '2 time(s).');

// Argument errors.
assert.throws(() => tracker.calls(foo, 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "expected" argument must be of type number. Received type string (\'x\')',
});
assert.throws(() => tracker.calls(foo, 0), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "expected" is out of range. It must be >= 1 && <= 4294967295. ' +
    'Received 0',
});
assert.throws(() => tracker.getCalls(foo), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'tracked' is not a tracked function. Received [Function: foo]",
});
assert.throws(() => tracker.reset(foo), { code: 'ERR_INVALID_ARG_VALUE' });
// A number alone is the expected count of a no-op function.
const t3 = new assert.CallTracker();
const counted = t3.calls(2);
counted();
counted();
t3.verify();
