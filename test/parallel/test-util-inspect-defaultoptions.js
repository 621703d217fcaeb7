'use strict';
require('../common');
const assert = require('assert');
const util = require('util');

const defaults = util.inspect.defaultOptions;
assert.deepStrictEqual(Object.keys(defaults), [
  'showHidden', 'depth', 'colors', 'customInspect', 'showProxy', 'maxArrayLength',
  'maxStringLength', 'breakLength', 'compact', 'sorted', 'getters', 'numericSeparator',
]);
assert.strictEqual(defaults.depth, 2);
assert.strictEqual(defaults.breakLength, 80);
assert.strictEqual(defaults.compact, 3);
assert.strictEqual(defaults.maxArrayLength, 100);
assert.strictEqual(defaults.maxStringLength, 10000);

const saved = { ...defaults };
util.inspect.defaultOptions = { depth: 0 };
assert.strictEqual(util.inspect({ a: { b: 1 } }), '{ a: [Object] }');
assert.strictEqual(util.inspect.defaultOptions.compact, 3);
util.inspect.defaultOptions.depth = 1;
assert.strictEqual(util.inspect({ a: { b: { c: 1 } } }), '{ a: { b: [Object] } }');
util.inspect.defaultOptions = saved;
assert.strictEqual(util.inspect({ a: { b: { c: 1 } } }), '{ a: { b: { c: 1 } } }');

for (const bad of [null, 1, 'x', undefined, true]) {
  assert.throws(() => { util.inspect.defaultOptions = bad; }, {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
  });
}

// Styles and colors.
assert.strictEqual(util.inspect.styles.number, 'yellow');
assert.strictEqual(util.inspect.styles.string, 'green');
assert.strictEqual(util.inspect.styles.special, 'cyan');
assert.deepStrictEqual(util.inspect.colors.red, [31, 39]);
assert.deepStrictEqual(util.inspect.colors.grey, [90, 39]);
assert.strictEqual(Object.keys(util.inspect.colors).includes('grey'), false);
assert.strictEqual(util.inspect(5, { colors: true }), '\u001b[33m5\u001b[39m');
