'use strict';
// Write errors: ignored by default (synchronous throws and asynchronous
// 'error' events), propagated with ignoreErrors: false.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const { Console } = require('console');

// A stream whose write() throws synchronously.
function throwing() {
  const s = new EventEmitter();
  s.write = () => {
    throw new Error('write failed');
  };
  return s;
}

{
  const s = throwing();
  const c = new Console(s);
  c.log('swallowed');
  c.error('swallowed');
  c.table([{ a: 1 }]);
  // The temporary no-op 'error' listener is gone again.
  assert.strictEqual(s.listenerCount('error'), 0);
}

{
  const c = new Console({ stdout: throwing(), ignoreErrors: false });
  assert.throws(() => c.log('x'), { message: 'write failed' });
}

// With ignoreErrors: false, write() gets only the string and its result is returned.
{
  const s = new EventEmitter();
  s.write = common.mustCall(function(chunk) {
    assert.strictEqual(arguments.length, 1);
    assert.strictEqual(chunk, 'x\n');
    return 'result';
  });
  new Console({ stdout: s, ignoreErrors: false }).log('x');
}

// By default write() gets a callback; an asynchronous error reported through
// it, then emitted, does not become an uncaught exception.
{
  const s = new EventEmitter();
  s._writableState = { errorEmitted: false };
  s.write = common.mustCall((chunk, cb) => {
    assert.strictEqual(chunk, 'async\n');
    assert.strictEqual(typeof cb, 'function');
    // A listener exists during the write...
    assert.strictEqual(s.listenerCount('error'), 1);
    setImmediate(() => {
      const err = new Error('EPIPE');
      cb(err);
      s.emit('error', err);
      assert.strictEqual(s.listenerCount('error'), 0);
    });
    return false;
  });
  new Console(s).log('async');
  // ...and not after it.
  assert.strictEqual(s.listenerCount('error'), 0);
}

// An existing 'error' listener is left alone and no extra one is added.
{
  const s = new EventEmitter();
  const onError = common.mustNotCall();
  s.on('error', onError);
  s.write = common.mustCall(() => {
    assert.deepStrictEqual(s.listeners('error'), [onError]);
    return true;
  });
  new Console(s).log('x');
  assert.deepStrictEqual(s.listeners('error'), [onError]);
}
