'use strict';
// events.addAbortListener(): runs once on abort, returns a disposable.
const common = require('../common');
const assert = require('assert');
const { addAbortListener } = require('events');

{
  // Called with the abort event when the signal aborts.
  const controller = new AbortController();
  const disposable = addAbortListener(controller.signal, common.mustCall((ev) => {
    assert.strictEqual(ev.type, 'abort');
  }));
  assert.strictEqual(Object.getPrototypeOf(disposable), null);
  assert.strictEqual(typeof disposable[Symbol.dispose], 'function');
  controller.abort();
  controller.abort();
}

{
  // Already aborted: called asynchronously, without arguments.
  let sync = true;
  addAbortListener(AbortSignal.abort(), common.mustCall((...args) => {
    assert.strictEqual(sync, false);
    assert.strictEqual(args.length, 0);
  }));
  sync = false;
}

{
  // Disposing removes the listener.
  const controller = new AbortController();
  const disposable = addAbortListener(controller.signal, common.mustNotCall());
  disposable[Symbol.dispose]();
  controller.abort();
  // Disposing twice is harmless.
  disposable[Symbol.dispose]();
}

{
  // The listener runs even when another listener stops propagation.
  const controller = new AbortController();
  controller.signal.addEventListener('abort', (e) => e.stopImmediatePropagation());
  addAbortListener(controller.signal, common.mustCall());
  controller.abort();
}

{
  // Validation.
  assert.throws(() => addAbortListener(), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "signal" argument must be an instance of AbortSignal. Received undefined',
  });
  assert.throws(() => addAbortListener(null, () => {}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "signal" argument must be an instance of AbortSignal. Received null',
  });
  assert.throws(() => addAbortListener(1, () => {}), {
    message: 'The "signal" argument must be an instance of AbortSignal. Received type number (1)',
  });
  assert.throws(() => addAbortListener(new AbortController().signal, 1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "listener" argument must be of type function. Received type number (1)',
  });
}
