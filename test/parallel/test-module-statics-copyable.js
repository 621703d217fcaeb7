'use strict';
// module.Module's enumerable statics can be copied onto a subclass by plain assignment (jest-runtime
// does this in strict code); builtinModules and SourceMap are writable data properties and
// builtinModules is a frozen, sorted array of the public builtin ids.
require('../common');
const assert = require('assert');
const Module = require('module');

class Sub extends Module {}
for (const [key, value] of Object.entries(Module)) Sub[key] = value;
assert.strictEqual(Sub.builtinModules, Module.builtinModules);
assert.strictEqual(Sub.SourceMap, Module.SourceMap);

for (const key of ['builtinModules', 'SourceMap']) {
  const d = Object.getOwnPropertyDescriptor(Module, key);
  assert.strictEqual(typeof d.get, 'undefined', key);
  assert.strictEqual(d.writable, true, key);
  assert.strictEqual(d.enumerable, true, key);
}
assert.strictEqual(typeof Module.SourceMap, 'function');
const list = Module.builtinModules;
assert.ok(Array.isArray(list));
assert.ok(Object.isFrozen(list));
assert.deepStrictEqual([...list].sort(), [...list]);
for (const id of ['fs', 'http', 'path', 'stream/promises']) assert.ok(list.includes(id), id);
assert.ok(!list.some((id) => id.startsWith('internal/')));
assert.strictEqual(Module.builtinModules, list);
