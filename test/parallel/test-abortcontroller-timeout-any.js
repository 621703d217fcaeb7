'use strict';
// AbortSignal.timeout() (TimeoutError, argument checks) and AbortSignal.any()
// (first reason wins, dependants abort before their events, composites).
const common = require('../common');
const assert = require('assert');

{
  const signal = AbortSignal.timeout(10);
  assert.strictEqual(signal.aborted, false);
  signal.addEventListener('abort', common.mustCall(() => {
    assert.strictEqual(signal.reason.name, 'TimeoutError');
    assert.strictEqual(signal.reason.code, 23);
    assert.strictEqual(signal.reason.message, 'The operation was aborted due to timeout');
  }));
  // A ref'd timer keeps the process alive until the signal fired.
  setTimeout(() => assert.strictEqual(signal.aborted, true), 100);
}

assert.throws(() => AbortSignal.timeout(-1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => AbortSignal.timeout('1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => AbortSignal.timeout(1.5), { code: 'ERR_OUT_OF_RANGE' });

{
  const a = new AbortController();
  const b = new AbortController();
  const any = AbortSignal.any([a.signal, b.signal]);
  const nested = AbortSignal.any([any]);
  assert.strictEqual(any.aborted, false);
  a.signal.addEventListener('abort', common.mustCall(() => {
    // Every dependant is already aborted when the first event fires.
    assert.strictEqual(any.aborted, true);
    assert.strictEqual(nested.aborted, true);
  }));
  nested.addEventListener('abort', common.mustCall());
  b.abort('b');
  a.abort('a');
  assert.strictEqual(any.reason, 'b');
  assert.strictEqual(nested.reason, 'b');
}

{
  const aborted = AbortSignal.abort('first');
  const s = AbortSignal.any([new AbortController().signal, aborted, AbortSignal.abort('second')]);
  assert.strictEqual(s.aborted, true);
  assert.strictEqual(s.reason, 'first');
  assert.strictEqual(AbortSignal.any([]).aborted, false);
  assert.throws(() => AbortSignal.any([{}]), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: /signals\[0\]/,
  });
  assert.throws(() => AbortSignal.any(), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
}

{
  const timed = AbortSignal.any([AbortSignal.timeout(5)]);
  timed.addEventListener('abort', common.mustCall(() => {
    assert.strictEqual(timed.reason.name, 'TimeoutError');
  }));
}
