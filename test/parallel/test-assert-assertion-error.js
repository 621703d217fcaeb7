'use strict';
// assert.AssertionError: constructor options, properties, name/code/stack,
// toString, messages per operator and the inspected form.
require('../common');
const assert = require('assert');
const util = require('util');

const { AssertionError } = assert;

assert.strictEqual(AssertionError.name, 'AssertionError');
assert.strictEqual(AssertionError.length, 1);

const err = new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
assert.ok(err instanceof Error);
assert.strictEqual(err.name, 'AssertionError');
assert.strictEqual(err.code, 'ERR_ASSERTION');
assert.strictEqual(err.actual, 1);
assert.strictEqual(err.expected, 2);
assert.strictEqual(err.operator, 'strictEqual');
assert.strictEqual(err.generatedMessage, true);
assert.strictEqual(err.diff, 'simple');
assert.strictEqual(err.message, 'Expected values to be strictly equal:\n\n1 !== 2\n');
assert.deepStrictEqual(Object.keys(err),
                       ['generatedMessage', 'code', 'actual', 'expected', 'operator', 'diff']);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(err, 'name'), {
  value: 'AssertionError', writable: true, enumerable: false, configurable: true,
});
assert.strictEqual(Object.getOwnPropertyDescriptor(err, 'message').enumerable, false);
// The stack was created while the name carried the code.
assert.ok(err.stack.startsWith(
  'AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\n\n1 !== 2\n'));
assert.strictEqual(String(err),
                   'AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:' +
                   '\n\n1 !== 2\n');

// A given message.
const custom = new AssertionError({ message: 'hi' });
assert.strictEqual(custom.message, 'hi');
assert.strictEqual(custom.generatedMessage, false);
assert.strictEqual(custom.operator, undefined);
assert.ok(Object.prototype.hasOwnProperty.call(custom, 'actual'));
const numeric = new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual', message: 5 });
assert.strictEqual(numeric.message, '5\n\n1 !== 2\n');
assert.strictEqual(numeric.generatedMessage, false);
const empty = new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual', message: '' });
assert.strictEqual(empty.message, 'Expected values to be strictly equal:\n\n1 !== 2\n');
assert.strictEqual(empty.generatedMessage, true);

// Options must be an object.
assert.throws(() => new AssertionError(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (1)',
});
assert.throws(() => new AssertionError(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received undefined',
});

// Messages of the other operators.
function message(actual, expected, operator) {
  return new AssertionError({ actual, expected, operator }).message;
}
assert.strictEqual(message(1, 2, 'notDeepEqual'),
                   'Expected values not to be loosely deep-equal:\n\n1\n\n' +
                   'should not loosely deep-equal\n\n2');
assert.strictEqual(message({ a: 1 }, { a: 1 }, 'notDeepEqual'),
                   'Expected "actual" not to be loosely deep-equal to:\n\n{\n  a: 1\n}');
assert.strictEqual(message(1, 2, 'foo'), '1 foo 2');
assert.strictEqual(message(1, 2, undefined), '1 undefined 2');
assert.strictEqual(message(1, 2, 'deepEqual'),
                   'Expected values to be loosely deep-equal:\n\n1\n\n' +
                   'should loosely deep-equal\n\n2');

// Long values are cut in the message.
const long = message('x'.repeat(600), 'y', '==');
assert.strictEqual(long.length, 519);
assert.ok(long.endsWith("xxxxxxxxxx... == 'y'"));
const many = message(Array.from({ length: 60 }, (_, i) => i), 1, 'notDeepStrictEqual');
const manyLines = many.split('\n');
assert.strictEqual(manyLines.length, 50);
assert.strictEqual(manyLines[47], '  44,');
assert.strictEqual(manyLines[48], '...');

// Errors on both sides are shown without their stacks.
assert.strictEqual(message(new Error('a'), new Error('b'), 'deepStrictEqual'),
                   'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
                   '+ [Error: a]\n- [Error: b]\n');
assert.strictEqual(message(new Error('a', { cause: 1 }), new Error('a', { cause: 2 }),
                           'deepStrictEqual'),
                   'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
                   '  [Error: a] {\n+   [cause]: 1\n-   [cause]: 2\n  }\n');
assert.strictEqual(message(new TypeError('e1'), new TypeError('e1'), 'strictEqual'),
                   'Values have same structure but are not reference-equal:\n\n' +
                   '[TypeError: e1]\n');

// The inspected error: depth 0 and long strings shortened.
function inspectedValues(actual) {
  const e = new AssertionError({ actual, expected: 'b', operator: 'strictEqual' });
  return util.inspect(e).split('\n').filter((l) => /^ {2}(actual|expected):/.test(l));
}
assert.deepStrictEqual(inspectedValues('a'.repeat(200)),
                       [`  actual: '${'a'.repeat(200)}',`, "  expected: 'b',"]);
assert.deepStrictEqual(inspectedValues('a'.repeat(600)),
                       [`  actual: '${'a'.repeat(88)}...',`, "  expected: 'b',"]);
const nested = util.inspect(new AssertionError({
  actual: { a: { b: 1 } }, expected: [1], operator: 'deepStrictEqual',
}));
assert.ok(nested.includes('  actual: [Object],\n  expected: [Array],'), nested);
