'use strict';
// assert.throws rejects an `error` argument that is neither a function, a
// RegExp nor an object, with Node 22's ERR_INVALID_ARG_TYPE text.
require('../common');
const assert = require('assert');

const tail = 'must be of type function or an instance of Error, RegExp, or Object.';
assert.throws(() => assert.throws(() => {}, 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: `The "error" argument ${tail} Received type number (1)`,
});
assert.throws(() => assert.throws(() => {}, 'x', 'y'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: `The "error" argument ${tail} Received type string ('x')`,
});
assert.throws(() => assert.throws(() => { throw new Error('x'); }, Symbol('s')), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: `The "error" argument ${tail} Received type symbol (Symbol(s))`,
});
