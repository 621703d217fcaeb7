'use strict';
// `prune` (extraneous packages go; --omit=dev removes dev ones from disk, not from the lockfile),
// `dedupe` (a redundant nested copy goes, the lockfile follows) and `rebuild` (install scripts
// again, all or named packages, bins relinked); node_modules compared with npm's after each step.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const c = require('./common');

c.main(async () => {
  const reg = await c.startRegistry({
    x: { versions: { '1.0.0': {} } },
    y: { versions: { '1.0.0': { dependencies: { z: '^1.0.0' } } } },
    z: { versions: { '1.0.0': {} } },
    w: { versions: { '1.0.0': {} } },
    a: { versions: { '1.0.0': { dependencies: { c: '^1.0.0' } } } },
    b: { versions: { '1.0.0': { dependencies: { c: '^1.1.0' } } } },
    c: { versions: { '1.0.0': {}, '1.1.0': {} } },
    hooked: { versions: { '1.0.0': { scripts: { postinstall: 'echo x >> count.txt' }, bin: { hooked: 'bin.sh' }, files: { 'bin.sh': '#!/bin/sh\necho hooked\n' } } } },
    plain: { versions: { '1.0.0': { scripts: { install: 'echo p >> count.txt' } } } },
  });
  const base = c.tmpdir('prune');
  const env = c.envFor(base, reg);
  const npmSetup = await c.npmFor(base, reg);
  const tools = { nodus: (args, cwd) => c.run(args, { cwd, env }) };
  if (npmSetup) tools.npm = (args, cwd) => npmSetup.run(args, cwd);
  const ok = (r, what) => { assert.strictEqual(r.status, 0, `${what}\n${r.stdout}\n${r.stderr}`); return r; };
  const lines = (p) => (fs.existsSync(p) ? fs.readFileSync(p, 'utf8').split('\n').filter(Boolean).length : 0);

  const results = {};
  for (const [tool, run] of Object.entries(tools)) {
    const out = {};
    // prune
    let dir = c.project(base, { name: 'p', version: '1.0.0', dependencies: { x: '1.0.0', y: '1.0.0' }, devDependencies: { w: '1.0.0' } }, `prune-${tool}`);
    ok(await run(['install'], dir), `${tool} install`);
    const pj = c.readJson(path.join(dir, 'package.json'));
    delete pj.dependencies.y;
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pj, null, 2) + '\n');
    ok(await run(['prune'], dir), `${tool} prune`);
    out.pruned = c.installedSet(dir);
    out.prunedLock = Object.keys(c.readJson(path.join(dir, 'package-lock.json')).packages).sort();
    ok(await run(['prune', '--omit=dev'], dir), `${tool} prune --omit=dev`);
    out.prunedProd = c.installedSet(dir);
    out.prodLock = Object.keys(c.readJson(path.join(dir, 'package-lock.json')).packages).sort();

    // dedupe: a lockfile with a redundant nested copy, installed exactly by ci, then deduped.
    dir = c.project(base, { name: 'd', version: '1.0.0', dependencies: { a: '1.0.0', b: '1.0.0' } }, `dedupe-${tool}`);
    ok(await run(['install'], dir), `${tool} install`);
    const lockPath = path.join(dir, 'package-lock.json');
    const lock = c.readJson(lockPath);
    lock.packages['node_modules/b/node_modules/c'] = lock.packages['node_modules/c'];
    fs.writeFileSync(lockPath, JSON.stringify(lock, null, 2) + '\n');
    ok(await run(['ci'], dir), `${tool} ci`);
    out.beforeDedupe = c.installedSet(dir);
    ok(await run(['dedupe'], dir), `${tool} dedupe`);
    out.deduped = c.installedSet(dir);
    out.dedupedLock = Object.keys(c.readJson(lockPath).packages).sort();

    // rebuild
    dir = c.project(base, { name: 'r', version: '1.0.0', dependencies: { hooked: '1.0.0', plain: '1.0.0' } }, `rebuild-${tool}`);
    ok(await run(['install'], dir), `${tool} install`);
    const hooked = path.join(dir, 'node_modules/hooked/count.txt');
    const plain = path.join(dir, 'node_modules/plain/count.txt');
    fs.rmSync(path.join(dir, 'node_modules/.bin/hooked'));
    const r = ok(await run(['rebuild'], dir), `${tool} rebuild`);
    out.rebuildSays = r.stdout.trim().split('\n').pop();
    out.afterRebuild = [lines(hooked), lines(plain), fs.existsSync(path.join(dir, 'node_modules/.bin/hooked'))];
    ok(await run(['rebuild', 'plain'], dir), `${tool} rebuild plain`);
    out.afterNamed = [lines(hooked), lines(plain)];
    ok(await run(['rebuild', 'hooked@1', '--ignore-scripts'], dir), `${tool} rebuild --ignore-scripts`);
    out.afterIgnored = [lines(hooked), lines(plain)];
    results[tool] = out;
  }
  const r = results.nodus;
  assert.deepStrictEqual(r.pruned, ['w@1.0.0', 'x@1.0.0']);
  assert.deepStrictEqual(r.prunedProd, ['x@1.0.0']);
  assert.deepStrictEqual(r.prodLock, ['', 'node_modules/w', 'node_modules/x']);
  assert.deepStrictEqual(r.beforeDedupe, ['a@1.0.0', 'b/node_modules/c@1.1.0', 'b@1.0.0', 'c@1.1.0']);
  assert.deepStrictEqual(r.deduped, ['a@1.0.0', 'b@1.0.0', 'c@1.1.0']);
  assert.deepStrictEqual(r.dedupedLock, ['', 'node_modules/a', 'node_modules/b', 'node_modules/c']);
  assert.strictEqual(r.rebuildSays, 'rebuilt dependencies successfully');
  assert.deepStrictEqual(r.afterRebuild, [2, 2, true]);
  assert.deepStrictEqual(r.afterNamed, [2, 3]);
  assert.deepStrictEqual(r.afterIgnored, [2, 3]);
  if (results.npm) assert.deepStrictEqual(results.nodus, results.npm);
  await reg.close();
});
