'use strict';
// Workspaces: linked into node_modules, their dependencies hoisted to the root, lockfile entries
// as npm writes them (npm installs from ours), run -w, add -w.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const c = require('./common');

c.main(async () => {
  const reg = await c.startRegistry({
    leaf: { versions: { '1.0.0': {}, '2.0.0': {} } },
    tool: { versions: { '1.0.0': {} } },
    extra: { versions: { '3.1.0': {} } },
  });
  const base = c.tmpdir('ws');
  const env = c.envFor(base, reg);
  const root = c.project(base, { name: 'mono', version: '1.0.0', private: true, workspaces: ['packages/*'], devDependencies: { tool: '1.0.0' } }, 'mono');
  const write = (rel, obj) => {
    fs.mkdirSync(path.join(root, rel), { recursive: true });
    fs.writeFileSync(path.join(root, rel, 'package.json'), JSON.stringify(obj, null, 2) + '\n');
  };
  write('packages/a', { name: '@mono/a', version: '1.0.0', dependencies: { leaf: '^1.0.0', '@mono/b': '^2.0.0' }, scripts: { hello: 'echo "hello from $npm_package_name"' } });
  write('packages/b', { name: '@mono/b', version: '2.0.0', devDependencies: { leaf: '^1.0.0' } });
  c.ok(await c.run(['install'], { cwd: root, env }));
  assert.deepStrictEqual(c.installedSet(root), ['@mono/a@1.0.0 (link)', '@mono/b@2.0.0 (link)', 'leaf@1.0.0', 'tool@1.0.0']);
  assert.strictEqual(fs.readlinkSync(path.join(root, 'node_modules/@mono/a')), '../../packages/a');
  const lock = c.readJson(path.join(root, 'package-lock.json'));
  assert.deepStrictEqual(lock.packages['node_modules/@mono/a'], { resolved: 'packages/a', link: true });
  assert.deepStrictEqual(lock.packages['packages/a'].dependencies, { leaf: '^1.0.0', '@mono/b': '^2.0.0' });
  assert.deepStrictEqual(lock.packages[''].workspaces, ['packages/*']);
  // npm accepts the lockfile and lays out the same tree.
  const probe = await c.runCmd(c.npmPath(), ['--version']);
  if (probe.status === 0) {
    const copy = path.join(base, 'copy');
    fs.cpSync(root, copy, { recursive: true, filter: (src) => !src.includes('node_modules') });
    const n = await c.runCmd(c.npmPath(), ['ci', '--registry', reg.url, '--cache', path.join(base, 'npm-cache'), '--no-audit', '--no-fund'], { cwd: copy, env });
    assert.strictEqual(n.status, 0, n.stderr);
    assert.deepStrictEqual(c.installedSet(copy), c.installedSet(root));
  }
  // run in a workspace
  let r = c.ok(await c.run(['run', 'hello', '-w', '@mono/a'], { cwd: root, env }));
  assert.match(r.stdout, /^hello from @mono\/a$/m);
  r = c.ok(await c.run(['run', 'hello', '--workspaces', '--if-present'], { cwd: root, env }));
  assert.match(r.stdout, /^hello from @mono\/a$/m);
  // add to a workspace
  c.ok(await c.run(['add', 'extra', '-w', 'packages/b'], { cwd: root, env }));
  assert.deepStrictEqual(c.readJson(path.join(root, 'packages/b/package.json')).dependencies, { extra: '^3.1.0' });
  assert.strictEqual(c.readJson(path.join(root, 'package.json')).dependencies, undefined);
  assert.ok(fs.existsSync(path.join(root, 'node_modules/extra/package.json')));
  // ci from our lockfile reproduces the tree.
  c.ok(await c.run(['ci'], { cwd: root, env }));
  assert.ok(c.installedSet(root).includes('extra@3.1.0'));
  await reg.close();
});
