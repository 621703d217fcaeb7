'use strict';
// An async WebAssembly compile keeps the process running until it settles, even when nothing
// else is left in the event loop (sql.js and other wasm packages start with one), and its
// continuations run before 'beforeExit'.
const common = require('../common');
const assert = require('assert');

// (module (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add))
const bytes = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x07, 0x01, 0x60, 0x02, 0x7f, 0x7f, 0x01,
  0x7f, 0x03, 0x02, 0x01, 0x00, 0x07, 0x07, 0x01, 0x03, 0x61, 0x64, 0x64, 0x00, 0x00, 0x0a, 0x09,
  0x01, 0x07, 0x00, 0x20, 0x00, 0x20, 0x01, 0x6a, 0x0b,
]);

const order = [];
WebAssembly.compile(bytes).then(common.mustCall((module) => {
  order.push('compiled');
  assert.deepStrictEqual(WebAssembly.Module.exports(module), [{ name: 'add', kind: 'function' }]);
  return WebAssembly.instantiate(module);
})).then(common.mustCall((instance) => {
  order.push('instantiated');
  assert.strictEqual(instance.exports.add(2, 3), 5);
}));
WebAssembly.instantiate(bytes).then(common.mustCall(({ instance }) => {
  order.push('from bytes');
  assert.strictEqual(instance.exports.add(20, 22), 42);
}));
process.once('beforeExit', common.mustCall(() => {
  assert.deepStrictEqual(order.sort(), ['compiled', 'from bytes', 'instantiated']);
}));
