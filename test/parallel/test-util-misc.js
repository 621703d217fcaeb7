'use strict';
require('../common');
const assert = require('assert');
const util = require('util');

// getSystemErrorName / getSystemErrorMap
assert.strictEqual(util.getSystemErrorName(-2), 'ENOENT');
assert.strictEqual(util.getSystemErrorName(-13), 'EACCES');
assert.strictEqual(util.getSystemErrorName(-123456), 'Unknown system error -123456');
const map = util.getSystemErrorMap();
assert.ok(map instanceof Map);
assert.deepStrictEqual(map.get(-2), ['ENOENT', 'no such file or directory']);
assert.throws(() => util.getSystemErrorName(1), {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "err" is out of range. It must be a negative integer. Received 1',
});
assert.throws(() => util.getSystemErrorName('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "err" argument must be of type number. Received type string (\'x\')',
});

// stripVTControlCharacters
assert.strictEqual(util.stripVTControlCharacters('\u001b[31mred\u001b[39m'), 'red');
assert.strictEqual(util.stripVTControlCharacters('\u001b]8;;x\u0007link\u001b]8;;\u0007'), 'link');
assert.strictEqual(util.stripVTControlCharacters('plain'), 'plain');
assert.throws(() => util.stripVTControlCharacters(1), { code: 'ERR_INVALID_ARG_TYPE' });

// toUSVString
assert.strictEqual(util.toUSVString('a\ud800b'), 'a\ufffdb');
assert.strictEqual(util.toUSVString('\ud83d\ude00'), '\ud83d\ude00');
assert.strictEqual(util.toUSVString(5), '5');

// types
assert.strictEqual(util.types.isDate(new Date()), true);
assert.strictEqual(util.types.isRegExp(/x/), true);
assert.strictEqual(util.types.isPromise(Promise.resolve()), true);
assert.strictEqual(util.types.isMap(new Map()), true);
assert.strictEqual(util.types.isSet(new Set()), true);
assert.strictEqual(util.types.isUint8Array(new Uint8Array()), true);
assert.strictEqual(util.types.isTypedArray(new Float64Array()), true);
assert.strictEqual(util.types.isTypedArray([]), false);
assert.strictEqual(util.types.isProxy(new Proxy({}, {})), true);
assert.strictEqual(util.types.isAsyncFunction(async () => {}), true);
assert.strictEqual(util.types.isGeneratorFunction(function* () {}), true);
assert.strictEqual(util.types.isBoxedPrimitive(new Number(1)), true);
assert.strictEqual(util.types.isNativeError(new TypeError()), true);
assert.strictEqual(util.types.isArgumentsObject((function() { return arguments; })()), true);
assert.strictEqual(util.types.isKeyObject({}), false);

// inspect and format are the same functions as on the module
assert.strictEqual(typeof util.inspect, 'function');
assert.strictEqual(typeof util.format, 'function');
assert.strictEqual(typeof util.formatWithOptions, 'function');
assert.strictEqual(util.debug, util.debuglog);

// deprecated is* helpers still answer
process.noDeprecation = true;
assert.strictEqual(util.isBoolean(false), true);
assert.strictEqual(util.isNull(null), true);
assert.strictEqual(util.isNullOrUndefined(undefined), true);
assert.strictEqual(util.isNumber(1), true);
assert.strictEqual(util.isString('s'), true);
assert.strictEqual(util.isSymbol(Symbol()), true);
assert.strictEqual(util.isUndefined(undefined), true);
assert.strictEqual(util.isRegExp(/x/), true);
assert.strictEqual(util.isObject(null), false);
assert.strictEqual(util.isDate(new Date()), true);
assert.strictEqual(util.isError(new Error()), true);
assert.strictEqual(util.isFunction(() => {}), true);
assert.strictEqual(util.isPrimitive(Symbol()), true);
assert.strictEqual(util.isPrimitive({}), false);
assert.deepStrictEqual(util._extend({ a: 1 }, { b: 2 }), { a: 1, b: 2 });

// isDeepStrictEqual uses assert.deepStrictEqual's comparison.
assert.strictEqual(util.isDeepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), true);
assert.strictEqual(util.isDeepStrictEqual([1], ['1']), false);
assert.strictEqual(util.isDeepStrictEqual(new Set([1, 2]), new Set([2, 1])), true);
assert.strictEqual(util.isDeepStrictEqual(NaN, NaN), true);
assert.strictEqual(util.isDeepStrictEqual(0, -0), false);
