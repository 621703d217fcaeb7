// Package resolution from fixtures/esm/importer.mjs: "exports" conditions (import, require,
// node, module-sync, default), patterns, null targets, legacy main, no extension guessing,
// "Did you mean" hints, unknown extensions and typeless module detection.
import dualDefault, { kind } from '../../fixtures/esm/node_modules/dual/esm/index.mjs';
import { createRequire } from 'node:module';
import { run } from '../../fixtures/esm/importer.mjs';

const require = createRequire(`${import.meta.dirname}/../../fixtures/esm/x.js`);

console.log(dualDefault, kind);
for (const spec of ['dual', 'dual/feature', 'dual/package.json', 'dual/hidden', 'dual/missing',
  'patterns/features/a.js', 'patterns/features/private/x', 'patterns/utils/helper',
  'legacy', 'noexports', 'noexports/deep.js', 'noexports/deep', 'sync-only', 'app', 'nopkg',
  '@scope/nothing', '#nothing', './dir-with-index/index.js', './nope.mjs', './nope',
  './data.txt', './typeless/mod.js', 'node:nothing', 'https://example.com/x.mjs',
  './lib.mjs?query=1#hash', './l%69b.mjs', 'fs/../x', '.%2Flib.mjs']) {
  await run(spec);
}
console.log(require('dual'), require('sync-only'));
