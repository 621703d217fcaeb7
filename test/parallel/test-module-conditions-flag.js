'use strict';
// --conditions / -C add user conditions to package "exports" resolution for require() and
// import; "node-addons" is a default condition.
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const pkg = path.join(tmpdir.path, 'node_modules', 'cond');
fs.mkdirSync(pkg, { recursive: true });
fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({
  name: 'cond',
  exports: {
    '.': { custom: './custom.js', default: './default.js' },
    './addons': { 'node-addons': './addons.js', default: './default.js' },
  },
}));
for (const f of ['custom', 'default', 'addons'])
  fs.writeFileSync(path.join(pkg, `${f}.js`), `module.exports = ${JSON.stringify(f)};\n`);
const script = "console.log(require('cond'), require('cond/addons')); import('cond').then((m) => console.log(m.default));";

function run(args) {
  const r = spawnSync(process.execPath, [...args, '-e', script], { cwd: tmpdir.path, encoding: 'utf8' });
  assert.strictEqual(r.status, 0, r.stderr);
  return r.stdout;
}
assert.strictEqual(run([]), 'default addons\ndefault\n');
assert.strictEqual(run(['--conditions', 'custom']), 'custom addons\ncustom\n');
assert.strictEqual(run(['-C', 'custom']), 'custom addons\ncustom\n');
assert.strictEqual(run(['--conditions=custom']), 'custom addons\ncustom\n');
// --no-addons drops the "node-addons" condition.
assert.strictEqual(run(['--no-addons']), 'default default\ndefault\n');
