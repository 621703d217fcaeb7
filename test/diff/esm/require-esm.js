// require() of ES modules from CommonJS (Node 22.12 rules), through createRequire.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.filename);
const show = (spec) => {
  try {
    console.log(spec, require(spec));
  } catch (err) {
    console.log(spec, err.code, err.message);
  }
};
show('../../fixtures/esm/sync.mjs');
show('../../fixtures/esm/named-only.mjs');
show('../../fixtures/esm/module-exports-name.mjs');
show('../../fixtures/esm/tla.mjs');
show('../../fixtures/esm/imports-tla.mjs');
show('../../fixtures/esm/app/src/util.js');
show('../../fixtures/esm/typeless/mod.js');
console.log(require('../../fixtures/esm/sync.mjs') === require('../../fixtures/esm/sync.mjs'));
