'use strict';
// A fresh install stages packages while the resolver still waits for other documents; when the
// resolution then fails, nothing is left behind: no node_modules, no staging folder.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const c = require('./common');

c.main(async () => {
  const reg = await c.startRegistry({
    a: { versions: { '1.0.0': { dependencies: { b: '^1.0.0' } } } },
    b: { versions: { '1.0.0': {} } },
  });
  // The missing package's 404 comes late: a is downloaded (and staged) before it.
  reg.delays.set('/zzz-missing', 1500);
  const base = c.tmpdir('resolve-fail-clean');
  const dir = c.project(base, { name: 'app', version: '1.0.0', dependencies: { a: '^1.0.0', 'zzz-missing': '^1.0.0' } });
  const env = c.envFor(base, reg);
  const r = await c.run(['install'], { cwd: dir, env });
  assert.notStrictEqual(r.status, 0);
  assert.match(r.stderr, /E404/);
  const urls = reg.requests.map((q) => q.url);
  assert.ok(urls.includes('/a/-/a-1.0.0.tgz'), urls.join(' '));
  assert.ok(!fs.existsSync(path.join(dir, 'node_modules')), 'nothing written when resolution fails');
  assert.ok(!fs.existsSync(path.join(dir, 'package-lock.json')));

  // The same project without the missing package installs from what is now in the cache.
  fs.writeFileSync(path.join(dir, 'package.json'),
    JSON.stringify({ name: 'app', version: '1.0.0', dependencies: { a: '^1.0.0' } }, null, 2));
  const r2 = c.ok(await c.run(['install'], { cwd: dir, env }), 'install');
  assert.match(r2.stdout, /added 2 packages in/);
  assert.deepStrictEqual(c.installedSet(dir), ['a@1.0.0', 'b@1.0.0']);
  assert.strictEqual(reg.requests.filter((q) => q.url === '/a/-/a-1.0.0.tgz').length, 1);
  assert.deepStrictEqual(fs.readdirSync(path.join(dir, 'node_modules')).filter((e) => e.startsWith('.nodus-staging')), []);
  await reg.close();
});
