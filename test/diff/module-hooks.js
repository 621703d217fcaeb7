'use strict';
// module.registerHooks() for require() and import: what the hooks see and what comes out,
// printed line by line (paths relative to the fixtures directory).
const Module = require('module');
const path = require('path');
const { pathToFileURL } = require('url');

const dir = path.join(__dirname, '..', 'fixtures', 'module-hooks');
const base = pathToFileURL(dir).href;
const rel = (s) => (typeof s === 'string' ? s.split(base).join('<fixtures>').split(dir).join('<dir>') : s);
const print = (...args) => console.log(...args.map(rel));
const attempt = (label, fn) => {
  try {
    print(label, 'ok', fn());
  } catch (e) {
    print(label, e.name, e.code, rel(e.message));
  }
};
const fresh = () => {
  for (const key of Object.keys(require.cache)) if (key.startsWith(dir)) delete require.cache[key];
};

const log = Module.registerHooks({
  resolve(specifier, context, nextResolve) {
    print('resolve', specifier, context.parentURL, context.conditions.join(','),
          JSON.stringify(context.importAttributes));
    const result = nextResolve(specifier, context);
    print('  ->', result.url, result.format);
    return result;
  },
  load(url, context, nextLoad) {
    print('load', url, context.format, context.conditions.join(','));
    const result = nextLoad(url, context);
    print('  ->', result.format, result.source === null ? 'null' : typeof result.source);
    return result;
  },
});
print(require(path.join(dir, 'plain.js')).name);
print(typeof require('path').join);
print(require(path.join(dir, 'data.json')).json);
print(require(path.join(dir, 'cjs.cjs')));
log.deregister();
fresh();

const virtual = Module.registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier.startsWith('virtual:')) {
      return { url: `${base}/${specifier.slice(8)}.virtual.js`, shortCircuit: true };
    }
    return nextResolve(specifier, context);
  },
  load(url, context, nextLoad) {
    if (url.endsWith('cjs.virtual.js')) return { format: 'commonjs', source: 'module.exports = "v-cjs";', shortCircuit: true };
    if (url.endsWith('esm.virtual.js')) return { format: 'module', source: 'export default "v-esm"; export const n = 1;', shortCircuit: true };
    if (url.endsWith('bad.virtual.js')) return { format: 'commonjs', source: 5, shortCircuit: true };
    if (url.endsWith('noshort.virtual.js')) return { format: 'commonjs', source: '' };
    return nextLoad(url, context);
  },
});
attempt('virtual cjs', () => require('virtual:cjs'));
attempt('virtual esm', () => JSON.stringify(Object.entries(require('virtual:esm'))));
attempt('bad source', () => require('virtual:bad'));
attempt('no shortCircuit', () => require('virtual:noshort'));
virtual.deregister();
attempt('after deregister', () => require('virtual:cjs'));

// What hooks return, checked.
const plain = path.join(dir, 'plain.js');
for (const [label, hooks] of [
  ['resolve returns undefined', { resolve(s, c, next) { next(s, c); } }],
  ['resolve returns 5', { resolve(s, c, next) { next(s, c); return 5; } }],
  ['resolve shortCircuit false', { resolve() { return { url: 'node:fs', shortCircuit: false }; } }],
  ['nextResolve(5)', { resolve(s, c, next) { return next(5, c); } }],
  ['next called twice', { resolve(s, c, next) { next(s, c); return next(s, c); } }],
  ['context merged', { resolve(s, c, next) { return next(s, { conditions: ['custom'] }); } }],
  ['load returns undefined', { load(u, c, next) { next(u, c); } }],
  ['load returns 5', { load(u, c, next) { next(u, c); return 5; } }],
  ['load format 5', { load(u, c, next) { return { ...next(u, c), format: 5 }; } }],
  ['load null source', { load() { return { format: 'commonjs', source: null, shortCircuit: true }; } }],
  ['load Uint8Array', { load() {
    return { format: 'commonjs', source: new TextEncoder().encode('module.exports = "u8";'), shortCircuit: true };
  } }],
]) {
  fresh();
  const handle = Module.registerHooks(hooks);
  attempt(label, () => JSON.stringify(require(plain)));
  handle.deregister();
}

(async () => {
  const literal = await import(pathToFileURL(path.join(dir, 'object-literal.cjs')).href);
  print('object literal exports', Object.keys(literal).join());

  const h = Module.registerHooks({
    resolve(specifier, context, nextResolve) {
      const result = nextResolve(specifier, context);
      print('import resolve', specifier, rel(context.parentURL), context.conditions.join(','),
            JSON.stringify(context.importAttributes), '->', result.url, result.format);
      return result;
    },
    load(url, context, nextLoad) {
      const result = nextLoad(url, context);
      print('import load', url, context.format, '->', result.format, Buffer.isBuffer(result.source));
      if (url.endsWith('esm.mjs')) return { ...result, source: 'export const kind = "hooked";' };
      return result;
    },
  });
  const ns = await import(pathToFileURL(path.join(dir, 'importer.mjs')).href);
  print(ns.default, ns.imported);
  h.deregister();
})();
