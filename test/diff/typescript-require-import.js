'use strict';
// require() and import() of .ts, .cts and .mts files: which module type each runs as (by
// extension, package.json "type" or syntax), the typeless-package warning, the refusal under
// node_modules and the errors for syntax node does not strip.
const path = require('path');
const dir = path.join(__dirname, '..', 'fixtures', 'typescript', 'loaders');
const rel = (s) => `${s}`.split(dir).join('<dir>');

process.on('warning', (w) => console.log('warning', w.code ?? w.name, rel(w.message.split('\n')[0])));

const files = ['cj.ts', 'cj.cts', 'es.mts', 'es.ts', 'esm-pkg/a.ts', 'cjs-pkg/a.ts', 'typeless/esm.ts',
  'typeless/cjs.ts', 'uses-dep.mts', 'enum.ts', 'invalid.ts', 'app.tsx'];

function show(how, file, value) {
  console.log(how, file, JSON.stringify(value && { ...value }));
}
function fail(how, file, err) {
  console.log(how, file, 'throws', err.name, err.code, rel(err.message).split('\n')[0]);
}

for (const file of files) {
  try {
    show('require', file, require(path.join(dir, file)));
  } catch (err) {
    fail('require', file, err);
  }
}
try {
  require(path.join(dir, 'throws.ts'));
} catch (err) {
  console.log(rel(err.stack.split('\n').slice(0, 2).join('\n')));
}

(async () => {
  for (const file of [...files, 'node_modules/dep/index.ts']) {
    try {
      show('import', file, await import(path.join(dir, file)));
    } catch (err) {
      fail('import', file, err);
    }
  }
  console.log('features', process.features.typescript);
})();
