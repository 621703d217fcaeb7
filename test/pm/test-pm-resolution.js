'use strict';
// Resolution features: overrides, peer conflicts (ERESOLVE, --legacy-peer-deps), optional
// failures, file:/link: dependencies, tarball URLs, --omit=dev, ci out of sync.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const c = require('./common');

c.main(async () => {
  const reg = await c.startRegistry({
    a: { versions: { '1.0.0': { dependencies: { leaf: '^1.0.0' } } } },
    leaf: { versions: { '1.0.0': {}, '1.1.0': {}, '2.0.0': {} } },
    react: { versions: { '17.0.0': {}, '18.2.0': {} } },
    'react-plugin': { versions: { '1.0.0': { peerDependencies: { react: '^18.0.0' } } } },
    'maybe-peer': { versions: { '1.0.0': { peerDependencies: { missing: '*' }, peerDependenciesMeta: { missing: { optional: true } } } } },
    'opt-missing': { versions: { '1.0.0': { optionalDependencies: { 'not-in-registry': '^1.0.0' } } } },
    devtool: { versions: { '1.0.0': { dependencies: { leaf: '2.0.0' } } } },
    bundler: { versions: { '1.0.0': {
      dependencies: { inside: '^1.0.0', leaf: '^1.0.0' }, bundleDependencies: ['inside'],
      files: { 'node_modules/inside/package.json': '{"name":"inside","version":"1.0.0"}' },
    } } },
  });
  const base = c.tmpdir('resolution');
  const env = c.envFor(base, reg);

  // overrides: every leaf becomes 1.0.0 (and the lockfile keeps a's own range).
  let dir = c.project(base, { name: 'x', version: '1.0.0', dependencies: { a: '1.0.0' }, overrides: { leaf: '1.0.0' } }, 'overrides');
  c.ok(await c.run(['install'], { cwd: dir, env }));
  assert.deepStrictEqual(c.installedSet(dir), ['a@1.0.0', 'leaf@1.0.0']);

  // Nested overrides apply below the named package only; "$name" refers to the root's spec.
  dir = c.project(base, {
    name: 'x', version: '1.0.0', dependencies: { a: '1.0.0', devtool: '1.0.0', leaf: '^1.1.0' },
    overrides: { devtool: { leaf: '$leaf' }, a: { leaf: '1.0.0' } },
  }, 'nested-overrides');
  c.ok(await c.run(['install'], { cwd: dir, env }));
  assert.deepStrictEqual(c.installedSet(dir), ['a/node_modules/leaf@1.0.0', 'a@1.0.0', 'devtool@1.0.0', 'leaf@1.1.0']);

  // Peer conflict with a root dependency: ERESOLVE naming both; --legacy-peer-deps installs anyway.
  dir = c.project(base, { name: 'x', version: '1.0.0', dependencies: { react: '^17.0.0', 'react-plugin': '1.0.0' } }, 'peer-conflict');
  let r = await c.run(['install'], { cwd: dir, env });
  assert.notStrictEqual(r.status, 0);
  assert.match(r.stderr, /ERESOLVE/);
  assert.match(r.stderr, /react@17\.0\.0/);
  assert.match(r.stderr, /peer react@"\^18\.0\.0" from react-plugin@1\.0\.0/);
  assert.ok(!fs.existsSync(path.join(dir, 'node_modules')));
  c.ok(await c.run(['install', '--legacy-peer-deps'], { cwd: dir, env }));
  assert.deepStrictEqual(c.installedSet(dir), ['react-plugin@1.0.0', 'react@17.0.0']);

  // Peers are installed automatically (npm 7+); optional peers are not; optional deps that do not
  // exist are skipped.
  dir = c.project(base, { name: 'x', version: '1.0.0', dependencies: { 'react-plugin': '1.0.0', 'maybe-peer': '1.0.0', 'opt-missing': '1.0.0' } }, 'peers');
  r = c.ok(await c.run(['install'], { cwd: dir, env }));
  assert.deepStrictEqual(c.installedSet(dir), ['maybe-peer@1.0.0', 'opt-missing@1.0.0', 'react-plugin@1.0.0', 'react@18.2.0']);
  assert.strictEqual(c.readJson(path.join(dir, 'package-lock.json')).packages['node_modules/react'].peer, true);
  assert.match(r.stderr, /not-in-registry/);

  // file: directory (linked), link:, file: tarball, tarball URL.
  const local = path.join(base, 'local-lib');
  fs.mkdirSync(local);
  fs.writeFileSync(path.join(local, 'package.json'), JSON.stringify({ name: 'local-lib', version: '0.3.0' }));
  fs.writeFileSync(path.join(local, 'index.js'), 'module.exports = 42;\n');
  const tgzPath = path.join(base, 'packed-1.2.3.tgz');
  fs.writeFileSync(tgzPath, c.makeTarball({ 'package.json': JSON.stringify({ name: 'packed', version: '1.2.3' }), 'x.js': 'x' }));
  dir = c.project(base, {
    name: 'x', version: '1.0.0',
    dependencies: { 'local-lib': 'file:../local-lib', 'linked': 'link:../local-lib', packed: 'file:../packed-1.2.3.tgz', remote: `${reg.url}leaf/-/leaf-1.1.0.tgz` },
  }, 'local');
  c.ok(await c.run(['install'], { cwd: dir, env }));
  assert.strictEqual(fs.readlinkSync(path.join(dir, 'node_modules/local-lib')), '../../local-lib');
  assert.strictEqual(fs.realpathSync(path.join(dir, 'node_modules/linked')), fs.realpathSync(local));
  assert.strictEqual(fs.readFileSync(path.join(dir, 'node_modules/packed/x.js'), 'utf8'), 'x');
  assert.strictEqual(c.readJson(path.join(dir, 'node_modules/remote/package.json')).version, '1.1.0');
  let lock = c.readJson(path.join(dir, 'package-lock.json'));
  assert.deepStrictEqual(lock.packages['node_modules/local-lib'], { resolved: '../local-lib', link: true });
  assert.strictEqual(lock.packages['../local-lib'].version, '0.3.0');
  assert.strictEqual(lock.packages['node_modules/packed'].resolved, 'file:../packed-1.2.3.tgz');
  assert.strictEqual(lock.packages['node_modules/packed'].integrity, c.sri(fs.readFileSync(tgzPath)));

  // bundleDependencies come inside the tarball and are not fetched (the registry has no "inside").
  dir = c.project(base, { name: 'x', version: '1.0.0', dependencies: { bundler: '1.0.0' } }, 'bundle');
  c.ok(await c.run(['install'], { cwd: dir, env }));
  assert.deepStrictEqual(c.installedSet(dir), ['bundler/node_modules/inside@1.0.0', 'bundler@1.0.0', 'leaf@1.1.0']);

  // --omit=dev keeps dev packages in the lockfile but not on disk; ci refuses a stale lockfile.
  dir = c.project(base, { name: 'x', version: '1.0.0', dependencies: { a: '1.0.0' }, devDependencies: { devtool: '1.0.0' } }, 'omit');
  c.ok(await c.run(['install', '--omit=dev'], { cwd: dir, env }));
  assert.deepStrictEqual(c.installedSet(dir), ['a@1.0.0', 'leaf@1.1.0']);
  lock = c.readJson(path.join(dir, 'package-lock.json'));
  assert.strictEqual(lock.packages['node_modules/devtool'].dev, true);
  c.ok(await c.run(['ci'], { cwd: dir, env }));
  assert.deepStrictEqual(c.installedSet(dir), ['a@1.0.0', 'devtool/node_modules/leaf@2.0.0', 'devtool@1.0.0', 'leaf@1.1.0']);
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'x', version: '1.0.0', dependencies: { a: '1.0.0', react: '^18.0.0' } }));
  r = await c.run(['ci'], { cwd: dir, env });
  assert.notStrictEqual(r.status, 0);
  assert.match(r.stderr, /can only install packages when your package\.json and package-lock\.json are in sync/);
  assert.match(r.stderr, /react/);
  await reg.close();
});
