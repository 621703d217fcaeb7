'use strict';
// .ts, .cts and .mts files load through require() and import(): types are stripped and each
// runs as the module type its extension or package.json "type" gives.
const common = require('../common');
const assert = require('assert');
const path = require('path');

const dir = path.join(__dirname, '..', 'fixtures', 'typescript', 'loaders');
const fixture = (name) => path.join(dir, name);

assert.strictEqual(process.features.typescript, 'strip');
assert.deepStrictEqual(require(fixture('cj.ts')),
                       { kind: 'cjs.ts', origin: { x: 0, y: 0 }, typeofRequire: 'function' });
assert.strictEqual(require(fixture('cj.cts')).id, 'cts');
assert.strictEqual(require(fixture('es.mts')).kind, 'es.mts');
assert.strictEqual(require(fixture('esm-pkg/a.ts')).req, 'undefined');
assert.strictEqual(require(fixture('cjs-pkg/a.ts')).req, 'function');
assert.throws(() => require(fixture('enum.ts')), {
  name: 'SyntaxError',
  code: 'ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX',
  message: 'TypeScript enum is not supported in strip-only mode',
});
assert.throws(() => require(fixture('invalid.ts')), { code: 'ERR_INVALID_TYPESCRIPT_SYNTAX' });
assert.throws(() => require(fixture('node_modules/dep/index.ts')), {
  code: 'ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING',
  message: `Stripping types is currently unsupported for files under node_modules, for "${
    fixture('node_modules/dep/index.ts')}"`,
});
// whitespace keeps every position: the stack names the original line and column
assert.throws(() => require(fixture('throws.ts')), (err) => {
  assert.match(err.stack.split('\n')[1], /throws\.ts:5:9\)$/);
  return true;
});

(async () => {
  assert.strictEqual((await import(fixture('es.ts'))).kind, 'es.ts');
  assert.strictEqual((await import(fixture('cj.ts'))).default.kind, 'cjs.ts');
  assert.strictEqual((await import(fixture('es.mts'))).default(2)[1], 2);
  await assert.rejects(import(fixture('app.tsx')), { code: 'ERR_UNKNOWN_FILE_EXTENSION' });
})().then(common.mustCall());
