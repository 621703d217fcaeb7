'use strict';
const common = require('../common');
const assert = require('assert');
const util = require('util');

async function double(x) { return x * 2; }
const cbDouble = util.callbackify(double);
assert.strictEqual(cbDouble.name, 'doubleCallbackified');
assert.strictEqual(cbDouble.length, 2);
cbDouble(21, common.mustSucceed((v) => assert.strictEqual(v, 42)));

// Rejections reach the callback as the error.
util.callbackify(async () => { throw new Error('bad'); })(common.mustCall((err, v) => {
  assert.strictEqual(err.message, 'bad');
  assert.strictEqual(v, undefined);
}));

// Falsy rejections are wrapped.
for (const reason of [null, undefined, 0, '', false]) {
  util.callbackify(() => Promise.reject(reason))(common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_FALSY_VALUE_REJECTION');
    assert.strictEqual(err.message, 'Promise was rejected with falsy value');
    assert.strictEqual(err.reason, reason);
  }));
}

// The callback runs on a later tick with `this` of the call.
const receiver = {
  value: 1,
  fn: util.callbackify(async function() { return this.value; }),
};
let sync = true;
receiver.fn(common.mustCall(function(err, v) {
  assert.strictEqual(sync, false);
  assert.strictEqual(v, 1);
}));
sync = false;

assert.throws(() => util.callbackify(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => cbDouble(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The last argument must be of type function. Received type number (1)',
});
