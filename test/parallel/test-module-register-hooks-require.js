'use strict';
// module.registerHooks() with require(): the resolve and load chains (newest hook first), the
// context objects, shortCircuit, format and source overrides, and deregister().
require('../common');
const assert = require('assert');
const path = require('path');
const { pathToFileURL } = require('url');
const Module = require('module');

const dir = path.join(__dirname, '..', 'fixtures', 'module-hooks');
const fixture = (name) => path.join(dir, name);
const fresh = () => {
  for (const key of Object.keys(require.cache)) if (key.startsWith(dir)) delete require.cache[key];
};

// The context objects and the default steps' results.
{
  const seen = [];
  const hooks = Module.registerHooks({
    resolve(specifier, context, nextResolve) {
      seen.push(['resolve', specifier, context.parentURL, context.conditions, context.importAttributes]);
      const result = nextResolve(specifier, context);
      seen.push(['resolved', result.url]);
      return result;
    },
    load(url, context, nextLoad) {
      const result = nextLoad(url, context);
      seen.push(['load', url, context.format, context.conditions, typeof result.source, result.format]);
      return result;
    },
  });
  assert.strictEqual(typeof hooks.deregister, 'function');
  assert.deepStrictEqual(require(fixture('plain.js')), { name: 'plain', value: 1 });
  assert.strictEqual(require('path'), path);
  hooks.deregister();
  const conditions = ['require', 'node', 'node-addons', 'module-sync'];
  const url = pathToFileURL(fixture('plain.js')).href;
  assert.deepStrictEqual(seen, [
    ['resolve', fixture('plain.js'), pathToFileURL(__filename).href, conditions, undefined],
    ['resolved', url],
    ['load', url, undefined, conditions, 'string', undefined],
    ['resolve', 'path', pathToFileURL(__filename).href, conditions, undefined],
    ['resolved', 'node:path'],
    ['load', 'node:path', 'builtin', conditions, 'object', 'builtin'],
  ]);
}

// A virtual specifier resolved and loaded by hooks alone (shortCircuit), in every format.
{
  fresh();
  const sources = {
    'virtual:cjs': ['commonjs', 'module.exports = { from: "hook" };'],
    'virtual:esm': ['module', 'export default 3; export const y = 4;'],
  };
  const hooks = Module.registerHooks({
    resolve(specifier, context, nextResolve) {
      if (specifier in sources) {
        const name = specifier.slice('virtual:'.length);
        return { url: pathToFileURL(fixture(`virtual-${name}.js`)).href, shortCircuit: true };
      }
      return nextResolve(specifier, context);
    },
    load(url, context, nextLoad) {
      for (const [specifier, [format, source]] of Object.entries(sources)) {
        if (url.endsWith(`virtual-${specifier.slice(8)}.js`)) return { format, source, shortCircuit: true };
      }
      return nextLoad(url, context);
    },
  });
  assert.deepStrictEqual(require('virtual:cjs'), { from: 'hook' });
  // require.resolve() does not run the hooks
  assert.throws(() => require.resolve('virtual:cjs'), { code: 'MODULE_NOT_FOUND' });
  assert.strictEqual(require.cache[fixture('virtual-cjs.js')].exports.from, 'hook');
  const ns = require('virtual:esm');
  assert.strictEqual(ns.default, 3);
  assert.strictEqual(ns.y, 4);
  hooks.deregister();
  assert.throws(() => require('virtual:nothing'), { code: 'MODULE_NOT_FOUND' });
}

// source may be a string, a Buffer or an ArrayBuffer; the resolve hook can redirect.
{
  fresh();
  const hooks = Module.registerHooks({
    resolve(specifier, context, nextResolve) {
      if (specifier === 'redirect-me') return nextResolve(fixture('cjs.cjs'), context);
      return nextResolve(specifier, context);
    },
    load(url, context, nextLoad) {
      const result = nextLoad(url, context);
      if (url.endsWith('replaced.js')) {
        return { ...result, source: Buffer.from('module.exports = "from a Buffer";') };
      }
      if (url.endsWith('plain.js')) {
        const bytes = new TextEncoder().encode('module.exports = "from an ArrayBuffer";');
        return { ...result, source: bytes.buffer };
      }
      return result;
    },
  });
  assert.strictEqual(require('redirect-me'), 'cjs-file');
  assert.strictEqual(require(fixture('replaced.js')), 'from a Buffer');
  assert.strictEqual(require(fixture('plain.js')), 'from an ArrayBuffer');
  hooks.deregister();
  fresh();
  assert.strictEqual(require(fixture('replaced.js')), 'original');
}

// Chaining: the newest hook runs first; nextResolve/nextLoad reach the older ones, and a
// context passed to next is merged into the current one.
{
  fresh();
  const order = [];
  const first = Module.registerHooks({
    resolve(specifier, context, nextResolve) {
      order.push(`first:${specifier}:${context.extra}`);
      return nextResolve(specifier, context);
    },
    load(url, context, nextLoad) {
      order.push('first-load');
      const result = nextLoad(url, context);
      return { ...result, source: `${result.source}\nmodule.exports += "+first";` };
    },
  });
  const second = Module.registerHooks({
    resolve(specifier, context, nextResolve) {
      order.push(`second:${specifier}`);
      return nextResolve(specifier === 'alias' ? fixture('cjs.cjs') : specifier, { extra: 'x' });
    },
    load(url, context, nextLoad) {
      order.push('second-load');
      const result = nextLoad(url, context);
      return { ...result, source: `${result.source}\nmodule.exports += "+second";` };
    },
  });
  assert.strictEqual(require('alias'), 'cjs-file+first+second');
  assert.deepStrictEqual(order, [
    'second:alias', `first:${fixture('cjs.cjs')}:x`, 'second-load', 'first-load',
  ]);
  second.deregister();
  first.deregister();
  second.deregister(); // a second deregister() is harmless
}

// A builtin can be replaced by a hook, and a hook can send a request to a builtin.
{
  fresh();
  const hooks = Module.registerHooks({
    resolve(specifier, context, nextResolve) {
      if (specifier === 'my-path') return { url: 'node:path', shortCircuit: true };
      return nextResolve(specifier, context);
    },
  });
  assert.strictEqual(require('my-path'), path);
  hooks.deregister();
}
