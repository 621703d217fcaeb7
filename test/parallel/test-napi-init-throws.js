'use strict';
// An exception thrown by the addon's init reaches the require() caller; whatever init returns
// (a non-object, undefined) becomes module.exports.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const { build } = require('../fixtures/napi/build.js');

const file = build('throwing');
if (process.argv[2] === 'child') {
  console.log(String(JSON.stringify(require(file))));
  return;
}
assert.throws(() => require(file), { message: 'init failed on purpose', code: 'ERR_INIT' });
const child = spawnSync(process.execPath, [__filename, 'child'], {
  env: { ...process.env, NAPI_INIT_RETURNS: '1' }, encoding: 'utf8',
});
assert.strictEqual(child.stdout, '"just a string"\n');
assert.strictEqual(child.status, 0);
// An explicit undefined (not NULL) replaces the exports too.
const undef = spawnSync(process.execPath, [__filename, 'child'], {
  env: { ...process.env, NAPI_INIT_RETURNS: 'undefined' }, encoding: 'utf8',
});
assert.strictEqual(undef.stdout, 'undefined\n');
