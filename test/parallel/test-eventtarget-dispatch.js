'use strict';
// EventTarget dispatch: order, once, capture identity, removal during
// dispatch, handleEvent objects, passive listeners, options.signal, and
// listener errors reported as uncaught exceptions.
const common = require('../common');
const assert = require('assert');

{
  // Listeners run in registration order with the target as `this`.
  const et = new EventTarget();
  const order = [];
  et.addEventListener('foo', common.mustCall(function(e) {
    assert.strictEqual(this, et);
    assert.strictEqual(e.target, et);
    assert.strictEqual(e.currentTarget, et);
    assert.strictEqual(e.eventPhase, Event.AT_TARGET);
    assert.deepStrictEqual(e.composedPath(), [et]);
    order.push(1);
  }));
  et.addEventListener('foo', () => order.push(2));
  et.addEventListener('bar', common.mustNotCall());
  const ev = new Event('foo');
  assert.strictEqual(et.dispatchEvent(ev), true);
  assert.deepStrictEqual(order, [1, 2]);
  assert.strictEqual(ev.target, et);
  assert.strictEqual(ev.currentTarget, null);
  assert.strictEqual(ev.eventPhase, Event.NONE);
  assert.deepStrictEqual(ev.composedPath(), []);
}

{
  // The same listener is added once per capture flag. Like Node 22,
  // removeEventListener() reads capture only from an options object: a
  // boolean `true` removes the non-capture registration.
  const et = new EventTarget();
  const fn = common.mustCall(4);
  et.addEventListener('x', fn);
  et.addEventListener('x', fn);
  et.addEventListener('x', fn, { capture: true });
  et.addEventListener('x', fn, true);
  et.dispatchEvent(new Event('x'));
  et.removeEventListener('x', fn, true);
  et.dispatchEvent(new Event('x'));
  et.removeEventListener('x', fn, { capture: false });
  et.dispatchEvent(new Event('x'));
}

{
  // once: removed before it runs, so re-dispatching inside does not re-run it.
  const et = new EventTarget();
  et.addEventListener('x', common.mustCall(() => {
    et.dispatchEvent(new Event('x'));
  }), { once: true });
  et.dispatchEvent(new Event('x'));
  et.dispatchEvent(new Event('x'));
}

{
  // A listener removed by an earlier one does not run.
  const et = new EventTarget();
  const second = common.mustNotCall();
  et.addEventListener('x', common.mustCall(() => et.removeEventListener('x', second)));
  et.addEventListener('x', second);
  et.dispatchEvent(new Event('x'));
}

{
  // handleEvent is looked up at dispatch time and called on the object.
  const et = new EventTarget();
  const listener = {};
  et.addEventListener('x', listener);
  listener.handleEvent = common.mustCall(function(e) {
    assert.strictEqual(this, listener);
    assert.strictEqual(e.type, 'x');
  });
  et.dispatchEvent(new Event('x'));
}

{
  // preventDefault() in a passive listener is ignored.
  const et = new EventTarget();
  et.addEventListener('x', common.mustCall((e) => {
    e.preventDefault();
    assert.strictEqual(e.defaultPrevented, false);
  }), { passive: true });
  assert.strictEqual(et.dispatchEvent(new Event('x', { cancelable: true })), true);
  et.addEventListener('y', (e) => e.preventDefault());
  assert.strictEqual(et.dispatchEvent(new Event('y', { cancelable: true })), false);
  assert.strictEqual(et.dispatchEvent(new Event('y')), true);
}

{
  // stopImmediatePropagation() skips the remaining listeners.
  const et = new EventTarget();
  et.addEventListener('x', (e) => e.stopImmediatePropagation());
  et.addEventListener('x', common.mustNotCall());
  et.dispatchEvent(new Event('x'));
}

{
  // options.signal removes the listener on abort; an aborted signal adds nothing.
  const et = new EventTarget();
  const ac = new AbortController();
  et.addEventListener('x', common.mustCall(1), { signal: ac.signal });
  et.dispatchEvent(new Event('x'));
  ac.abort();
  et.dispatchEvent(new Event('x'));
  et.addEventListener('x', common.mustNotCall(), { signal: ac.signal });
  et.dispatchEvent(new Event('x'));
  assert.throws(() => et.addEventListener('x', () => {}, { signal: {} }), {
    code: 'ERR_INVALID_ARG_TYPE',
  });
}

{
  // Recursive dispatch of the event being dispatched.
  const et = new EventTarget();
  et.addEventListener('x', common.mustCall((e) => {
    assert.throws(() => et.dispatchEvent(e), {
      code: 'ERR_EVENT_RECURSION',
      name: 'Error',
      message: 'The event "x" is already being dispatched',
    });
  }));
  et.dispatchEvent(new Event('x'));
}

{
  // Errors thrown or rejected by listeners surface as uncaught exceptions,
  // after the dispatch completed and the remaining listeners ran.
  const et = new EventTarget();
  const errors = [];
  process.on('uncaughtException', common.mustCall((err) => {
    errors.push(err.message);
  }, 3));
  et.addEventListener('x', () => {
    throw new Error('sync');
  });
  et.addEventListener('x', async () => {
    throw new Error('async');
  });
  et.addEventListener('x', {
    handleEvent() {
      throw new Error('object');
    },
  });
  const last = common.mustCall();
  et.addEventListener('x', last);
  assert.strictEqual(et.dispatchEvent(new Event('x')), true);
  assert.deepStrictEqual(errors, []);
  process.on('exit', () => {
    assert.deepStrictEqual(errors.sort(), ['async', 'object', 'sync']);
  });
}
