'use strict';
// assert.Assert: instances with their own options; the prototype shares
// the module's functions (except ok).
require('../common');
const assert = require('assert');

const { Assert } = assert;
assert.strictEqual(Assert.length, 1);
assert.deepStrictEqual(Object.getOwnPropertyNames(Assert.prototype), [
  'constructor', 'fail', 'ok', 'equal', 'notEqual', 'deepEqual', 'notDeepEqual',
  'deepStrictEqual', 'notDeepStrictEqual', 'strictEqual', 'notStrictEqual',
  'partialDeepStrictEqual', 'throws', 'rejects', 'doesNotThrow', 'doesNotReject', 'ifError',
  'match', 'doesNotMatch',
]);
for (const name of Object.getOwnPropertyNames(Assert.prototype)) {
  if (name === 'constructor') continue;
  assert.strictEqual(Assert.prototype[name] === assert[name], name !== 'ok', name);
  assert.strictEqual(Assert.prototype[name].name, name);
  assert.strictEqual(Object.getOwnPropertyDescriptor(Assert.prototype, name).enumerable, true);
}

const a = new Assert();
assert.deepStrictEqual(Object.keys(a), ['AssertionError', 'equal', 'deepEqual', 'notEqual',
                                         'notDeepEqual']);
// The options: a frozen own symbol property with a null-prototype copy.
const [kOptions] = Object.getOwnPropertySymbols(a);
assert.strictEqual(kOptions.description, 'options');
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(a, kOptions), {
  value: { __proto__: null, strict: true },
  writable: false, enumerable: false, configurable: false,
});
assert.deepStrictEqual(new Assert({ diff: 'full', x: 1 })[kOptions],
                       { __proto__: null, strict: true, diff: 'full', x: 1 });
assert.strictEqual(a.AssertionError, assert.AssertionError);
assert.strictEqual(a.strict, undefined);
assert.throws(() => a.equal(1, '1'), {
  message: "Expected values to be strictly equal:\n\n1 !== '1'\n", diff: 'simple',
});
assert.throws(() => a.ok(false), {
  message: 'The expression evaluated to a falsy value:\n\n  a.ok(false)\n',
});
const { ok } = a;
assert.throws(() => ok(false), {
  message: 'The expression evaluated to a falsy value:\n\n  ok(false)\n',
});
assert.throws(() => a.strictEqual(1, 2, 'm'), { message: 'm\n\n1 !== 2\n' });

assert.throws(() => new Assert({ diff: null }), { code: 'ERR_INVALID_ARG_VALUE' });
new Assert({ diff: undefined });
new Assert(null);
const loose = new Assert({ strict: false });
loose.equal(1, '1');
assert.deepStrictEqual(Object.keys(loose), ['AssertionError']);

const full = new Assert({ diff: 'full' });
assert.throws(() => full.deepStrictEqual([1, 2], [1, 3]), { diff: 'full' });
assert.throws(() => full.throws(() => {}), { diff: 'simple' });
assert.throws(() => full.ifError(1), { diff: 'full' });

assert.throws(() => new Assert({ diff: 'x' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.diff' must be one of: 'simple', 'full'. Received 'x'",
});
assert.throws(() => Assert(), {
  code: 'ERR_CONSTRUCT_CALL_REQUIRED',
  message: 'Class constructor Assert cannot be invoked without `new`',
});
