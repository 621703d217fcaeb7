'use strict';
// Dependencies of `file:` folders, as npm (install-links=false) handles them: the folder is
// symlinked; a folder outside the project is left to install its own dependencies (none are
// placed), one inside the project has its dependencies (and devDependencies, as a top-level
// package) placed from the root. The lockfile entries (the link, and the folder's own entry with
// its manifest) are compared with the machine's npm byte for byte, and npm ci installs ours.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const c = require('./common');

const CASES = [
  // [folder (relative to the project), package name, spec, expected layout]
  ['../lib', 'lib', 'file:../lib', ['bar@1.5.0', 'lib@0.1.0 (link)']],
  ['libs/lib', 'mylib', 'file:libs/lib', ['bar@2.0.0', 'c/node_modules/bar@1.5.0', 'c@1.0.0', 'foo@1.2.0', 'mylib@0.1.0 (link)', 'tool@1.0.0']],
];

c.main(async () => {
  const reg = await c.startRegistry({
    foo: { versions: { '1.0.0': {}, '1.2.0': {} } },
    bar: { versions: { '1.0.0': {}, '1.5.0': {}, '2.0.0': {} } },
    c: { versions: { '1.0.0': { dependencies: { bar: '^1.0.0' } } } },
    tool: { versions: { '1.0.0': {} } },
  });
  const base = c.tmpdir('filedeps');
  const env = c.envFor(base, reg);
  const npm = await c.npmFor(base, reg);

  for (const [i, [folder, name, spec, expected]] of CASES.entries()) {
    const make = (tag) => {
      const root = path.join(base, `${tag}${i}`);
      const dir = path.join(root, 'p');
      const lib = path.join(dir, folder);
      fs.mkdirSync(lib, { recursive: true });
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(lib, 'package.json'), JSON.stringify({
        name, version: '0.1.0', dependencies: { foo: '^1.0.0', c: '1.0.0' }, devDependencies: { tool: '1.0.0' },
      }, null, 2));
      fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({
        name: 'x', version: '1.0.0', dependencies: { [name]: spec, bar: i === 0 ? '^1.0.0' : '^2.0.0' },
      }, null, 2));
      return dir;
    };
    const dir = make('nodus');
    c.ok(await c.run(['install'], { cwd: dir, env }), `case ${i}`);
    assert.deepStrictEqual(c.installedSet(dir), expected, `case ${i}`);
    assert.strictEqual(fs.readlinkSync(path.join(dir, 'node_modules', name)), path.join('..', folder));
    const lock = c.readJson(path.join(dir, 'package-lock.json'));
    assert.deepStrictEqual(lock.packages[`node_modules/${name}`], { resolved: folder, link: true });
    assert.deepStrictEqual(lock.packages[folder].devDependencies, { tool: '1.0.0' });
    assert.strictEqual(lock.packages[folder].name, name === 'lib' ? undefined : name);
    // Up to date afterwards.
    assert.match(c.ok(await c.run(['install'], { cwd: dir, env })).stdout, /up to date/);
    if (!npm) continue;
    const npmDir = make('npm');
    const n = await npm.run(['install'], npmDir);
    assert.strictEqual(n.status, 0, n.stderr);
    assert.deepStrictEqual(c.installedSet(npmDir), expected, `case ${i}: npm's layout`);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'package-lock.json'), 'utf8'),
      fs.readFileSync(path.join(npmDir, 'package-lock.json'), 'utf8'), `case ${i}: the same lockfile as npm`);
    const fromNodus = make('from-nodus');
    fs.copyFileSync(path.join(dir, 'package-lock.json'), path.join(fromNodus, 'package-lock.json'));
    const n2 = await npm.run(['ci'], fromNodus);
    assert.strictEqual(n2.status, 0, n2.stderr);
    assert.deepStrictEqual(c.installedSet(fromNodus), expected);
  }
  await reg.close();
});
