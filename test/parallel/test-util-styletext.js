'use strict';
require('../common');
const assert = require('assert');
const util = require('util');

const plain = { validateStream: false };
assert.strictEqual(util.styleText('red', 'x', plain), '\u001b[31mx\u001b[39m');
assert.strictEqual(util.styleText(['bold', 'red'], 'x', plain),
                   '\u001b[1m\u001b[31mx\u001b[39m\u001b[22m');
assert.strictEqual(util.styleText('none', 'x', plain), 'x');
assert.strictEqual(util.styleText('grey', 'x', plain), '\u001b[90mx\u001b[39m');
assert.strictEqual(util.styleText([], 'x', plain), 'x');
// Closing codes inside the text re-open the style.
assert.strictEqual(util.styleText('red', 'a\u001b[39mb', plain), '\u001b[31ma\u001b[31mb\u001b[39m');
assert.strictEqual(util.styleText('bold', 'a\u001b[22mb', plain),
                   '\u001b[1ma\u001b[22m\u001b[1mb\u001b[22m');

// A stream without colors gets the text unchanged.
const fakeStream = { write() {}, on() {} };
assert.strictEqual(util.styleText('red', 'x', { stream: fakeStream }),
                   process.env.FORCE_COLOR === undefined ? 'x' : util.styleText('red', 'x', plain));

assert.throws(() => util.styleText('nope', 'x', plain), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: /^The argument 'format' must be one of: 'reset', 'bold', .*Received 'nope'$/,
});
assert.throws(() => util.styleText('red', 5, plain), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "text" argument must be of type string. Received type number (5)',
});
assert.throws(() => util.styleText('red', 'x', { validateStream: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.validateStream" property must be of type boolean. ' +
    'Received type number (1)',
});
assert.throws(() => util.styleText('red', 'x', { stream: {} }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "stream" argument must be an instance of ReadableStream, WritableStream, ' +
    'or Stream. Received an instance of Object',
});
