'use strict';
// A new vm context has the same standard built-ins as the main one (Iterator helpers,
// Array.prototype.toSorted, Object.groupBy, Promise.withResolvers, the Set methods...), owned by
// that context's realm, living on its global and not copied onto the sandbox (jsdom reads
// `Iterator` and friends out of its window context).
require('../common');
const assert = require('assert');
const vm = require('vm');

const names = ['Iterator', 'Array.prototype.toSorted', 'Array.prototype.findLast', 'Object.groupBy',
               'Map.groupBy', 'Promise.withResolvers', 'Set.prototype.union', 'Array.fromAsync',
               'String.prototype.isWellFormed', 'ArrayBuffer.prototype.transfer'];
const sandbox = { marker: 1 };
const ctx = vm.createContext(sandbox);
for (const name of names) {
  assert.strictEqual(typeof eval(name), 'function', `main ${name}`);
  assert.strictEqual(vm.runInContext(`typeof ${name}`, ctx), 'function', name);
  assert.strictEqual(vm.runInContext(`${name} instanceof Function`, ctx), true, `${name} realm`);
  assert.notStrictEqual(vm.runInContext(name, ctx), eval(name), `${name} is the context's own`);
  assert.match(vm.runInContext(`Function.prototype.toString.call(${name})`, ctx), /\[native code\]/);
}
assert.deepStrictEqual(Object.getOwnPropertyNames(sandbox), ['marker']);
assert.strictEqual(vm.runInContext('Iterator.prototype === Object.getPrototypeOf(Object.getPrototypeOf([].values()))', ctx), true);
assert.strictEqual(vm.runInContext('Iterator.from([1, 2, 3]).map((x) => x * 2).toArray().join()', ctx), '2,4,6');
assert.strictEqual(vm.runInContext('[3, 1, 2].toSorted().join()', ctx), '1,2,3');
assert.strictEqual(vm.runInContext('JSON.stringify(Object.groupBy([1, 2, 3], (x) => x % 2 ? "odd" : "even"))', ctx),
                   '{"odd":[1,3],"even":[2]}');
assert.throws(() => vm.runInContext('[].toSorted(1)', ctx), vm.runInContext('TypeError', ctx));

// The same with a DONT_CONTEXTIFY global and in runInNewContext.
const plain = vm.createContext(vm.constants.DONT_CONTEXTIFY);
assert.strictEqual(typeof plain.Iterator, 'function');
assert.strictEqual(vm.runInNewContext('typeof Promise.withResolvers'), 'function');
