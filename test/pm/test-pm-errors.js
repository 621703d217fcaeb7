'use strict';
// Bad input: E404 naming the package, ETARGET with nearest versions, integrity mismatch naming both
// hashes with nothing installed, malformed package.json with line:column, git specs, network down.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const net = require('net');
const c = require('./common');

c.main(async () => {
  const reg = await c.startRegistry({
    a: { versions: { '1.0.0': {}, '1.2.0': {}, '2.0.0': {} } },
    bad: { versions: { '1.0.0': { badIntegrity: true } } },
    future: { versions: { '1.0.0': { engines: { node: '>=99' } } } },
  });
  const base = c.tmpdir('errors');
  const env = c.envFor(base, reg);

  // E404
  let dir = c.project(base, { name: 'x', version: '1.0.0', dependencies: { 'no-such-pkg': '^1.0.0' } }, 'e404');
  let r = await c.run(['install'], { cwd: dir, env });
  assert.notStrictEqual(r.status, 0);
  assert.match(r.stderr, /E404/);
  assert.match(r.stderr, /'no-such-pkg@\^1\.0\.0' is not in this registry/);
  assert.ok(!fs.existsSync(path.join(dir, 'node_modules')), 'nothing written on E404');

  // ETARGET
  dir = c.project(base, { name: 'x', version: '1.0.0', dependencies: { a: '^5.0.0' } }, 'etarget');
  r = await c.run(['install'], { cwd: dir, env });
  assert.notStrictEqual(r.status, 0);
  assert.match(r.stderr, /ETARGET/);
  assert.match(r.stderr, /No matching version found for a@\^5\.0\.0/);
  assert.match(r.stderr, /Nearest available versions: 2\.0\.0, 1\.2\.0, 1\.0\.0/);

  // Integrity mismatch, on top of a good install that must stay as it was.
  dir = c.project(base, { name: 'x', version: '1.0.0', dependencies: { a: '^1.0.0' } }, 'integrity');
  c.ok(await c.run(['install'], { cwd: dir, env }));
  const before = c.installedSet(dir);
  const lockBefore = fs.readFileSync(path.join(dir, 'package-lock.json'), 'utf8');
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'x', version: '1.0.0', dependencies: { a: '^2.0.0', bad: '1.0.0' } }));
  r = await c.run(['install'], { cwd: dir, env });
  assert.notStrictEqual(r.status, 0);
  assert.match(r.stderr, /EINTEGRITY/);
  const wanted = c.sri(Buffer.from('something else'));
  const found = c.sri(reg.tarballs.get('/bad/-/bad-1.0.0.tgz'));
  assert.ok(r.stderr.includes(wanted), 'names the expected hash');
  assert.ok(r.stderr.includes(found), 'names the actual hash');
  assert.deepStrictEqual(c.installedSet(dir), before, 'node_modules untouched');
  assert.strictEqual(fs.readFileSync(path.join(dir, 'package-lock.json'), 'utf8'), lockBefore);
  assert.deepStrictEqual(fs.readdirSync(path.join(dir, 'node_modules')).filter((e) => e.startsWith('.nodus')), []);

  // Malformed package.json: file, line and column.
  dir = c.project(base, null, 'malformed');
  fs.writeFileSync(path.join(dir, 'package.json'), '{"name": "x",\n  "version": 1.0.0}\n');
  r = await c.run(['install'], { cwd: dir, env });
  assert.notStrictEqual(r.status, 0);
  assert.ok(r.stderr.includes(path.join(dir, 'package.json') + ':2:17'), r.stderr);
  assert.match(r.stderr, /EJSONPARSE/);

  // engines: a warning naming the package, an error with --engine-strict (nothing installed).
  dir = c.project(base, { name: 'x', version: '1.0.0', dependencies: { future: '1.0.0' } }, 'engines');
  r = await c.run(['install', '--engine-strict'], { cwd: dir, env });
  assert.notStrictEqual(r.status, 0);
  assert.match(r.stderr, /EBADENGINE/);
  assert.ok(!fs.existsSync(path.join(dir, 'node_modules/future')));
  r = c.ok(await c.run(['install'], { cwd: dir, env }));
  assert.match(r.stderr, /EBADENGINE Unsupported engine for future@1\.0\.0: wanted: \{"node":">=99"\}/);
  assert.ok(fs.existsSync(path.join(dir, 'node_modules/future/package.json')));

  // git dependencies: a clear error.
  dir = c.project(base, { name: 'x', version: '1.0.0', dependencies: { g: 'github:someone/somerepo' } }, 'git');
  r = await c.run(['install'], { cwd: dir, env });
  assert.notStrictEqual(r.status, 0);
  assert.match(r.stderr, /git dependencies are not supported/);
  assert.match(r.stderr, /g@github:someone\/somerepo/);

  // Network down: a port nobody listens on; the existing node_modules stays.
  const dead = await new Promise((res) => { const s = net.createServer().listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => res(p)); }); });
  dir = c.project(base, { name: 'x', version: '1.0.0', dependencies: { a: '^1.0.0' } }, 'netdown');
  c.ok(await c.run(['install'], { cwd: dir, env }));
  const setBefore = c.installedSet(dir);
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'x', version: '1.0.0', dependencies: { a: '^1.0.0', zzz: '^1.0.0' } }));
  const downEnv = c.envFor(base, null, { npm_config_registry: `http://127.0.0.1:${dead}/`, npm_config_fetch_retries: '1' });
  r = await c.run(['install'], { cwd: dir, env: downEnv });
  assert.notStrictEqual(r.status, 0);
  assert.match(r.stderr, /ENETWORK/);
  assert.match(r.stderr, /127\.0\.0\.1/);
  assert.deepStrictEqual(c.installedSet(dir), setBefore);
  await reg.close();
});
