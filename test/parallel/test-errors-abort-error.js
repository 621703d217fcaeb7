'use strict';
// AbortError as the public APIs create it.
const common = require('../common');
const assert = require('assert');
const { once, EventEmitter } = require('events');

(async () => {
  const controller = new AbortController();
  const reason = new Error('why');
  controller.abort(reason);
  const err = await once(new EventEmitter(), 'never', { signal: controller.signal })
    .then(common.mustNotCall(), (e) => e);
  assert.ok(err instanceof Error);
  assert.strictEqual(err.name, 'AbortError');
  assert.strictEqual(err.code, 'ABORT_ERR');
  assert.strictEqual(err.message, 'The operation was aborted');
  assert.strictEqual(err.cause, reason);
  assert.strictEqual(err.constructor.name, 'AbortError');
  assert.strictEqual(Object.getPrototypeOf(err.constructor), Error);
  assert.deepStrictEqual(Object.keys(err), ['code', 'name']);
  assert.strictEqual(Object.getOwnPropertyDescriptor(err, 'cause').enumerable, false);
  assert.strictEqual(err.stack.split('\n')[0], 'AbortError: The operation was aborted');
  assert.strictEqual(err.toString(), 'AbortError: The operation was aborted');

  // Constructing one from the class.
  const { constructor: AbortError } = err;
  const plain = new AbortError();
  assert.strictEqual(plain.message, 'The operation was aborted');
  assert.strictEqual(plain.code, 'ABORT_ERR');
  assert.ok(!('cause' in plain));
  const custom = new AbortError('custom', { cause: 7 });
  assert.strictEqual(custom.message, 'custom');
  assert.strictEqual(custom.cause, 7);
  assert.throws(() => new AbortError('m', 5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options" argument must be of type object. Received type number (5)',
  });
})().then(common.mustCall());
