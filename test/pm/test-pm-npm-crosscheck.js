'use strict';
// Cross-check with the machine's npm against the same fixture registry:
//  - `nodus install` and `npm install` produce the same package@version paths in node_modules;
//  - `nodus ci` installs npm's lockfile exactly, and `npm ci` installs nodus's lockfile exactly.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const c = require('./common');

const SPEC = {
  web: { versions: { '1.0.0': { dependencies: { mid: '^1.0.0', util: '^1.0.0' } } } },
  tool: { versions: { '2.0.0': { dependencies: { util: '^2.0.0', mid: '^1.0.0' }, bin: { tool: 'bin.js' }, files: { 'bin.js': '#!/bin/sh\n' } } } },
  '@scope/lib': { versions: { '1.0.0': { dependencies: { util: '^1.1.0' } }, '1.1.0': { dependencies: { util: '^1.1.0', leaf: '1.0.0' } } } },
  mid: { versions: { '1.0.0': { dependencies: { leaf: '^1.0.0' } }, '1.2.0': { dependencies: { leaf: '^1.0.0' } } } },
  leaf: { versions: { '1.0.0': {}, '1.5.0': {}, '2.0.0': {} } },
  util: { versions: { '1.0.0': {}, '1.1.0': {}, '2.0.0': { dependencies: { leaf: '^2.0.0' } }, '2.1.0': { dependencies: { leaf: '^2.0.0' } } } },
  plug: { versions: { '1.0.0': { peerDependencies: { host: '^1.0.0' } } } },
  host: { versions: { '1.0.0': {}, '1.3.0': {} } },
  // A plugin's peer takes the version its dependent asks for (not the newest in the peer range).
  'wp-app': { versions: { '1.0.0': { dependencies: { 'wp-plugin': '^1.0.0', 'wp-webpack': '1.0.0' } } } },
  'wp-plugin': { versions: { '1.0.0': { peerDependencies: { 'wp-webpack': '^1.0.0' } } } },
  'wp-webpack': { versions: { '1.0.0': {}, '1.1.0': {} } },
  // Packages only another platform's optional dependency needs (a cycle among them too) are in the
  // lockfile but not on disk; one the installed tree also needs is installed.
  'win-only': { versions: { '1.0.0': { os: ['win32'], dependencies: { 'win-runtime': '^1.0.0', leaf: '^1.0.0' } } } },
  'win-runtime': { versions: { '1.0.0': { dependencies: { 'win-helper': '^1.0.0' } } } },
  'win-helper': { versions: { '1.0.0': { dependencies: { 'win-runtime': '^1.0.0' } } } },
  bundler: { versions: { '1.0.0': {
    dependencies: { inside: '^1.0.0', leaf: '^1.0.0' }, bundleDependencies: ['inside'],
    files: { 'node_modules/inside/package.json': '{"name":"inside","version":"1.0.0"}' },
  } } },
};
const PKG = {
  name: 'cross', version: '1.0.0',
  dependencies: { web: '^1.0.0', '@scope/lib': '^1.0.0', 'old-util': 'npm:util@~1.0.0', plug: '^1.0.0', bundler: '1.0.0', 'wp-app': '^1.0.0' },
  devDependencies: { tool: '^2.0.0' },
  optionalDependencies: { 'win-only': '^1.0.0' },
};

c.main(async () => {
  const probe = await c.runCmd(c.npmPath(), ['--version']);
  if (probe.status !== 0) { console.log('skip: npm is not available'); return; }
  const reg = await c.startRegistry(SPEC);
  const base = c.tmpdir('cross');
  const env = c.envFor(base, reg);
  const npmArgs = ['--registry', reg.url, '--cache', path.join(base, 'npm-cache'), '--no-audit', '--no-fund',
    '--ignore-scripts', '--loglevel=error'];

  const npmDir = c.project(base, PKG, 'npm');
  const r1 = await c.runCmd(c.npmPath(), ['install', ...npmArgs], { cwd: npmDir, env });
  assert.strictEqual(r1.status, 0, r1.stderr);
  const nodusDir = c.project(base, PKG, 'nodus');
  c.ok(await c.run(['install'], { cwd: nodusDir, env }), 'nodus install');
  const npmSet = c.installedSet(npmDir);
  const nodusSet = c.installedSet(nodusDir);
  assert.ok(npmSet.includes('host@1.3.0'), 'npm installs the peer dependency: ' + npmSet);
  assert.deepStrictEqual(nodusSet, npmSet);

  // nodus ci from npm's lockfile.
  const fromNpm = c.project(base, PKG, 'from-npm');
  fs.copyFileSync(path.join(npmDir, 'package-lock.json'), path.join(fromNpm, 'package-lock.json'));
  c.ok(await c.run(['ci'], { cwd: fromNpm, env }), 'nodus ci (npm lockfile)');
  assert.deepStrictEqual(c.installedSet(fromNpm), npmSet);

  // npm ci from nodus's lockfile.
  const fromNodus = c.project(base, PKG, 'from-nodus');
  fs.copyFileSync(path.join(nodusDir, 'package-lock.json'), path.join(fromNodus, 'package-lock.json'));
  const r2 = await c.runCmd(c.npmPath(), ['ci', ...npmArgs], { cwd: fromNodus, env });
  assert.strictEqual(r2.status, 0, 'npm ci rejected the nodus lockfile:\n' + r2.stderr);
  assert.deepStrictEqual(c.installedSet(fromNodus), npmSet);

  // The lockfiles agree on every installed location and version.
  const lockA = c.readJson(path.join(npmDir, 'package-lock.json')).packages;
  const lockB = c.readJson(path.join(nodusDir, 'package-lock.json')).packages;
  for (const [loc, e] of Object.entries(lockA)) {
    if (loc === '' || !fs.existsSync(path.join(npmDir, loc))) continue;
    assert.ok(lockB[loc], `nodus lockfile lacks ${loc}`);
    assert.strictEqual(lockB[loc].version, e.version, loc);
    assert.strictEqual(lockB[loc].integrity, e.integrity, loc);
    for (const flag of ['dev', 'optional', 'devOptional', 'peer'])
      assert.strictEqual(!!lockB[loc][flag], !!e[flag], `${loc} flag ${flag}`);
  }
  await reg.close();
});
