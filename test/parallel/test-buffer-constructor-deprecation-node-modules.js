'use strict';
// DEP0005 (calling Buffer() without new, or new Buffer()) is only shown for the application's own
// code: a call from a file under node_modules stays quiet, unless --pending-deprecation is given.
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const pkg = path.join(tmpdir.path, 'node_modules', 'old-buffer');
fs.mkdirSync(pkg, { recursive: true });
fs.writeFileSync(path.join(pkg, 'index.js'), 'module.exports = () => new Buffer(4);\n');
fs.writeFileSync(path.join(tmpdir.path, 'dep.js'), 'require("old-buffer")(); require("old-buffer")(); console.log("done");\n');
fs.writeFileSync(path.join(tmpdir.path, 'own.js'), 'require("old-buffer")(); Buffer(2); Buffer(3); console.log("done");\n');

function run(args) {
  const r = spawnSync(process.execPath, args, { cwd: tmpdir.path, encoding: 'utf8' });
  assert.strictEqual(r.status, 0, r.stderr);
  assert.strictEqual(r.stdout, 'done\n');
  return r.stderr.split('\n').filter((l) => l.includes('[DEP0005]')).length;
}

assert.strictEqual(run(['dep.js']), 0);
assert.strictEqual(run(['own.js']), 1);
assert.strictEqual(run(['--pending-deprecation', 'dep.js']), 1);
