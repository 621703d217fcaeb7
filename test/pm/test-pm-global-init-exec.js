'use strict';
// add -g into a user prefix with bins, remove -g; init -y; x fetching a package that is not
// installed; node-gyp packages fail naming the package.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const c = require('./common');

c.main(async () => {
  const reg = await c.startRegistry({
    cowsay: { versions: { '1.0.0': { bin: { cowsay: 'cli.sh' }, files: { 'cli.sh': '#!/bin/sh\necho "moo $*"\n' } },
                          '2.0.0': { bin: { cowsay: 'cli.sh' }, files: { 'cli.sh': '#!/bin/sh\necho "MOO2 $*"\n' } } } },
    native: { versions: { '1.0.0': { files: { 'binding.gyp': '{}' } } } },
  });
  const base = c.tmpdir('global');
  const prefix = path.join(base, 'prefix');
  const env = c.envFor(base, reg);

  // -g
  let r = c.ok(await c.run(['add', '-g', 'cowsay@1', '--prefix', prefix], { cwd: base, env }));
  const bin = path.join(prefix, 'bin', 'cowsay');
  assert.ok(fs.existsSync(bin), 'bin linked into <prefix>/bin');
  const out = await c.runCmd(bin, ['hi']);
  assert.strictEqual(out.stdout, 'moo hi\n');
  assert.ok(fs.existsSync(path.join(prefix, 'lib/node_modules/cowsay/package.json')));
  c.ok(await c.run(['remove', '-g', 'cowsay', '--prefix', prefix], { cwd: base, env }));
  assert.ok(!fs.existsSync(bin), 'bin removed with the package');

  // init -y
  const proj = path.join(base, 'My Project');
  fs.mkdirSync(proj);
  c.ok(await c.run(['init', '-y'], { cwd: proj, env }));
  const pkg = c.readJson(path.join(proj, 'package.json'));
  assert.strictEqual(pkg.name, 'my-project');
  assert.strictEqual(pkg.version, '1.0.0');
  assert.strictEqual(pkg.main, 'index.js');
  assert.strictEqual(pkg.license, 'ISC');
  assert.strictEqual(pkg.scripts.test, 'echo "Error: no test specified" && exit 1');

  // x: not installed anywhere -> fetched into the cache and run, with arguments.
  r = c.ok(await c.run(['x', 'cowsay', 'from', 'x'], { cwd: proj, env }));
  assert.strictEqual(r.stdout, 'MOO2 from x\n');
  r = c.ok(await c.run(['x', 'cowsay@1.0.0', 'old'], { cwd: proj, env }));
  assert.strictEqual(r.stdout, 'moo old\n');
  assert.ok(!fs.existsSync(path.join(proj, 'node_modules')), 'x does not install into the project');

  // A package that needs node-gyp: a clear error naming it.
  const gyp = c.project(base, { name: 'g', version: '1.0.0', dependencies: { native: '1.0.0' } }, 'gyp');
  r = await c.run(['install'], { cwd: gyp, env });
  assert.notStrictEqual(r.status, 0);
  assert.match(r.stderr, /native@1\.0\.0 .*needs node-gyp/);
  await reg.close();
});
