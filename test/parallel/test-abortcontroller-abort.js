'use strict';
// AbortController.abort() and AbortSignal state: default and custom reasons,
// one trusted 'abort' event, onabort, throwIfAborted(), AbortSignal.abort().
const common = require('../common');
const assert = require('assert');

{
  const ac = new AbortController();
  const { signal } = ac;
  assert.strictEqual(signal.aborted, false);
  assert.strictEqual(signal.reason, undefined);
  signal.throwIfAborted();
  signal.onabort = common.mustCall(function(e) {
    assert.strictEqual(this, signal);
    assert.strictEqual(e.type, 'abort');
    assert.strictEqual(e.isTrusted, true);
    assert.strictEqual(signal.aborted, true);
  });
  signal.addEventListener('abort', common.mustCall());
  ac.abort();
  ac.abort(new Error('ignored'));
  assert.ok(signal.reason instanceof DOMException);
  assert.strictEqual(signal.reason.name, 'AbortError');
  assert.strictEqual(signal.reason.code, 20);
  assert.strictEqual(signal.reason.message, 'This operation was aborted');
  assert.throws(() => signal.throwIfAborted(), { name: 'AbortError' });
}

{
  const reason = { custom: true };
  const ac = new AbortController();
  ac.abort(reason);
  assert.strictEqual(ac.signal.reason, reason);
  assert.throws(() => ac.signal.throwIfAborted(), (err) => err === reason);
}

{
  const s = AbortSignal.abort();
  assert.strictEqual(s.aborted, true);
  assert.strictEqual(s.reason.name, 'AbortError');
  assert.strictEqual(AbortSignal.abort(null).reason, null);
  assert.strictEqual(AbortSignal.abort('x').reason, 'x');
}

{
  assert.throws(() => new AbortSignal(), { code: 'ERR_ILLEGAL_CONSTRUCTOR', name: 'TypeError' });
  const getter = Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get;
  assert.throws(() => getter.call({}), { code: 'ERR_INVALID_THIS' });
  assert.throws(() => AbortController.prototype.abort.call({}), TypeError);
  assert.ok(new AbortController().signal instanceof EventTarget);
}

{
  // The handler set through onabort keeps its first registration's position.
  const ac = new AbortController();
  const order = [];
  ac.signal.onabort = () => order.push('old');
  ac.signal.addEventListener('abort', () => order.push('listener'));
  ac.signal.onabort = () => order.push('new');
  assert.strictEqual(typeof ac.signal.onabort, 'function');
  ac.abort();
  assert.deepStrictEqual(order, ['new', 'listener']);
  ac.signal.onabort = null;
  assert.strictEqual(ac.signal.onabort, null);
}
