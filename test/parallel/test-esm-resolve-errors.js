'use strict';
// Resolution errors reject import() with node's codes.
const common = require('../common');
const assert = require('assert');

const cases = [
  ['../fixtures/esm/nope.mjs', 'ERR_MODULE_NOT_FOUND'],
  ['../fixtures/esm/lib', 'ERR_MODULE_NOT_FOUND'],
  ['../fixtures/esm/dir-with-index', 'ERR_UNSUPPORTED_DIR_IMPORT'],
  ['../fixtures/esm/data.txt', 'ERR_UNKNOWN_FILE_EXTENSION'],
  ['no-such-package-here', 'ERR_MODULE_NOT_FOUND'],
  ['#no-imports', 'ERR_PACKAGE_IMPORT_NOT_DEFINED'],
  ['node:no-such-builtin', 'ERR_UNKNOWN_BUILTIN_MODULE'],
  ['https://example.com/x.mjs', 'ERR_UNSUPPORTED_ESM_URL_SCHEME'],
  ['../fixtures/esm/a%2Fb.mjs', 'ERR_INVALID_MODULE_SPECIFIER'],
];

(async () => {
  for (const [spec, code] of cases) {
    await assert.rejects(import(spec), (err) => {
      assert.strictEqual(err.code, code, `${spec}: ${err.code} ${err.message}`);
      return true;
    });
  }
  await assert.rejects(import('../fixtures/esm/lib'), {
    message: /Did you mean to import "\.\.\/fixtures\/esm\/lib\.mjs"\?$|^Cannot find module/,
  });
})().then(common.mustCall());
