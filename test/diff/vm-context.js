'use strict';
// vm contexts: the sandbox object behind the new global (get/set/define/delete/enumerate go
// through it), the context's own builtins, `this`/globalThis, code generation switches.
const vm = require('vm');
const util = require('util');

const show = (v) => util.inspect(v, { depth: 3, sorted: true });
const t = (label, f) => {
  try {
    console.log(label, show(f()));
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
};

const sandbox = { a: 1, list: [1, 2] };
const ctx = vm.createContext(sandbox);
console.log('same object', ctx === sandbox, vm.isContext(ctx), vm.isContext({}));
t('read', () => vm.runInContext('a + list.length', ctx));
t('write', () => { vm.runInContext('a = 5; b = "new"; var c = 3; function f() { return 9 }', ctx); return sandbox; });
t('typeof f', () => typeof sandbox.f);
t('this.x', () => { vm.runInContext('this.x = 10; globalThis.y = 11', ctx); return [sandbox.x, sandbox.y]; });
t('delete', () => { vm.runInContext('delete a; delete this.x', ctx); return Object.keys(sandbox); });
t('define', () => {
  vm.runInContext('Object.defineProperty(this, "d", { value: 4, enumerable: true })', ctx);
  return Object.getOwnPropertyDescriptor(sandbox, 'd');
});
t('accessor', () => {
  vm.runInContext('Object.defineProperty(globalThis, "acc", { get() { return 42 }, configurable: true })', ctx);
  return [typeof Object.getOwnPropertyDescriptor(sandbox, 'acc').get, sandbox.acc];
});
t('keys inside', () => vm.runInContext('Object.keys(globalThis).sort()', ctx));
t('in', () => vm.runInContext('["b" in globalThis, "nope" in globalThis, "Array" in globalThis]', ctx));
t('outer change', () => { sandbox.late = 'seen'; return vm.runInContext('late', ctx); });
t('reference error', () => vm.runInContext('notDefined', ctx));
t('strict undeclared', () => vm.runInContext('"use strict"; undeclared = 1', ctx));
t('typeof undeclared', () => vm.runInContext('typeof nothingHere', ctx));
t('builtins differ', () => [vm.runInContext('Array', ctx) !== Array, vm.runInNewContext('Object') === Object]);
t('instanceof', () => [vm.runInContext('[]', ctx) instanceof Array, Array.isArray(vm.runInContext('[]', ctx))]);
t('globalThis is this', () => vm.runInContext('globalThis === this', ctx));
t('global getter of sandbox', () => vm.runInContext('this', ctx) === sandbox);
t('no node globals', () => vm.runInNewContext('[typeof process, typeof require, typeof console, typeof setTimeout, typeof Buffer]'));
t('new context sandbox', () => vm.runInNewContext('x + y', { x: 2, y: 3 }));
t('new context default', () => vm.runInNewContext('typeof globalThis'));
t('indexed', () => { const s = vm.createContext([]); vm.runInContext('this[0] = "zero"; this[1] = 1', s); return s; });
t('symbol key', () => { const sym = Symbol('k'); const s = vm.createContext({ [sym]: 7 }); return vm.runInContext('Object.getOwnPropertySymbols(this).length', s); });
t('returns sandbox value', () => vm.runInContext('list', ctx) === sandbox.list);
t('function from context', () => { const fn = vm.runInContext('(function(){ return this })', ctx); return typeof fn; });
t('completion value', () => vm.runInNewContext('var q = 1; q + 1'));
t('var then read', () => { const s = {}; vm.runInNewContext('var v = 1; v++', s); return s; });
t('let stays', () => { const s = {}; vm.createContext(s); vm.runInContext('let l = 1; const k = 2; class K {}', s); return [Object.keys(s), vm.runInContext('l + k', s)]; });
t('frozen read-only', () => { const s = vm.createContext(Object.freeze({ fixed: 1 })); vm.runInContext('fixed = 2', s); return vm.runInContext('fixed', s); });
t('frozen strict', () => { const s = vm.createContext(Object.freeze({ fixed: 1 })); return vm.runInContext('"use strict"; fixed = 2', s); });
t('eval works', () => vm.runInNewContext('eval("1 + 1")'));
t('strings off', () => vm.runInNewContext('eval("1 + 1")', {}, { contextCodeGeneration: { strings: false } }));
t('Function off', () => vm.runInNewContext('new Function("return 1")()', {}, { contextCodeGeneration: { strings: false } }));
t('strings off createContext', () => vm.runInContext('eval("2")', vm.createContext({}, { codeGeneration: { strings: false } })));
t('wasm off', () => vm.runInContext('new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]))', vm.createContext({}, { codeGeneration: { wasm: false } })));
t('wasm on', () => typeof vm.runInNewContext('new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]))'));
t('twice', () => vm.createContext(ctx) === ctx);
t('dont contextify', () => {
  const g = vm.createContext(vm.constants.DONT_CONTEXTIFY);
  vm.runInContext('var z = 1; globalThis.w = 2', g);
  return [vm.isContext(g), g.z, g.w, typeof g.Array, g.Array !== Array];
});
t('constants', () => vm.constants);
t('keys', () => Object.keys(vm));
t('script proto', () => Object.getOwnPropertyNames(vm.Script.prototype));
t('error from context', () => { try { vm.runInNewContext('throw new TypeError("inner")'); } catch (e) { return [e instanceof TypeError, e.name, e.message]; } });
t('microtask afterEvaluate', () => {
  const log = [];
  const c = vm.createContext({ log }, { microtaskMode: 'afterEvaluate' });
  vm.runInContext('Promise.resolve().then(() => log.push("micro")); log.push("sync")', c);
  log.push('after');
  return log;
});
t('microtask default', () => {
  const log = [];
  const c = vm.createContext({ log });
  vm.runInContext('Promise.resolve().then(() => log.push("micro")); log.push("sync")', c);
  log.push('after');
  return log;
});
