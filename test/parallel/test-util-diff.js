'use strict';
require('../common');
const assert = require('assert');
const { diff } = require('util');

assert.deepStrictEqual(diff('12345678', '12342678'), [
  [0, '1'], [0, '2'], [0, '3'], [0, '4'], [1, '5'], [-1, '2'], [0, '6'], [0, '7'], [0, '8'],
]);
assert.deepStrictEqual(diff('abc', 'acb'), [[0, 'a'], [1, 'b'], [0, 'c'], [-1, 'b']]);
assert.deepStrictEqual(diff(['a', 'b', 'c'], ['c', 'b', 'a']),
                       [[1, 'a'], [1, 'b'], [0, 'c'], [-1, 'b'], [-1, 'a']]);
assert.deepStrictEqual(diff('', 'ab'), [[-1, 'a'], [-1, 'b']]);
assert.deepStrictEqual(diff('ab', ''), [[1, 'a'], [1, 'b']]);
assert.deepStrictEqual(diff('same', 'same'), []);
assert.deepStrictEqual(diff(['a', 'b'], ['a', 'b']), [[0, 'a'], [0, 'b']]);
assert.deepStrictEqual(diff('a', ['a']), [[0, 'a']]);
assert.strictEqual(diff('x'.repeat(500), 'y'.repeat(500)).length, 1000);
assert.strictEqual(diff.length, 2);

assert.throws(() => diff(1, 'a'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "actual" argument must be of type string. Received type number (1)',
});
assert.throws(() => diff('a', null), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "expected" argument must be of type string. Received null',
});
assert.throws(() => diff([1], ['1']), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "actual[0]" argument must be of type string. Received type number (1)',
});
// Two distinct empty inputs fail in Node 22 as well.
assert.throws(() => diff([], ''), { name: 'TypeError' });
