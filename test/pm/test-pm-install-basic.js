'use strict';
// Fresh install: version choice, hoisting with a nested conflict, bins, lockfile v3, no-op rerun.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const c = require('./common');

c.main(async () => {
  const reg = await c.startRegistry({
    a: { versions: { '1.0.0': { dependencies: { b: '^1.0.0' } } } },
    b: { versions: { '1.0.0': {}, '1.1.0': {}, '2.0.0': {} } },
    c: { versions: { '1.0.0': { dependencies: { b: '^2.0.0' } } } },
    d: { versions: { '1.0.0': { bin: { dtool: 'cli.js' }, deprecated: 'use e instead', files: { 'cli.js': '#!/bin/sh\necho dtool-ran\n' } } } },
  });
  const base = c.tmpdir('basic');
  const dir = c.project(base, { name: 'app', version: '1.0.0', dependencies: { a: '^1.0.0', c: '1.x', d: '*' } });
  const env = c.envFor(base, reg);
  const r = c.ok(await c.run(['install'], { cwd: dir, env }), 'install');
  assert.match(r.stdout, /added 5 packages in/);
  assert.match(r.stderr, /deprecated d@1\.0\.0: use e instead/);
  assert.deepStrictEqual(c.installedSet(dir), [
    'a@1.0.0', 'b@1.1.0', 'c/node_modules/b@2.0.0', 'c@1.0.0', 'd@1.0.0',
  ]);
  // Bins: a relative symlink, executable.
  const bin = path.join(dir, 'node_modules/.bin/dtool');
  assert.strictEqual(fs.readlinkSync(bin), '../d/cli.js');
  fs.accessSync(bin, fs.constants.X_OK);
  // The lockfile is npm's v3 format, with the registry's own integrity values.
  const lock = c.readJson(path.join(dir, 'package-lock.json'));
  assert.strictEqual(lock.lockfileVersion, 3);
  assert.deepStrictEqual(lock.packages[''].dependencies, { a: '^1.0.0', c: '1.x', d: '*' });
  const nested = lock.packages['node_modules/c/node_modules/b'];
  assert.strictEqual(nested.version, '2.0.0');
  assert.strictEqual(nested.integrity, c.sri(reg.tarballs.get('/b/-/b-2.0.0.tgz')));
  assert.strictEqual(nested.resolved, `${reg.url}b/-/b-2.0.0.tgz`);
  assert.deepStrictEqual(lock.packages['node_modules/a'].dependencies, { b: '^1.0.0' });
  assert.deepStrictEqual(lock.packages['node_modules/d'].bin, { dtool: 'cli.js' });
  // Packuments were asked for in the abbreviated (corgi) format.
  const pk = reg.requests.find((q) => q.url === '/a');
  assert.match(pk.headers.accept, /application\/vnd\.npm\.install-v1\+json/);
  // Package contents are the tarball's.
  assert.strictEqual(fs.readFileSync(path.join(dir, 'node_modules/c/node_modules/b/index.js'), 'utf8'),
    'module.exports = "b@2.0.0";\n');
  // A second install changes nothing and downloads nothing.
  const before = reg.requests.length;
  const r2 = c.ok(await c.run(['install'], { cwd: dir, env }), 'second install');
  assert.match(r2.stdout, /up to date/);
  assert.strictEqual(reg.requests.length, before);
  await reg.close();
});
