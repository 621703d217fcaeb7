'use strict';
// process.binding (DEP0111) still gives node 22's allow-listed bindings that packages read
// (readline-sync takes tty_wrap.TTY at load; others uv.errname and util's type checks), warns for
// the runtime-deprecated ones and throws "No such module" for the rest.
const common = require('../common');
const assert = require('assert');

const tty = process.binding('tty_wrap');
assert.strictEqual(typeof tty.TTY, 'function');
assert.strictEqual(typeof tty.isTTY, 'function');
assert.strictEqual(typeof tty.isTTY(0), 'boolean');

const uv = process.binding('uv');
assert.strictEqual(uv.errname(uv.UV_ENOENT), 'ENOENT');

const util = process.binding('util');
assert.deepStrictEqual(Object.keys(util).sort(), [
  'isAnyArrayBuffer', 'isArrayBuffer', 'isArrayBufferView', 'isAsyncFunction', 'isDataView',
  'isDate', 'isExternal', 'isMap', 'isMapIterator', 'isNativeError', 'isPromise', 'isRegExp',
  'isSet', 'isSetIterator', 'isTypedArray', 'isUint8Array',
]);
assert.strictEqual(util.isDate(new Date()), true);
assert.strictEqual(util.isDate({}), false);

for (const key of ['os', 'fs', 'crypto', 'zlib']) {
  assert.strictEqual(typeof process.binding('constants')[key], 'object', key);
}
assert.strictEqual(typeof process.binding('fs'), 'object');

assert.throws(() => process.binding('no_such_binding'), { message: 'No such module: no_such_binding' });

common.expectWarning('DeprecationWarning', "Access to process.binding('http_parser') is deprecated.", 'DEP0111');
assert.strictEqual(typeof process.binding('http_parser').HTTPParser, 'function');
