'use strict';
// Peer dependencies below the root (npm 7+): a package is placed together with its peers, and not
// hoisted above the level where they would conflict; a conflict deep in the tree is npm's
// "ERESOLVE overriding peer dependency" warning (an error with --strict-peer-deps); a conflict of
// the project's own dependency is ERESOLVE (a warning with --force); --legacy-peer-deps installs
// no peers. Layouts are cross-checked with the machine's npm.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const c = require('./common');

const SPEC = {
  host: { versions: { '1.0.0': {}, '1.5.0': {}, '2.0.0': {} } },
  p: { versions: { '1.0.0': { peerDependencies: { host: '^1.0.0' } } } },
  p2: { versions: { '1.0.0': { peerDependencies: { host: '^2.0.0' } } } },
  a: { versions: { '1.0.0': { dependencies: { p: '1.0.0', host: '2.0.0' } } } },
  q: { versions: { '1.0.0': { dependencies: { p: '1.0.0' } } } },
  r: { versions: { '1.0.0': { dependencies: { p2: '1.0.0' } } } },
  s: { versions: { '1.0.0': { dependencies: { p: '1.0.0', p2: '1.0.0' } } } },
  b: { versions: { '1.0.0': { dependencies: { a: '1.0.0' } } } },
  core: { versions: { '1.0.0': { dependencies: { host: '1.0.0' } } } },
  su: { versions: { '1.0.0': { dependencies: { host: '^1.5.0', p: '1.0.0' } } } },
};

const CASES = [
  // [dependencies, extra args, expected layout, expected warning, lockfile identical to npm's]
  [{ s: '1.0.0' }, [], ['host@1.5.0', 'p@1.0.0', 's/node_modules/host@2.0.0', 's/node_modules/p2@1.0.0', 's@1.0.0'], null],
  [{ q: '1.0.0', r: '1.0.0' }, [], ['host@1.5.0', 'p@1.0.0', 'q@1.0.0', 'r/node_modules/host@2.0.0', 'r/node_modules/p2@1.0.0', 'r@1.0.0'], null],
  [{ q: '1.0.0', host: '2.0.0' }, [], ['host@2.0.0', 'q/node_modules/host@1.5.0', 'q/node_modules/p@1.0.0', 'q@1.0.0'], null],
  [{ a: '1.0.0', host: '2.0.0' }, [], ['a@1.0.0', 'host@2.0.0', 'p@1.0.0'], /ERESOLVE overriding peer dependency[^]*peer host@"\^1\.0\.0" from p@1\.0\.0/],
  [{ p: '1.0.0', host: '2.0.0' }, ['--force'], ['host@2.0.0', 'p@1.0.0'], /ERESOLVE overriding peer dependency/],
  [{ q: '1.0.0', r: '1.0.0' }, ['--legacy-peer-deps'], ['p2@1.0.0', 'p@1.0.0', 'q@1.0.0', 'r@1.0.0'], null],
  // A package depending on both p and a version of p's peer that p does not accept: arborist
  // places p (and its peer set) at the top, replacing the package's own copy, which moves down.
  [{ a: '1.0.0' }, [], ['a/node_modules/host@2.0.0', 'a@1.0.0', 'host@1.5.0', 'p@1.0.0'], null, true],
  [{ b: '1.0.0' }, [], ['a/node_modules/host@2.0.0', 'a@1.0.0', 'b@1.0.0', 'host@1.5.0', 'p@1.0.0'], null, true],
  // The package at the top satisfies p's peer range, though not su's own range for it: p goes to
  // the top (as ajv-keywords next to schema-utils's nested ajv).
  [{ core: '1.0.0', su: '1.0.0' }, [], ['core@1.0.0', 'host@1.0.0', 'p@1.0.0', 'su/node_modules/host@1.5.0', 'su@1.0.0'], null, true],
];

c.main(async () => {
  const reg = await c.startRegistry(SPEC);
  const base = c.tmpdir('peers');
  const env = c.envFor(base, reg);
  const npm = await c.npmFor(base, reg, 'warn');

  for (const [i, [dependencies, args, expected, warning, sameLock]] of CASES.entries()) {
    const pkg = { name: 'x', version: '1.0.0', dependencies };
    const dir = c.project(base, pkg, `nodus${i}`);
    const r = c.ok(await c.run(['install', ...args], { cwd: dir, env }), `case ${i}`);
    assert.deepStrictEqual(c.installedSet(dir), expected, `case ${i}`);
    if (warning) assert.match(r.stderr, warning, `case ${i}`);
    else assert.doesNotMatch(r.stderr, /ERESOLVE/, `case ${i}`);
    // The lockfile is in sync: the next install changes nothing.
    const again = c.ok(await c.run(['install', ...args], { cwd: dir, env }));
    assert.match(again.stdout, /up to date/);
    if (!npm) continue;
    const npmDir = c.project(base, pkg, `npm${i}`);
    const n = await npm.run(['install', ...args], npmDir);
    assert.strictEqual(n.status, 0, n.stderr);
    assert.deepStrictEqual(c.installedSet(npmDir), expected, `case ${i}: npm's layout`);
    if (warning) assert.match(n.stderr, warning, `case ${i}: npm warns too`);
    if (sameLock) {
      assert.strictEqual(fs.readFileSync(path.join(dir, 'package-lock.json'), 'utf8'),
        fs.readFileSync(path.join(npmDir, 'package-lock.json'), 'utf8'), `case ${i}: the same lockfile as npm`);
    }
  }

  // The project's own dependency: ERESOLVE naming what was found and what the peer wants.
  let dir = c.project(base, { name: 'x', version: '1.0.0', dependencies: { p: '1.0.0', host: '2.0.0' } }, 'mine');
  let r = await c.run(['install'], { cwd: dir, env });
  assert.strictEqual(r.status, 1);
  assert.match(r.stderr, /code ERESOLVE/);
  assert.match(r.stderr, /Found: host@2\.0\.0\nnodus error node_modules\/host\nnodus error   host@"2\.0\.0" from the root project/);
  assert.match(r.stderr, /peer host@"\^1\.0\.0" from p@1\.0\.0\nnodus error node_modules\/p\nnodus error   p@"1\.0\.0" from the root project/);
  assert.match(r.stderr, /--force or --legacy-peer-deps/);
  assert.ok(!fs.existsSync(path.join(dir, 'node_modules')));

  // --strict-peer-deps: the deep conflict is an error too.
  dir = c.project(base, { name: 'x', version: '1.0.0', dependencies: { a: '1.0.0', host: '2.0.0' } }, 'strict');
  r = await c.run(['install', '--strict-peer-deps'], { cwd: dir, env });
  assert.strictEqual(r.status, 1);
  assert.match(r.stderr, /code ERESOLVE/);
  assert.match(r.stderr, /While resolving: a@1\.0\.0/);
  assert.ok(!fs.existsSync(path.join(dir, 'node_modules')));
  await reg.close();
});
