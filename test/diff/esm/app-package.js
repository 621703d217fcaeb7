// "imports" (#specifiers, patterns, bare targets) and self-reference by package name.
import ok from '../../fixtures/esm/app/src/main.js';
import { run } from '../../fixtures/esm/app/src/run.js';

console.log(ok);
for (const spec of ['#util', '#internal/util', '#dual', '#missing', '#', 'app', 'app/util',
  'app/src/util.js']) {
  await run(spec);
}
