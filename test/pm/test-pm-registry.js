'use strict';
// Registry client: ETag revalidation, --prefer-offline, --offline, scoped registries with tokens,
// retries on 5xx, connection reuse.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const c = require('./common');

c.main(async () => {
  let flakyFailures = 0;
  const reg = await c.startRegistry({
    a: { versions: { '1.0.0': { dependencies: { b: '^1.0.0', c: '^1.0.0', d: '^1.0.0' } } } },
    b: { versions: { '1.0.0': {} } },
    c: { versions: { '1.0.0': {} } },
    d: { versions: { '1.0.0': {} } },
    flaky: { versions: { '1.0.0': {} } },
  }, {
    onRequest(req, res) {
      if (req.url === '/flaky' && flakyFailures < 1) {
        flakyFailures++;
        res.writeHead(503);
        res.end('try later');
        return true;
      }
      return false;
    },
  });
  const corp = await c.startRegistry({ '@corp/secret': { versions: { '2.0.0': {} } } }, {
    onRequest(req, res) {
      if (req.headers.authorization !== 'Bearer corp-token') {
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end('{"error":"unauthorized"}');
        return true;
      }
      return false;
    },
  });
  const base = c.tmpdir('registry');
  const env = c.envFor(base, reg);
  const corpHost = corp.url.replace(/^http:/, '');

  let dir = c.project(base, { name: 'x', version: '1.0.0', dependencies: { a: '1.0.0', flaky: '1.0.0', '@corp/secret': '^2.0.0' } }, 'one');
  fs.writeFileSync(path.join(dir, '.npmrc'), `@corp:registry=${corp.url}\n${corpHost}:_authToken=corp-token\n`);
  c.ok(await c.run(['install'], { cwd: dir, env }));
  assert.deepStrictEqual(c.installedSet(dir), ['@corp/secret@2.0.0', 'a@1.0.0', 'b@1.0.0', 'c@1.0.0', 'd@1.0.0', 'flaky@1.0.0']);
  assert.strictEqual(reg.count((q) => q.url === '/flaky'), 2, 'one retry after the 503');
  assert.strictEqual(corp.count((q) => q.url === '/@corp/secret'), 1);
  assert.ok(reg.connections < reg.requests.length, `connections are reused (${reg.connections} for ${reg.requests.length} requests)`);
  // Without the token the scoped registry refuses, and we say so.
  dir = c.project(base, { name: 'x', version: '1.0.0', dependencies: { '@corp/secret': '^2.0.0' } }, 'no-token');
  fs.writeFileSync(path.join(dir, '.npmrc'), `@corp:registry=${corp.url}\n`);
  let r = await c.run(['install'], { cwd: dir, env: c.envFor(path.join(base, 'fresh'), reg) });
  assert.notStrictEqual(r.status, 0);
  assert.match(r.stderr, /E401/);

  // Same cache, new project, no lockfile: packuments are revalidated with If-None-Match (304) and
  // no tarball is downloaded again.
  const tarballsBefore = reg.count((q) => q.url.endsWith('.tgz'));
  dir = c.project(base, { name: 'x', version: '1.0.0', dependencies: { a: '1.0.0' } }, 'two');
  c.ok(await c.run(['install'], { cwd: dir, env }));
  assert.ok(reg.notModified >= 4, `304s: ${reg.notModified}`);
  assert.strictEqual(reg.count((q) => q.url.endsWith('.tgz')), tarballsBefore);

  // --prefer-offline: cached packuments are used without asking.
  const before = reg.requests.length;
  dir = c.project(base, { name: 'x', version: '1.0.0', dependencies: { a: '1.0.0' } }, 'three');
  c.ok(await c.run(['install', '--prefer-offline'], { cwd: dir, env }));
  assert.strictEqual(reg.requests.length, before);
  // --offline works from the cache alone, and fails clearly for what is not cached.
  dir = c.project(base, { name: 'x', version: '1.0.0', dependencies: { a: '1.0.0' } }, 'four');
  c.ok(await c.run(['install', '--offline'], { cwd: dir, env }));
  assert.strictEqual(reg.requests.length, before);
  dir = c.project(base, { name: 'x', version: '1.0.0', dependencies: { never: '1.0.0' } }, 'five');
  r = await c.run(['install', '--offline'], { cwd: dir, env });
  assert.notStrictEqual(r.status, 0);
  assert.match(r.stderr, /ENOTCACHED/);
  assert.strictEqual(reg.requests.length, before);
  // cache clean empties the cache.
  c.ok(await c.run(['cache', 'clean'], { cwd: dir, env }));
  assert.ok(!fs.existsSync(path.join(base, 'cache')));
  await reg.close();
  await corp.close();
});
