'use strict';
// Live differential test: npm packages whose work is done by a Node-API native addon (napi-rs:
// rollup 4, @swc/core, lightningcss, @node-rs/bcrypt; node-addon-api: sharp; vitest on rollup), installed from the
// public registry with nodus (their platform packages through optionalDependencies), then run by
// common/napi-app.js under node 22 and under the nodus runtime: stdout must be identical. Skips
// when the binary under test is not the runtime or the registry is unreachable.
const c = require('./common');
const { compareLiveCases } = require('./common/live');

const CASES = {
  rollup: { rollup: '^4.0.0' },
  swc: { '@swc/core': '^1.0.0' },
  lightningcss: { lightningcss: '^1.0.0' },
  bcrypt: { '@node-rs/bcrypt': '^1.0.0' },
  sharp: { sharp: '^0.33.0' },
  esbuild: { esbuild: '^0.24.0' },
  // vite's bundler is rollup 4; vitest's default pool forks children with --conditions node.
  vitest: { vitest: '^2.0.0' },
};

c.main(() => compareLiveCases('live-napi', CASES, 'napi-app.js', { installTimeout: 180000, runTimeout: 120000 }));
