'use strict';
// Errors of the URL API: codes, classes, messages and the input/base properties.
require('../common');
const assert = require('assert');

assert.throws(() => new URL(), {
  code: 'ERR_MISSING_ARGS', name: 'TypeError', message: 'The "url" argument must be specified',
});
assert.throws(() => new URL('x'), (e) => e.code === 'ERR_INVALID_URL' && e.input === 'x' &&
  !('base' in e) && e.message === 'Invalid URL' && e instanceof TypeError);
assert.throws(() => new URL('x', 'y'), { code: 'ERR_INVALID_URL', input: 'x', base: 'y' });
assert.throws(() => new URL('/x', 'y'), { code: 'ERR_INVALID_URL', input: '/x', base: 'y' });
assert.throws(() => URL.canParse(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => URL.parse(), { code: 'ERR_MISSING_ARGS' });
assert.strictEqual(URL.parse('x'), null);
assert.throws(() => URL.createObjectURL('x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => URL.revokeObjectURL(), { code: 'ERR_MISSING_ARGS' });
assert.strictEqual(URL.revokeObjectURL('blob:nodedata:x'), undefined);
const hrefGetter = Object.getOwnPropertyDescriptor(URL.prototype, 'href').get;
assert.throws(() => hrefGetter.call({}), TypeError);

const sp = new URLSearchParams();
assert.throws(() => sp.append('a'), {
  code: 'ERR_MISSING_ARGS', message: 'The "name" and "value" arguments must be specified',
});
assert.throws(() => sp.get(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => sp.forEach(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => URLSearchParams.prototype.get.call({}, 'a'), {
  code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type URLSearchParams',
});
assert.throws(() => new URLSearchParams([['a']]), {
  code: 'ERR_INVALID_TUPLE', message: 'Each query pair must be an iterable [name, value] tuple',
});
assert.throws(() => new URLSearchParams({ [Symbol.iterator]: 5 }), {
  code: 'ERR_ARG_NOT_ITERABLE', message: 'Query pairs must be iterable',
});
