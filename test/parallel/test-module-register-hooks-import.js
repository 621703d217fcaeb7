'use strict';
// module.registerHooks() with import: the ESM context (importAttributes, conditions,
// parentURL), the default load's Buffer source, and hooks that supply modules of each format.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { pathToFileURL } = require('url');
const Module = require('module');

const dir = path.join(__dirname, '..', 'fixtures', 'module-hooks');
const url = (name) => pathToFileURL(path.join(dir, name)).href;

(async () => {
  const seen = [];
  let hooks = Module.registerHooks({
    resolve(specifier, context, nextResolve) {
      const result = nextResolve(specifier, context);
      seen.push(['resolve', specifier, context.parentURL, context.conditions,
                 context.importAttributes, result.url, result.format]);
      return result;
    },
    load(u, context, nextLoad) {
      const result = nextLoad(u, context);
      seen.push(['load', u, context.format, Buffer.isBuffer(result.source), result.format]);
      return result;
    },
  });
  const ns = await import(url('importer.mjs'));
  hooks.deregister();
  assert.strictEqual(ns.default, 'importer');
  assert.strictEqual(ns.imported, 'esm');
  const conditions = ['node', 'import', 'module-sync', 'node-addons'];
  assert.deepStrictEqual(seen, [
    ['resolve', url('importer.mjs'), pathToFileURL(__filename).href, conditions, { __proto__: null },
     url('importer.mjs'), 'module'],
    ['load', url('importer.mjs'), 'module', true, 'module'],
    ['resolve', './esm.mjs', url('importer.mjs'), conditions, { __proto__: null }, url('esm.mjs'), 'module'],
    ['load', url('esm.mjs'), 'module', true, 'module'],
  ]);

  // Virtual modules in each format.
  const virtual = {
    'virtual:esm': ['module', 'export default 42; export const named = "n";'],
    'virtual:json': ['json', '{ "from": "hook" }'],
    'virtual:cjs': ['commonjs', 'module.exports = { cjs: true };'],
  };
  hooks = Module.registerHooks({
    resolve(specifier, context, nextResolve) {
      if (specifier in virtual) return { url: url(`${specifier.slice(8)}-virtual.mjs`), shortCircuit: true };
      if (specifier === 'builtin-alias') return { url: 'node:path', format: 'builtin', shortCircuit: true };
      return nextResolve(specifier, context);
    },
    load(u, context, nextLoad) {
      for (const [specifier, [format, source]] of Object.entries(virtual)) {
        if (u === url(`${specifier.slice(8)}-virtual.mjs`)) return { format, source, shortCircuit: true };
      }
      return nextLoad(u, context);
    },
  });
  const esm = await import('virtual:esm');
  assert.strictEqual(esm.default, 42);
  assert.strictEqual(esm.named, 'n');
  const json = await import('virtual:json', { with: { type: 'json' }, assert: { type: 'json' } });
  assert.deepStrictEqual(json.default, { from: 'hook' });
  const cjs = await import('virtual:cjs');
  assert.deepStrictEqual(cjs.default, { cjs: true });
  assert.strictEqual(require.cache[path.join(dir, 'cjs-virtual.mjs')].exports, cjs.default);
  const builtin = await import('builtin-alias');
  assert.strictEqual(builtin.default, path);
  hooks.deregister();
  await assert.rejects(import('virtual:other'), { code: 'ERR_UNSUPPORTED_ESM_URL_SCHEME' });

  // A source override for a file that exists.
  hooks = Module.registerHooks({
    load(u, context, nextLoad) {
      const result = nextLoad(u, context);
      if (u.endsWith('esm.mjs?override')) return { ...result, source: 'export default "overridden";' };
      return result;
    },
  });
  assert.strictEqual((await import(`${url('esm.mjs')}?override`)).default, 'overridden');
  hooks.deregister();
})().then(common.mustCall());
