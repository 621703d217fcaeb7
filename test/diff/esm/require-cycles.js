// require(esm) in a cycle: ERR_REQUIRE_CYCLE_MODULE both ways.
import { createRequire } from 'node:module';
import '../../fixtures/esm/require-cycle/a.mjs';

const require = createRequire(import.meta.filename);
try {
  require('../../fixtures/esm/require-cycle/c.cjs');
} catch (err) {
  console.log(err.code, err.message);
}
