'use strict';
// Odd sandboxes (Proxies, frozen and sealed objects, throwing getters/setters, null prototypes,
// arrays, functions, class instances) under a fixed list of scripts: the results and errors
// must be node's, and nothing may crash.
const vm = require('vm');
const util = require('util');

const show = (v) => {
  try {
    return util.inspect(v, { depth: 2, sorted: true, getters: false });
  } catch (e) {
    return `<inspect threw ${e.name}>`;
  }
};

const log = [];
function makeSandboxes() {
  const throwing = {};
  Object.defineProperty(throwing, 'boom', { get() { throw new Error('getter boom'); }, enumerable: true });
  Object.defineProperty(throwing, 'sink', { set() { throw new Error('setter boom'); }, enumerable: true });
  const proxyLog = [];
  const proxy = new Proxy({ p: 1 }, {
    get(target, key, receiver) {
      if (typeof key === 'string') proxyLog.push(`get ${key}`);
      return Reflect.get(target, key, receiver);
    },
    set(target, key, value, receiver) {
      proxyLog.push(`set ${String(key)}`);
      return Reflect.set(target, key, value, receiver);
    },
    has(target, key) {
      return Reflect.has(target, key);
    },
    deleteProperty(target, key) {
      proxyLog.push(`delete ${String(key)}`);
      return Reflect.deleteProperty(target, key);
    },
  });
  const throwingProxy = new Proxy({}, {
    get() { throw new Error('proxy get'); },
    set() { throw new Error('proxy set'); },
    getOwnPropertyDescriptor() { throw new Error('proxy gopd'); },
    defineProperty() { throw new Error('proxy define'); },
    deleteProperty() { throw new Error('proxy delete'); },
    ownKeys() { throw new Error('proxy ownKeys'); },
    has() { throw new Error('proxy has'); },
  });
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  class Klass { constructor() { this.own = 'own'; } method() { return 'm'; } }
  const fn = function sandboxFn() {};
  fn.prop = 'fnprop';
  return {
    'plain': { x: 1 },
    'null proto': Object.assign(Object.create(null), { x: 1 }),
    'frozen': Object.freeze({ x: 1 }),
    'sealed': Object.seal({ x: 1 }),
    'non-extensible': Object.preventExtensions({ x: 1 }),
    'throwing accessors': throwing,
    'proxy': proxy,
    'throwing proxy': throwingProxy,
    'revoked proxy': revocable.proxy,
    'array': [1, 2, 3],
    'function': fn,
    'class instance': new Klass(),
    'date': new Date(0),
    'map': new Map([[1, 2]]),
    'boxed string': new String('abc'),
    'typed array': new Uint8Array(2),
    proxyLog,
  };
}

const scripts = [
  'x',
  'typeof x',
  'x = 2; x',
  'y = 3; typeof y',
  'var v = 4; v',
  'this.z = 5; z',
  'delete x',
  'Object.keys(this).length',
  'Object.getOwnPropertyNames(globalThis).includes("Array")',
  'boom',
  'sink = 1',
  'own',
  'prop',
  'length',
  '0 in this',
  'this[0]',
  'this[5] = "five"; this[5]',
  'Object.defineProperty(this, "dp", { value: 1, configurable: true }); dp',
  'Object.defineProperty(this, "ga", { get() { return "ga" }, configurable: true }); ga',
  '"use strict"; newStrict = 1',
  '"use strict"; x = 9; x',
  'function decl() { return 1 } typeof decl',
  'let lexical = 1; lexical',
  'Array.isArray([])',
  'globalThis === this',
  'p',
  'p = 2',
  'JSON.stringify(Object.entries(this).slice(0, 3))',
];

const names = Object.keys(makeSandboxes()).filter((k) => k !== 'proxyLog');
const lenient = new Set(['throwing proxy', 'revoked proxy']);
for (const name of names) {
  for (const code of scripts) {
    const boxes = makeSandboxes();
    const sandbox = boxes[name];
    let ctx;
    try {
      ctx = vm.createContext(sandbox);
    } catch (e) {
      console.log(`${name} | createContext | throws ${e.name}: ${e.message}`);
      break;
    }
    let out;
    try {
      out = show(vm.runInContext(code, ctx));
    } catch (e) {
      out = e && typeof e === 'object' ? `throws ${e.name}: ${e.message}` : `throws ${show(e)}`;
    }
    let after;
    try {
      after = show(sandbox);
    } catch (e) {
      after = `<${e.name}>`;
    }
    // Which trap of a throwing Proxy fires first is V8's internal order (it differs between
    // V8 versions): for those only survival is compared.
    if (lenient.has(name)) continue;
    console.log(`${name} | ${code} | ${out} | ${after}`);
  }
}
for (const name of lenient) console.log(name, 'survived');
console.log('done');
