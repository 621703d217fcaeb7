'use strict';
// A script whose name looks like a package-manager command (`install.js`, `./install`) is run as
// a script, with its arguments; so are the flags around it.
require('../common');
const assert = require('assert');
const fs = require('fs');
const { spawnSync } = require('child_process');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const body = 'console.log(JSON.stringify([require("path").basename(__filename), ...process.argv.slice(2)]))';
fs.writeFileSync(tmpdir.resolve('install.js'), body);
fs.writeFileSync(tmpdir.resolve('install'), body);

function run(args) {
  const r = spawnSync(process.execPath, args, { cwd: tmpdir.path, encoding: 'utf8' });
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.status, 0);
  return JSON.parse(r.stdout);
}

assert.deepStrictEqual(run(['install.js', 'add', 'x']), ['install.js', 'add', 'x']);
assert.deepStrictEqual(run(['./install', '--save']), ['install', '--save']);
assert.deepStrictEqual(run([tmpdir.resolve('install'), 'ci']), ['install', 'ci']);
assert.deepStrictEqual(run(['--no-warnings', 'install.js', 'run']), ['install.js', 'run']);
assert.deepStrictEqual(run(['--', 'install.js']), ['install.js']);

// npm's words that are common script names (test, start, version, ...): `nodus test` runs
// ./test.js when there is one, as `node test` does (the package manager's `test` otherwise).
fs.writeFileSync(tmpdir.resolve('test.js'), body);
fs.writeFileSync(tmpdir.resolve('version.js'), body);
assert.deepStrictEqual(run(['test', 'a']), ['test.js', 'a']);
assert.deepStrictEqual(run(['version', '--json']), ['version.js', '--json']);

// `-e` code, with a command word as its first argument.
const r = spawnSync(process.execPath, ['-e', 'console.log(process.argv.slice(1).join(" "))', 'install'],
                    { encoding: 'utf8' });
assert.strictEqual(r.status, 0);
assert.strictEqual(r.stdout, 'install\n');
