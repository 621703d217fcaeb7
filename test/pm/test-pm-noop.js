'use strict';
// The no-op install takes the stamp path (node_modules/.nodus-stamp) only when nothing changed:
// every change to package.json, the lockfile, node_modules (a deleted folder, a deleted bin, the
// hidden lockfile), a workspace manifest or the omit options still installs.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const c = require('./common');

c.main(async () => {
  const reg = await c.startRegistry({
    a: { versions: { '1.0.0': { dependencies: { b: '^1.0.0' } }, '1.1.0': { dependencies: { b: '^1.0.0' } } } },
    b: { versions: { '1.0.0': { bin: { bee: 'bee.js' }, files: { 'bee.js': '#!/bin/sh\necho bee\n' } } } },
    d: { versions: { '1.0.0': {} } },
    w: { versions: { '2.0.0': {} } },
  });
  const base = c.tmpdir('noop');
  const env = c.envFor(base, reg, { NODUS_PM_TIMING: '1' });
  const pkg = { name: 'app', version: '1.0.0', workspaces: ['packages/*'], dependencies: { a: '1.0.0' }, devDependencies: { d: '1.0.0' } };
  const dir = c.project(base, pkg);
  fs.mkdirSync(path.join(dir, 'packages/ws'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'packages/ws/package.json'), JSON.stringify({ name: 'ws', version: '1.0.0' }));
  const install = async (...args) => {
    const r = c.ok(await c.run(['install', ...args], { cwd: dir, env }));
    return { fast: /nodus timing stamp/.test(r.stderr), r };
  };
  const all = ['a@1.0.0', 'b@1.0.0', 'd@1.0.0', 'ws@1.0.0 (link)'];

  let res = await install();
  assert.strictEqual(res.fast, false);
  assert.deepStrictEqual(c.installedSet(dir), all);
  assert.ok(fs.existsSync(path.join(dir, 'node_modules/.nodus-stamp')));
  // Nothing changed: the stamp path, no request to the registry, npm's summary line.
  const requests = reg.requests.length;
  res = await install();
  assert.strictEqual(res.fast, true);
  assert.match(res.r.stdout, /^up to date, 4 packages in /m);
  assert.strictEqual(reg.requests.length, requests);

  // package.json changed.
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ ...pkg, dependencies: { a: '1.1.0' } }));
  res = await install();
  assert.strictEqual(res.fast, false);
  assert.strictEqual(c.readJson(path.join(dir, 'node_modules/a/package.json')).version, '1.1.0');
  assert.strictEqual((await install()).fast, true);

  // A package folder removed by hand.
  fs.rmSync(path.join(dir, 'node_modules/b'), { recursive: true });
  assert.strictEqual((await install()).fast, false);
  assert.ok(fs.existsSync(path.join(dir, 'node_modules/b/package.json')));
  // A bin link removed by hand.
  fs.rmSync(path.join(dir, 'node_modules/.bin/bee'));
  assert.strictEqual((await install()).fast, false);
  assert.strictEqual(fs.readlinkSync(path.join(dir, 'node_modules/.bin/bee')), '../b/bee.js');
  // The hidden lockfile removed.
  fs.rmSync(path.join(dir, 'node_modules/.package-lock.json'));
  assert.strictEqual((await install()).fast, false);
  assert.ok(fs.existsSync(path.join(dir, 'node_modules/.package-lock.json')));

  // The lockfile replaced (e.g. by a checkout): its versions are installed.
  const lockPath = path.join(dir, 'package-lock.json');
  const lock = c.readJson(lockPath);
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pkg));
  lock.packages[''].dependencies = { a: '1.0.0' };
  lock.packages['node_modules/a'].version = '1.0.0';
  lock.packages['node_modules/a'].resolved = `${reg.url}a/-/a-1.0.0.tgz`;
  lock.packages['node_modules/a'].integrity = c.sri(reg.tarballs.get('/a/-/a-1.0.0.tgz'));
  fs.writeFileSync(lockPath, JSON.stringify(lock, null, 2) + '\n');
  assert.strictEqual((await install()).fast, false);
  assert.strictEqual(c.readJson(path.join(dir, 'node_modules/a/package.json')).version, '1.0.0');

  // A workspace's manifest changed.
  assert.strictEqual((await install()).fast, true);
  fs.writeFileSync(path.join(dir, 'packages/ws/package.json'), JSON.stringify({ name: 'ws', version: '1.0.0', dependencies: { w: '2.0.0' } }));
  assert.strictEqual((await install()).fast, false);
  assert.ok(fs.existsSync(path.join(dir, 'node_modules/w/package.json')));

  // Other options: --omit=dev removes the dev package; the next plain install brings it back.
  assert.strictEqual((await install()).fast, true);
  assert.strictEqual((await install('--omit=dev')).fast, false);
  assert.ok(!fs.existsSync(path.join(dir, 'node_modules/d')));
  assert.strictEqual((await install('--omit=dev')).fast, true);
  assert.strictEqual((await install()).fast, false);
  assert.ok(fs.existsSync(path.join(dir, 'node_modules/d/package.json')));

  // A failed install leaves no stamp behind.
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ ...pkg, dependencies: { a: '1.0.0', nope: '1.0.0' } }));
  const r = await c.run(['install'], { cwd: dir, env });
  assert.notStrictEqual(r.status, 0);
  assert.ok(!fs.existsSync(path.join(dir, 'node_modules/.nodus-stamp')));
  await reg.close();
});
