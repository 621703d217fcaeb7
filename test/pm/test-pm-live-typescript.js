'use strict';
// Live differential test: install tsx and ts-node (with typescript 5) from the public registry
// with nodus, then run common/typescript-app.js (ES and CommonJS TypeScript with enums,
// namespaces and parameter properties through tsx's CLI and `--import tsx`, tsconfig paths, ts-node, and node's own type
// stripping) under node 22 and under the nodus runtime; stdout must be identical. Skips when the
// binary under test is not the runtime or the registry is unreachable.
const c = require('./common');
const { compareLiveCases } = require('./common/live');

const CASES = {
  'tsx-esm': { tsx: '^4.0.0' },
  'tsx-cjs': { tsx: '^4.0.0' },
  'tsx-import': { tsx: '^4.0.0' },
  'tsx-paths': { tsx: '^4.0.0' },
  'ts-node': { 'ts-node': '^10.9.0', typescript: '^5.0.0', '@types/node': '^22.0.0' },
  strip: {},
};

c.main(() => compareLiveCases('live-ts', CASES, 'typescript-app.js', { installTimeout: 120000, runTimeout: 120000 }));
