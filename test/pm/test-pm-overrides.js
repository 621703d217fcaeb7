'use strict';
// `overrides` keyed by a version or range ("foo@1": "1.0.3", "foo@^2": {"bar": ...}), with
// arborist's semantics: a rule applies to an edge whose range intersects the key's range; an
// object without "." gives the key's range; nested rules apply below the package the rule placed;
// an override that changes a direct dependency is EOVERRIDE. Each layout is cross-checked with the
// machine's npm, and each tool installs the other's lockfile.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const c = require('./common');

const CASES = [
  // [overrides, dependencies, expected layout]
  [{ 'foo@1': '1.0.3', 'foo@^2': { bar: '2.0.0' } }, { a: '1.0.0', b: '1.0.0', c: '1.0.0' },
    ['a@1.0.0', 'b/node_modules/bar@2.0.0', 'b/node_modules/foo@2.1.0', 'b@1.0.0', 'bar@1.5.0', 'c@1.0.0', 'foo@1.0.3']],
  [{ 'foo@1.0.0 - 1.1': '1.0.0', 'foo@^2': { '.': '2.0.0', bar: '1.0.0' } }, { a: '1.0.0', b: '1.0.0' },
    ['a@1.0.0', 'b/node_modules/foo@2.0.0', 'b@1.0.0', 'bar@1.0.0', 'foo@1.0.0']],
  [{ 'foo@>=1.1': { bar: '2.0.0' }, 'bar@1': '1.0.0' }, { a: '1.0.0', b: '1.0.0', c: '1.0.0' },
    ['a@1.0.0', 'b@1.0.0', 'bar@1.0.0', 'c@1.0.0', 'foo/node_modules/bar@2.0.0', 'foo@2.1.0']],
  [{ 'foo@^2': '2.0.0' }, { foo: '^1.0.0' }, ['foo@1.2.0']],
  [{ foo: '$foo' }, { foo: '^1.0.0' }, ['foo@1.2.0']],
];

c.main(async () => {
  const reg = await c.startRegistry({
    a: { versions: { '1.0.0': { dependencies: { foo: '^1.0.0' } } } },
    b: { versions: { '1.0.0': { dependencies: { foo: '^2.0.0' } } } },
    c: { versions: { '1.0.0': { dependencies: { bar: '^1.0.0' } } } },
    foo: { versions: { '1.0.0': {}, '1.0.3': {}, '1.2.0': {}, '2.0.0': { dependencies: { bar: '^1.0.0' } }, '2.1.0': { dependencies: { bar: '^1.0.0' } } } },
    bar: { versions: { '1.0.0': {}, '1.5.0': {}, '2.0.0': {} } },
  });
  const base = c.tmpdir('overrides');
  const env = c.envFor(base, reg);
  const npm = await c.npmFor(base, reg);

  for (const [i, [overrides, dependencies, expected]] of CASES.entries()) {
    const pkg = { name: 'x', version: '1.0.0', dependencies, overrides };
    const dir = c.project(base, pkg, `nodus${i}`);
    c.ok(await c.run(['install'], { cwd: dir, env }), `case ${i}`);
    assert.deepStrictEqual(c.installedSet(dir), expected, `case ${i}`);
    // From the lockfile again (overrides re-applied to the locked tree): nothing changes.
    const r = c.ok(await c.run(['ci'], { cwd: dir, env }));
    assert.deepStrictEqual(c.installedSet(dir), expected, `case ${i} ci`);
    assert.match(r.stdout, /added/);
    if (!npm) continue;
    const npmDir = c.project(base, pkg, `npm${i}`);
    const n = await npm.run(['install'], npmDir);
    assert.strictEqual(n.status, 0, n.stderr);
    assert.deepStrictEqual(c.installedSet(npmDir), expected, `case ${i}: npm's layout`);
    const fromNodus = c.project(base, pkg, `from-nodus${i}`);
    fs.copyFileSync(path.join(dir, 'package-lock.json'), path.join(fromNodus, 'package-lock.json'));
    const n2 = await npm.run(['ci'], fromNodus);
    assert.strictEqual(n2.status, 0, n2.stderr);
    assert.deepStrictEqual(c.installedSet(fromNodus), expected, `case ${i}: npm ci of our lockfile`);
    const fromNpm = c.project(base, pkg, `from-npm${i}`);
    fs.copyFileSync(path.join(npmDir, 'package-lock.json'), path.join(fromNpm, 'package-lock.json'));
    c.ok(await c.run(['ci'], { cwd: fromNpm, env }));
    assert.deepStrictEqual(c.installedSet(fromNpm), expected, `case ${i}: our ci of npm's lockfile`);
  }

  // An override that changes a direct dependency: EOVERRIDE, nothing installed.
  const dir = c.project(base, { name: 'x', version: '1.0.0', dependencies: { foo: '^1.0.0' }, overrides: { foo: '1.0.3' } }, 'conflict');
  const r = await c.run(['install'], { cwd: dir, env });
  assert.notStrictEqual(r.status, 0);
  assert.match(r.stderr, /EOVERRIDE/);
  assert.match(r.stderr, /Override for foo@\^1\.0\.0 conflicts with direct dependency/);
  assert.ok(!fs.existsSync(path.join(dir, 'node_modules')));
  await reg.close();
});
