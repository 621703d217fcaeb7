'use strict';
// captureRejections: rejected promises from listeners become 'error' events
// or calls of Symbol.for('nodejs.rejection').
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const { captureRejectionSymbol } = EventEmitter;

assert.strictEqual(captureRejectionSymbol, Symbol.for('nodejs.rejection'));
assert.strictEqual(EventEmitter.captureRejections, false);

{
  const ee = new EventEmitter({ captureRejections: true });
  const _err = new Error('kaboom');
  ee.on('something', common.mustCall(async (value) => {
    throw _err;
  }));
  ee.on('error', common.mustCall((err) => {
    assert.strictEqual(err, _err);
  }));
  ee.emit('something');
}

{
  // A synchronous-looking thenable is handled too.
  const ee = new EventEmitter({ captureRejections: true });
  const _err = new Error('thenable');
  ee.on('something', common.mustCall(() => ({
    then(resolve, reject) { reject(_err); },
  })));
  ee.on('error', common.mustCall((err) => assert.strictEqual(err, _err)));
  ee.emit('something');
}

{
  // Symbol.for('nodejs.rejection') gets the error, event name and arguments.
  const ee = new EventEmitter({ captureRejections: true });
  const _err = new Error('kaboom');
  ee.on('something', common.mustCall(async (value) => {
    throw _err;
  }));
  ee[captureRejectionSymbol] = common.mustCall((err, ev, ...args) => {
    assert.strictEqual(err, _err);
    assert.strictEqual(ev, 'something');
    assert.deepStrictEqual(args, [42, 'x']);
  });
  ee.emit('something', 42, 'x');
}

{
  // Without captureRejections the rejection is not captured.
  const ee = new EventEmitter();
  const p = Promise.reject(new Error('not captured'));
  p.catch(() => {});
  ee.on('x', common.mustCall(() => p));
  ee.on('error', common.mustNotCall());
  ee.emit('x');
}

{
  // An 'error' listener that rejects does not loop forever.
  const ee = new EventEmitter({ captureRejections: true });
  const _err1 = new Error('first');
  ee.on('something', common.mustCall(async () => { throw _err1; }));
  ee.on('error', common.mustCall(async (err) => {
    assert.strictEqual(err, _err1);
    // This rejection is not captured again.
    return 'resolved';
  }));
  ee.emit('something');
}

{
  // Invalid options.
  assert.throws(() => new EventEmitter({ captureRejections: 'x' }), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "options.captureRejections" property must be of type boolean. ' +
             "Received type string ('x')",
  });
  // Falsy values are ignored.
  const ee = new EventEmitter({ captureRejections: 0 });
  assert.ok(ee);
  assert.throws(() => { EventEmitter.captureRejections = 1; }, {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "EventEmitter.captureRejections" property must be of type boolean. ' +
             'Received type number (1)',
  });
}

{
  // The global default.
  EventEmitter.captureRejections = true;
  const ee = new EventEmitter();
  const _err = new Error('global');
  ee.on('x', common.mustCall(async () => { throw _err; }));
  ee.on('error', common.mustCall((err) => assert.strictEqual(err, _err)));
  ee.emit('x');
  EventEmitter.captureRejections = false;
  assert.strictEqual(EventEmitter.captureRejections, false);
}
