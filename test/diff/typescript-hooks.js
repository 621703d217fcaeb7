'use strict';
// module.registerHooks() sees TypeScript files as node 22.23 reports them: the resolve format
// ('module-typescript' / 'commonjs-typescript' by extension, null for .ts), the load context's
// format and the default load's format and source type; a hook's JavaScript source for a .ts file
// runs as given.
const { registerHooks } = require('module');
const path = require('path');
const dir = path.join(__dirname, '..', 'fixtures', 'typescript', 'loaders');
const name = (url) => url.slice(url.indexOf('/loaders/') + 9);

registerHooks({
  resolve(specifier, context, next) {
    const r = next(specifier, context);
    if (r.url.includes('/loaders/')) console.log('resolve', name(r.url), r.format);
    return r;
  },
  load(url, context, next) {
    if (url.endsWith('/virtual.ts')) {
      return { format: 'module', source: 'export const v = "from a hook";', shortCircuit: true };
    }
    const r = next(url, context);
    if (url.includes('/loaders/')) {
      console.log('load', name(url), context.format, r.format, typeof r.source,
                  Buffer.isBuffer(r.source) ? 'Buffer' : r.source?.constructor?.name);
    }
    return r;
  },
});

(async () => {
  for (const file of ['es.mts', 'es.ts', 'cj.cts', 'cj.ts', 'esm-pkg/a.ts', 'cjs-pkg/a.ts']) {
    const ns = await import(path.join(dir, file));
    console.log('import', file, JSON.stringify({ ...ns }));
  }
  for (const file of ['typeless/cjs.ts', 'typeless/esm.ts']) {
    console.log('require', file, JSON.stringify({ ...require(path.join(dir, file)) }));
  }
  console.log('virtual', JSON.stringify({ ...await import(path.join(dir, 'virtual.ts')) }));
})();
