'use strict';
const common = require('../common');
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.promisify.custom, Symbol.for('nodejs.util.promisify.custom'));

function withCallback(a, b, cb) { cb(null, a + b); }
const p = util.promisify(withCallback);
assert.strictEqual(p.name, 'withCallback');
assert.strictEqual(p.length, 3);
assert.strictEqual(p[util.promisify.custom], p);
assert.strictEqual(util.promisify(p), p);
p(1, 2).then(common.mustCall((v) => assert.strictEqual(v, 3)));

// Errors reject; only the first result value is kept.
util.promisify((cb) => cb(new Error('fail')))().catch(common.mustCall((err) => {
  assert.strictEqual(err.message, 'fail');
}));
util.promisify((cb) => cb(null, 'a', 'b'))().then(common.mustCall((v) => {
  assert.strictEqual(v, 'a');
}));

// Synchronous throws become rejections.
util.promisify(() => { throw new Error('sync'); })().catch(common.mustCall((err) => {
  assert.strictEqual(err.message, 'sync');
}));

// `this` is passed through.
const obj = {
  value: 42,
  get(cb) { cb(null, this.value); },
};
obj.getAsync = util.promisify(obj.get);
obj.getAsync().then(common.mustCall((v) => assert.strictEqual(v, 42)));

// util.promisify.custom wins.
function customized() {}
const replacement = () => Promise.resolve('custom');
customized[util.promisify.custom] = replacement;
assert.strictEqual(util.promisify(customized), replacement);

// Own properties are copied.
function props(cb) { cb(); }
props.extra = 'kept';
assert.strictEqual(util.promisify(props).extra, 'kept');

for (const bad of [undefined, null, 1, 'x', {}]) {
  assert.throws(() => util.promisify(bad), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
  });
}
const badCustom = () => {};
badCustom[util.promisify.custom] = 'not a function';
assert.throws(() => util.promisify(badCustom), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: /util\.promisify\.custom/,
});
