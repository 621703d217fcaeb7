'use strict';
// DOMException: name/message/code, legacy constants, options with cause,
// Error inheritance, stack, structured brand checks.
require('../common');
const assert = require('assert');

const e = new DOMException('oops', 'NotFoundError');
assert.ok(e instanceof Error);
assert.strictEqual(e.name, 'NotFoundError');
assert.strictEqual(e.message, 'oops');
assert.strictEqual(e.code, 8);
assert.strictEqual(e.code, DOMException.NOT_FOUND_ERR);
assert.strictEqual(e.NOT_FOUND_ERR, 8);
assert.strictEqual(String(e), 'NotFoundError: oops');
assert.match(e.stack, /^NotFoundError: oops\n {4}at /);
assert.strictEqual(Object.prototype.toString.call(e), '[object DOMException]');
assert.deepStrictEqual(Object.keys(e), []);

const plain = new DOMException();
assert.strictEqual(plain.name, 'Error');
assert.strictEqual(plain.message, '');
assert.strictEqual(plain.code, 0);

assert.strictEqual(new DOMException('x', 'UnknownName').code, 0);
assert.strictEqual(new DOMException('x', 'TimeoutError').code, 23);
assert.strictEqual(new DOMException('x', 'DataCloneError').code, 25);

const caused = new DOMException('x', { name: 'AbortError', cause: 'why' });
assert.strictEqual(caused.name, 'AbortError');
assert.strictEqual(caused.cause, 'why');
assert.strictEqual(Object.getOwnPropertyDescriptor(caused, 'cause').enumerable, false);
assert.strictEqual('cause' in new DOMException('x', { name: 'AbortError' }), false);

for (const key of ['name', 'message', 'code']) {
  const getter = Object.getOwnPropertyDescriptor(DOMException.prototype, key).get;
  assert.throws(() => getter.call({}), {
    name: 'TypeError',
    code: 'ERR_INVALID_THIS',
    message: 'Value of "this" must be of DOMException',
  });
}
assert.throws(() => DOMException(), TypeError);
