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
  // An async listener that throws: the error arrives as an 'error' event,
  // asynchronously.
  const emitter = new EventEmitter({ captureRejections: true });
  const failure = new RangeError('listener failed');
  let sync = true;
  emitter.on('job', common.mustCall(async (n) => {
    assert.strictEqual(n, 1);
    throw failure;
  }));
  emitter.on('error', common.mustCall((err) => {
    assert.strictEqual(sync, false);
    assert.strictEqual(err, failure);
  }));
  assert.strictEqual(emitter.emit('job', 1), true);
  sync = false;
}

{
  // Any thenable counts.
  const emitter = new EventEmitter({ captureRejections: true });
  const failure = new Error('thenable rejected');
  emitter.on('job', common.mustCall(() => ({
    then(onFulfilled, onRejected) { onRejected(failure); },
  })));
  emitter.on('error', common.mustCall((err) => assert.strictEqual(err, failure)));
  emitter.emit('job');
}

{
  // A method under Symbol.for('nodejs.rejection') receives the error, the
  // event name and the event arguments instead.
  const emitter = new EventEmitter({ captureRejections: true });
  const failure = new Error('to the handler');
  emitter.on('job', async () => { throw failure; });
  emitter.on('error', common.mustNotCall());
  emitter[captureRejectionSymbol] = common.mustCall(function(err, name, ...args) {
    assert.strictEqual(this, emitter);
    assert.strictEqual(err, failure);
    assert.strictEqual(name, 'job');
    assert.deepStrictEqual(args, ['x', 2]);
  });
  emitter.emit('job', 'x', 2);
}

{
  // Resolved promises and plain return values are ignored.
  const emitter = new EventEmitter({ captureRejections: true });
  emitter.on('job', common.mustCall(async () => 'fine'));
  emitter.on('job', common.mustCall(() => 42));
  emitter.on('error', common.mustNotCall());
  emitter.emit('job');
}

{
  // Off by default: the returned promise is left alone.
  const emitter = new EventEmitter();
  const rejected = Promise.reject(new Error('ignored'));
  rejected.catch(common.mustCall());
  emitter.on('job', common.mustCall(() => rejected));
  emitter.on('error', common.mustNotCall());
  emitter.emit('job');
}

{
  // Option validation: truthy non-booleans throw, falsy values are ignored.
  assert.throws(() => new EventEmitter({ captureRejections: 'yes' }), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "options.captureRejections" property must be of type boolean. ' +
             "Received type string ('yes')",
  });
  for (const falsy of [0, '', null, undefined, false]) {
    assert.ok(new EventEmitter({ captureRejections: falsy }) instanceof EventEmitter);
  }
  assert.throws(() => { EventEmitter.captureRejections = 1; }, {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "EventEmitter.captureRejections" property must be of type boolean. ' +
             'Received type number (1)',
  });
}

{
  // The static switch changes the default for new emitters only.
  const before = new EventEmitter();
  EventEmitter.captureRejections = true;
  const after = new EventEmitter();
  EventEmitter.captureRejections = false;
  const failure = new Error('default on');
  after.on('job', async () => { throw failure; });
  after.on('error', common.mustCall((err) => assert.strictEqual(err, failure)));
  after.emit('job');
  const quiet = Promise.reject(new Error('not captured'));
  quiet.catch(() => {});
  before.on('job', () => quiet);
  before.on('error', common.mustNotCall());
  before.emit('job');
}
