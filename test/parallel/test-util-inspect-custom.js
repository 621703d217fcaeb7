'use strict';
const common = require('../common');
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.inspect.custom, Symbol.for('nodejs.util.inspect.custom'));

// The custom function gets (depth, options, inspect) and `this`.
const obj = {
  [util.inspect.custom]: common.mustCall(function(depth, options, inspect) {
    assert.strictEqual(this, obj);
    assert.strictEqual(depth, 2);
    assert.strictEqual(inspect, util.inspect);
    assert.strictEqual(typeof options.stylize, 'function');
    assert.strictEqual(options.depth, 2);
    assert.strictEqual(options.compact, 3);
    assert.strictEqual(options.extra, 'kept');
    return 'custom!';
  }),
};
assert.strictEqual(util.inspect(obj, { extra: 'kept' }), 'custom!');

// Depth decreases with nesting; null stays null.
const depths = [];
const probe = { [util.inspect.custom](depth) { depths.push(depth); return 'p'; } };
util.inspect({ a: { b: probe } });
util.inspect(probe, { depth: null });
assert.deepStrictEqual(depths, [0, null]);

// Non-string results are inspected in place of the object.
assert.strictEqual(util.inspect({ [util.inspect.custom]() { return [1, 2]; } }), '[ 1, 2 ]');

// Returning `this` falls back to normal inspection.
assert.strictEqual(util.inspect({ a: 1, [util.inspect.custom]() { return this; } }),
                   '{\n  a: 1,\n  [Symbol(nodejs.util.inspect.custom)]: ' +
                   '[Function: [nodejs.util.inspect.custom]]\n}');

// Multi-line results are indented where they are nested.
assert.strictEqual(util.inspect({ x: { [util.inspect.custom]() { return 'a\nb'; } } }),
                   '{\n  x: a\n  b\n}');

// customInspect: false ignores the function.
const ignored = { [util.inspect.custom]: common.mustNotCall(), v: 1 };
assert.match(util.inspect(ignored, { customInspect: false }), /^{ v: 1,/);

// A class prototype itself is not inspected with its own custom function.
class Custom { [util.inspect.custom]() { return 'instance'; } }
assert.strictEqual(util.inspect(new Custom()), 'instance');
assert.notStrictEqual(util.inspect(Custom.prototype), 'instance');

// Colors reach the custom function through options.stylize.
const colored = util.inspect({
  [util.inspect.custom](depth, options) { return options.stylize('x', 'special'); },
}, { colors: true });
assert.strictEqual(colored, '\u001b[36mx\u001b[39m');
