// CommonJS resolution of package "exports" and "imports" patterns (most specific key wins,
// null targets, unexported subpaths) compared with node.
const path = require('path');
const { createRequire } = require('module');
const req = createRequire(path.join(__dirname, '../fixtures/cjs-exports/index.js'));
for (const id of ['pat', 'pat/one', 'pat/feature/f.js', 'pat/feature/internal/x', 'pat/xAAy',
  'pat/missing', '#lib/a', '#exact', '#dep/one', '#nope', 'pat/package.json']) {
  try {
    console.log(id, '->', req(id));
  } catch (e) {
    console.log(id, '!', e.code, e.message.split('\n')[0].split(path.resolve(__dirname, '..')).join('<test>'));
  }
}
