'use strict';
// `update` as npm 11 does it: newest versions within package.json's ranges, the lockfile rewritten
// but package.json left alone unless --save is given; with --save the ranges of updated direct
// dependencies become save-prefix + version (kept when narrower, exact versions kept); arguments
// must be bare names (EUPDATEARGS). Differential against the machine's npm. `--latest` is a nodus
// extension (ranges that exclude the latest tag become ^latest).
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const c = require('./common');

const PKG = {
  name: 'app', version: '1.0.0',
  dependencies: { b: '^1.0.0', x: '1.x', e: '1.0.0', narrow: '>=1.0.0 <1.3.0', al: 'npm:b@^1.0.0', t: 'latest' },
  devDependencies: { d: '~1.0.0' },
};

c.main(async () => {
  const one = () => ({ versions: { '1.0.0': {} } });
  const reg = await c.startRegistry({ b: one(), x: one(), e: one(), narrow: one(), t: one(), d: one() });
  const base = c.tmpdir('update');
  const env = c.envFor(base, reg);
  const npm = await c.npmFor(base, reg);
  const tools = [['nodus', (argv, cwd) => c.run(argv, { cwd, env })]];
  if (npm) tools.push(['npm', (argv, cwd) => c.runCmd(c.npmPath(), [...argv, ...npm.args, '--prefer-online'], { cwd, env })]);
  const dirs = {};
  for (const [tool, run] of tools) {
    for (const mode of ['plain', 'save', 'named']) {
      const dir = c.project(base, PKG, `${tool}-${mode}`);
      const r = await run(['install'], dir);
      assert.strictEqual(r.status, 0, r.stderr);
      dirs[`${tool}-${mode}`] = dir;
    }
  }
  // New versions appear.
  for (const n of ['b', 'x', 'e', 'narrow', 't', 'd']) {
    reg.spec[n].versions['1.1.0'] = {};
    reg.spec[n].versions['1.5.0'] = {};
    reg.spec[n].versions['2.0.0'] = {};
    reg.spec[n]['dist-tags'] = { latest: '1.5.0' };
    reg.build(n);
  }
  reg.spec.d.versions['1.0.1'] = {};
  reg.build('d');
  const pkgText = JSON.stringify(PKG, null, 2) + '\n';
  const expectedAll = ['al@1.5.0', 'b@1.5.0', 'd@1.0.1', 'e@1.0.0', 'narrow@1.1.0', 't@1.5.0', 'x@1.5.0'];
  for (const [tool, run] of tools) {
    // Plain update: node_modules and the lockfile move, package.json does not.
    let dir = dirs[`${tool}-plain`];
    let r = await run(['update'], dir);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.deepStrictEqual(c.installedSet(dir), expectedAll, tool);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'), pkgText, `${tool}: package.json kept`);
    assert.strictEqual(c.readJson(path.join(dir, 'package-lock.json')).packages['node_modules/b'].version, '1.5.0');

    // --save: ranges rewritten the way npm does it.
    dir = dirs[`${tool}-save`];
    r = await run(['update', '--save'], dir);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.deepStrictEqual(c.installedSet(dir), expectedAll, tool);
    assert.deepStrictEqual(c.readJson(path.join(dir, 'package.json')), {
      ...PKG,
      dependencies: { b: '^1.5.0', x: '^1.5.0', e: '1.0.0', narrow: '>=1.0.0 <1.3.0', al: 'npm:b@^1.5.0', t: '^1.5.0' },
      devDependencies: { d: '~1.0.0' },
    }, `${tool}: update --save`);

    // Named: only that package moves; a range or tag is refused.
    dir = dirs[`${tool}-named`];
    r = await run(['update', 'b@1'], dir);
    assert.notStrictEqual(r.status, 0);
    assert.match(r.stderr, /EUPDATEARGS/, tool);
    assert.match(r.stderr, /Update arguments must only contain package names, eg:\n.*    (npm|nodus) update b\n/, tool);
    r = await run(['update', 'x'], dir);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.deepStrictEqual(c.installedSet(dir), ['al@1.0.0', 'b@1.0.0', 'd@1.0.0', 'e@1.0.0', 'narrow@1.0.0', 't@1.0.0', 'x@1.5.0'], tool);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'), pkgText);
  }
  // Both tools wrote the same lockfiles.
  if (npm) {
    for (const mode of ['plain', 'save', 'named']) {
      const a = fs.readFileSync(path.join(dirs[`nodus-${mode}`], 'package-lock.json'), 'utf8');
      const b = fs.readFileSync(path.join(dirs[`npm-${mode}`], 'package-lock.json'), 'utf8');
      assert.strictEqual(a, b, `lockfile after update (${mode})`);
    }
  }

  // --latest (nodus only): past the range, saved.
  const dir = dirs['nodus-named'];
  c.ok(await c.run(['update', '--latest', 'd'], { cwd: dir, env }));
  assert.strictEqual(c.readJson(path.join(dir, 'package.json')).devDependencies.d, '^1.5.0');
  assert.strictEqual(c.readJson(path.join(dir, 'node_modules/d/package.json')).version, '1.5.0');
  await reg.close();
});
