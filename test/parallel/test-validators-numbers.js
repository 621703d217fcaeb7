'use strict';
// Number validation (validateNumber/validateInteger/validateInt32/
// validateUint32) seen through public APIs.
require('../common');
const assert = require('assert');
const { EventEmitter, on } = require('events');

// A number with a lower bound.
assert.throws(() => new EventEmitter().setMaxListeners('1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "setMaxListeners" argument must be of type number. ' +
           "Received type string ('1')",
});
assert.throws(() => new EventEmitter().setMaxListeners(NaN), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "setMaxListeners" is out of range. It must be >= 0. Received NaN',
});
// Infinity passes a lower bound.
assert.strictEqual(new EventEmitter().setMaxListeners(Infinity).getMaxListeners(), Infinity);

// Integers with a minimum and the default (safe integer) maximum.
const ee = new EventEmitter();
assert.throws(() => on(ee, 'x', { highWaterMark: 0 }), {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "options.highWaterMark" is out of range. ' +
           'It must be >= 1 && <= 9007199254740991. Received 0',
});
assert.throws(() => on(ee, 'x', { highWaterMark: 2 ** 53 }), {
  message: 'The value of "options.highWaterMark" is out of range. ' +
           'It must be >= 1 && <= 9007199254740991. Received 9_007_199_254_740_992',
});
assert.throws(() => on(ee, 'x', { highWaterMark: Infinity }), {
  message: 'The value of "options.highWaterMark" is out of range. ' +
           'It must be an integer. Received Infinity',
});
assert.throws(() => on(ee, 'x', { highWaterMark: NaN }), {
  message: 'The value of "options.highWaterMark" is out of range. ' +
           'It must be an integer. Received NaN',
});
assert.throws(() => on(ee, 'x', { highWaterMark: 2.5 }), {
  message: 'The value of "options.highWaterMark" is out of range. ' +
           'It must be an integer. Received 2.5',
});
assert.throws(() => on(ee, 'x', { highWaterMark: '2' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.highWaterMark" property must be of type number. ' +
           "Received type string ('2')",
});

// Buffer sizes.
assert.throws(() => Buffer.alloc('1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "size" argument must be of type number. Received type string (\'1\')',
});

// Unsigned 32-bit integers.
assert.throws(() => AbortSignal.timeout(2 ** 32), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "delay" is out of range. It must be >= 0 && <= 4294967295. ' +
           'Received 4294967296',
});
assert.throws(() => AbortSignal.timeout(1.5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "delay" is out of range. It must be an integer. Received 1.5',
});

// Signed 32-bit integers (file descriptors).
const fs = require('fs');
assert.throws(() => fs.readSync(2 ** 31, Buffer.alloc(1)), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "fd" is out of range. It must be >= 0 && <= 2147483647. ' +
           'Received 2147483648',
});
assert.throws(() => fs.readSync('1', Buffer.alloc(1)), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "fd" argument must be of type number. Received type string (\'1\')',
});
assert.throws(() => fs.fstatSync(1.5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "fd" is out of range. It must be an integer. Received 1.5',
});

// Plain integers.
assert.throws(() => require('os').setPriority(1.5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "priority" is out of range. It must be an integer. Received 1.5',
});
