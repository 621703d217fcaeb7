'use strict';
// install-links (--install-links, `install-links=true` in .npmrc, NPM_CONFIG_INSTALL_LINKS): a
// `file:` folder is packed as `npm pack` would (its `files` field and ignore rules) and installed
// as a real copy whose dependencies are placed like a registry package's (its devDependencies are
// not installed). The lockfile is compared with the machine's npm byte for byte; `nodus ci` packs
// the folder again (picking up changes), and npm ci installs our lockfile.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const c = require('./common');

const CASES = [
  // [folder (relative to the project), package name, how it is enabled, expected layout]
  ['../lib', 'lib', 'flag', ['bar@1.5.0', 'c@1.0.0', 'foo@1.2.0', 'lib@0.1.0']],
  ['libs/lib', 'mylib', 'npmrc', ['bar@2.0.0', 'c/node_modules/bar@1.5.0', 'c@1.0.0', 'foo@1.2.0', 'mylib@0.1.0']],
  ['../lib', 'lib', 'env', ['bar@1.5.0', 'c@1.0.0', 'foo@1.2.0', 'lib@0.1.0']],
];

c.main(async () => {
  const reg = await c.startRegistry({
    foo: { versions: { '1.0.0': {}, '1.2.0': {} } },
    bar: { versions: { '1.0.0': {}, '1.5.0': {}, '2.0.0': {} } },
    c: { versions: { '1.0.0': { dependencies: { bar: '^1.0.0' } } } },
    tool: { versions: { '1.0.0': {} } },
  });
  const base = c.tmpdir('installlinks');
  const npm = await c.npmFor(base, reg);

  for (const [i, [folder, name, how, expected]] of CASES.entries()) {
    const make = (tag) => {
      const dir = path.join(base, `${tag}${i}`, 'p');
      const lib = path.join(dir, folder);
      fs.mkdirSync(dir, { recursive: true });
      fs.mkdirSync(path.join(lib, 'bin'), { recursive: true });
      fs.writeFileSync(path.join(lib, 'package.json'), JSON.stringify({
        name, version: '0.1.0', files: ['index.js'], bin: { mytool: 'bin/t.js' },
        dependencies: { foo: '^1.0.0', c: '1.0.0' }, devDependencies: { tool: '1.0.0' },
      }, null, 2));
      fs.writeFileSync(path.join(lib, 'index.js'), 'module.exports = "v1";\n');
      fs.writeFileSync(path.join(lib, 'other.js'), 'not packed\n');
      fs.writeFileSync(path.join(lib, 'bin/t.js'), '#!/usr/bin/env node\nconsole.log("t")\n');
      fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({
        name: 'x', version: '1.0.0', dependencies: { [name]: `file:${folder}`, bar: i === 1 ? '^2.0.0' : '^1.0.0' },
      }, null, 2));
      if (how === 'npmrc') fs.writeFileSync(path.join(dir, '.npmrc'), 'install-links=true\n');
      return dir;
    };
    const args = how === 'flag' ? ['--install-links'] : [];
    const env = c.envFor(base, reg, how === 'env' ? { NPM_CONFIG_INSTALL_LINKS: 'true' } : {});
    const dir = make('nodus');
    c.ok(await c.run(['install', ...args], { cwd: dir, env }), `case ${i}`);
    assert.deepStrictEqual(c.installedSet(dir), expected, `case ${i}`);
    const copy = path.join(dir, 'node_modules', name);
    assert.ok(!fs.lstatSync(copy).isSymbolicLink(), `case ${i}: a copy, not a link`);
    assert.deepStrictEqual(fs.readdirSync(copy).sort(), ['bin', 'index.js', 'package.json'], `case ${i}: packed files`);
    assert.ok(fs.statSync(path.join(copy, 'bin/t.js')).mode & 0o100, `case ${i}: the bin is executable`);
    assert.strictEqual(fs.readlinkSync(path.join(dir, 'node_modules/.bin/mytool')), `../${name}/bin/t.js`);
    const lock = c.readJson(path.join(dir, 'package-lock.json'));
    assert.deepStrictEqual(lock.packages[`node_modules/${name}`], {
      version: '0.1.0', resolved: `file:${folder}`, dependencies: { c: '1.0.0', foo: '^1.0.0' }, bin: { mytool: 'bin/t.js' },
    }, `case ${i}`);
    assert.strictEqual(lock.packages[folder], undefined, `case ${i}: no entry for the folder itself`);
    assert.match(c.ok(await c.run(['install', ...args], { cwd: dir, env })).stdout, /up to date/);

    // ci packs the folder again: a change to it shows.
    fs.writeFileSync(path.join(dir, folder, 'index.js'), 'module.exports = "v2";\n');
    c.ok(await c.run(['ci', ...args], { cwd: dir, env }), `case ${i}: ci`);
    assert.deepStrictEqual(c.installedSet(dir), expected, `case ${i}: ci`);
    assert.strictEqual(fs.readFileSync(path.join(copy, 'index.js'), 'utf8'), 'module.exports = "v2";\n');
    fs.writeFileSync(path.join(dir, folder, 'index.js'), 'module.exports = "v1";\n');

    if (!npm) continue;
    const npmDir = make('npm');
    const npmArgs = how === 'flag' ? ['--install-links'] : [];
    const n = await c.runCmd(c.npmPath(), ['install', ...npmArgs, ...npm.args], { cwd: npmDir, env });
    assert.strictEqual(n.status, 0, n.stderr);
    assert.deepStrictEqual(c.installedSet(npmDir), expected, `case ${i}: npm's layout`);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'package-lock.json'), 'utf8'),
      fs.readFileSync(path.join(npmDir, 'package-lock.json'), 'utf8'), `case ${i}: the same lockfile as npm`);
    const fromNodus = make('from-nodus');
    fs.copyFileSync(path.join(dir, 'package-lock.json'), path.join(fromNodus, 'package-lock.json'));
    const n2 = await c.runCmd(c.npmPath(), ['ci', ...npmArgs, ...npm.args], { cwd: fromNodus, env });
    assert.strictEqual(n2.status, 0, n2.stderr);
    assert.deepStrictEqual(c.installedSet(fromNodus), expected);
  }

  // Without install-links the folder stays a link (the default).
  const dir = path.join(base, 'default');
  fs.mkdirSync(path.join(dir, 'lib'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'lib/package.json'), JSON.stringify({ name: 'lib', version: '0.1.0' }));
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'y', version: '1.0.0', dependencies: { lib: 'file:lib' } }));
  c.ok(await c.run(['install'], { cwd: dir, env: c.envFor(base, reg) }));
  assert.ok(fs.lstatSync(path.join(dir, 'node_modules/lib')).isSymbolicLink());
  await reg.close();
});
