'use strict';
// An unhandled rejection with a non-error reason becomes an
// UnhandledPromiseRejection error (default --unhandled-rejections=throw).
const common = require('../common');
const assert = require('assert');

class Foo {}
const expected = [
  [5, '5'],
  ['text', 'text'],
  [{ a: 1 }, '#<Object>'],
  [new Foo(), '#<Foo>'],
  [[1, 2], '[object Array]'],
  [Object.create(null), '[object Object]'],
  [undefined, 'undefined'],
];
const seen = [];

process.on('uncaughtException', common.mustCall((err) => {
  assert.strictEqual(err.name, 'UnhandledPromiseRejection');
  assert.strictEqual(err.code, 'ERR_UNHANDLED_REJECTION');
  assert.ok(err instanceof Error);
  assert.deepStrictEqual(Object.keys(err), ['code', 'name']);
  const prefix = 'This error originated either by throwing inside of an async function ' +
                 'without a catch block, or by rejecting a promise which was not handled ' +
                 'with .catch(). The promise rejected with the reason "';
  assert.ok(err.message.startsWith(prefix), err.message);
  assert.ok(err.message.endsWith('".'), err.message);
  assert.strictEqual(err.stack.split('\n')[0], `UnhandledPromiseRejection: ${err.message}`);
  seen.push(err.message.slice(prefix.length, -2));
}, expected.length));

for (const [reason] of expected) Promise.reject(reason);

process.on('exit', () => {
  assert.deepStrictEqual(seen, expected.map(([, text]) => text));
});
