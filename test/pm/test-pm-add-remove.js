'use strict';
// add (-D -E -O, aliases, ranges, tags), remove, update, ls, why, outdated against the fixture registry.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const c = require('./common');

c.main(async () => {
  const reg = await c.startRegistry({
    a: { 'dist-tags': { latest: '1.2.0', next: '2.0.0-beta.1' }, versions: { '1.0.0': {}, '1.2.0': {}, '2.0.0-beta.1': {} } },
    b: { versions: { '1.0.0': { dependencies: { leaf: '^1.0.0' } }, '1.1.0': { dependencies: { leaf: '^1.0.0' } } } },
    leaf: { versions: { '1.0.0': {} } },
    o: { versions: { '3.0.0': {} } },
  });
  const base = c.tmpdir('add');
  const env = c.envFor(base, reg);
  const dir = c.project(base, { name: 'app', version: '1.0.0' });
  let r = c.ok(await c.run(['add', 'a'], { cwd: dir, env }));
  assert.match(r.stdout, /added 1 package/);
  let pkg = c.readJson(path.join(dir, 'package.json'));
  assert.deepStrictEqual(pkg.dependencies, { a: '^1.2.0' });
  c.ok(await c.run(['add', '-D', '-E', 'b@1.0.0'], { cwd: dir, env }));
  c.ok(await c.run(['i', '-O', 'o'], { cwd: dir, env }));
  c.ok(await c.run(['add', 'al@npm:a@^1.0.0'], { cwd: dir, env }));
  pkg = c.readJson(path.join(dir, 'package.json'));
  assert.deepStrictEqual(pkg.dependencies, { a: '^1.2.0', al: 'npm:a@^1.0.0' });
  assert.deepStrictEqual(pkg.devDependencies, { b: '1.0.0' });
  assert.deepStrictEqual(pkg.optionalDependencies, { o: '^3.0.0' });
  assert.deepStrictEqual(c.installedSet(dir), ['a@1.2.0', 'al@1.2.0', 'b@1.0.0', 'leaf@1.0.0', 'o@3.0.0']);
  const lock = c.readJson(path.join(dir, 'package-lock.json'));
  assert.strictEqual(lock.packages['node_modules/al'].name, 'a');
  assert.strictEqual(lock.packages['node_modules/b'].dev, true);
  assert.strictEqual(lock.packages['node_modules/leaf'].dev, true);
  assert.strictEqual(lock.packages['node_modules/o'].optional, true);
  // A dist-tag.
  c.ok(await c.run(['add', 'a@next'], { cwd: dir, env }));
  assert.strictEqual(c.readJson(path.join(dir, 'package.json')).dependencies.a, '^2.0.0-beta.1');
  assert.strictEqual(c.readJson(path.join(dir, 'node_modules/a/package.json')).version, '2.0.0-beta.1');

  // ls
  r = c.ok(await c.run(['ls'], { cwd: dir, env }));
  assert.match(r.stdout, /^app@1\.0\.0 /);
  assert.match(r.stdout, /├── a@2\.0\.0-beta\.1\n/);
  assert.match(r.stdout, /al@npm:a@1\.2\.0/);
  r = c.ok(await c.run(['ls', '--all'], { cwd: dir, env }));
  assert.match(r.stdout, /b@1\.0\.0\n│   └── leaf@1\.0\.0/);
  r = c.ok(await c.run(['ls', '--json'], { cwd: dir, env }));
  assert.strictEqual(JSON.parse(r.stdout).dependencies.b.version, '1.0.0');
  // why
  r = c.ok(await c.run(['why', 'leaf'], { cwd: dir, env }));
  assert.match(r.stdout, /leaf@1\.0\.0 dev\nnode_modules\/leaf\n  leaf@"\^1\.0\.0" from b@1\.0\.0\n  node_modules\/b\n    dev b@"1\.0\.0" from the root project/);
  // outdated: b is pinned at 1.0.0 while 1.1.0 exists.
  r = await c.run(['outdated'], { cwd: dir, env });
  assert.strictEqual(r.status, 1);
  assert.match(r.stdout, /^b +1\.0\.0 +1\.0\.0 +1\.1\.0 /m);

  // remove
  r = c.ok(await c.run(['remove', 'b'], { cwd: dir, env }));
  assert.match(r.stdout, /removed 2 packages/);
  pkg = c.readJson(path.join(dir, 'package.json'));
  assert.strictEqual(pkg.devDependencies.b, undefined);
  assert.deepStrictEqual(c.installedSet(dir), ['a@2.0.0-beta.1', 'al@1.2.0', 'o@3.0.0']);
  assert.strictEqual(c.readJson(path.join(dir, 'package-lock.json')).packages['node_modules/leaf'], undefined);

  // update within ranges: a new version appears in the registry.
  c.ok(await c.run(['add', 'b@^1.0.0'], { cwd: dir, env }));
  assert.strictEqual(c.readJson(path.join(dir, 'node_modules/b/package.json')).version, '1.1.0');
  reg.spec.b.versions['1.5.0'] = { dependencies: { leaf: '^1.0.0' } };
  reg.build('b');
  c.ok(await c.run(['install'], { cwd: dir, env }));
  assert.strictEqual(c.readJson(path.join(dir, 'node_modules/b/package.json')).version, '1.1.0', 'install keeps the locked version');
  c.ok(await c.run(['update', 'b'], { cwd: dir, env }));
  assert.strictEqual(c.readJson(path.join(dir, 'node_modules/b/package.json')).version, '1.5.0');
  // update --latest moves the range past a major version.
  reg.spec.o.versions['4.0.0'] = {};
  reg.build('o');
  r = await c.run(['outdated', '--json'], { cwd: dir, env });
  assert.strictEqual(r.status, 1);
  assert.deepStrictEqual(JSON.parse(r.stdout).o, { current: '3.0.0', wanted: '3.0.0', latest: '4.0.0', dependent: 'app', location: path.join(dir, 'node_modules/o') });
  c.ok(await c.run(['update', '--latest', 'o'], { cwd: dir, env }));
  assert.strictEqual(c.readJson(path.join(dir, 'package.json')).optionalDependencies.o, '^4.0.0');
  assert.strictEqual(c.readJson(path.join(dir, 'node_modules/o/package.json')).version, '4.0.0');
  await reg.close();
});
