'use strict';
// An install from the lockfile stages each package straight from where the cache keeps it; a
// package whose cached folder is gone is downloaded again, and the result is the same.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const c = require('./common');

c.main(async () => {
  const reg = await c.startRegistry({
    a: { versions: { '1.0.0': { dependencies: { b: '^1.0.0' } } } },
    b: { versions: { '1.0.0': { files: { 'binding.gyp': '{}\n' } } } },
  });
  const base = c.tmpdir('cache-missing');
  const dir = c.project(base, { name: 'app', version: '1.0.0', dependencies: { a: '^1.0.0' } });
  const env = c.envFor(base, reg);
  c.ok(await c.run(['install', '--ignore-scripts'], { cwd: dir, env }), 'install');
  const lockText = fs.readFileSync(path.join(dir, 'package-lock.json'), 'utf8');
  const hiddenText = fs.readFileSync(path.join(dir, 'node_modules/.package-lock.json'), 'utf8');

  // The cache folder of b (named after its sha512) goes away, and so does node_modules.
  const integrity = JSON.parse(lockText).packages['node_modules/b'].integrity;
  const hex = Buffer.from(integrity.slice('sha512-'.length), 'base64').toString('hex');
  const content = path.join(base, 'cache', 'content', `sha512-${hex}`);
  assert.ok(fs.statSync(content).isDirectory(), content);
  fs.rmSync(content, { recursive: true });
  fs.rmSync(path.join(dir, 'node_modules'), { recursive: true });

  const before = reg.requests.length;
  const r = c.ok(await c.run(['install', '--ignore-scripts'], { cwd: dir, env }), 'install again');
  assert.match(r.stdout, /added 2 packages in/);
  // Only b's tarball was asked for again.
  assert.deepStrictEqual(reg.requests.slice(before).map((q) => q.url), ['/b/-/b-1.0.0.tgz']);
  assert.deepStrictEqual(c.installedSet(dir), ['a@1.0.0', 'b@1.0.0']);
  assert.strictEqual(fs.readFileSync(path.join(dir, 'node_modules/b/binding.gyp'), 'utf8'), '{}\n');
  assert.ok(fs.statSync(content).isDirectory());
  assert.strictEqual(fs.readFileSync(path.join(dir, 'package-lock.json'), 'utf8'), lockText);
  assert.strictEqual(fs.readFileSync(path.join(dir, 'node_modules/.package-lock.json'), 'utf8'), hiddenText);
  // No staging folder is left behind.
  assert.deepStrictEqual(fs.readdirSync(path.join(dir, 'node_modules')).filter((e) => e.includes('staging')), []);
  // b has a binding.gyp (found while staging): its install scripts are what --ignore-scripts skipped.
  assert.match(r.stdout, /skipped install scripts \(--ignore-scripts\) of b@1\.0\.0/);
  await reg.close();
});
