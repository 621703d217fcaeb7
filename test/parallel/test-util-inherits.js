'use strict';
require('../common');
const assert = require('assert');
const util = require('util');

function Parent() {}
Parent.prototype.hello = function() { return 'hello'; };
function Child() { Parent.call(this); }
util.inherits(Child, Parent);
assert.strictEqual(Child.super_, Parent);
assert.strictEqual(new Child().hello(), 'hello');
assert.ok(new Child() instanceof Parent);
assert.strictEqual(Object.getPrototypeOf(Child.prototype), Parent.prototype);
assert.strictEqual(Object.keys(Child).includes('super_'), false);

assert.throws(() => util.inherits(null, Parent), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "ctor" argument must be of type function. Received null',
});
assert.throws(() => util.inherits(Child, undefined), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "superCtor" argument must be of type function. Received undefined',
});
assert.throws(() => util.inherits(Child, {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "superCtor.prototype" property must be of type object. Received undefined',
});
