'use strict';
// How a tarball arrives does not change what is installed: a body served in many small writes with
// pauses installs as one sent at once; a transfer cut mid-body is retried from the start and
// installs; an integrity mismatch, a corrupt gzip stream (with a matching integrity) and a body
// always cut short each fail with a clear error, install nothing and leave no temporary folder in
// the cache.
const assert = require('assert');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const c = require('./common');

// Incompressible contents: tarballs of ~300 KB, arriving in ~300 writes.
const blob = crypto.randomBytes(300 * 1024);
const files = { 'blob.bin': blob, 'lib/a.js': 'module.exports = 1;\n' };
const good = c.makeTarball({ 'package.json': JSON.stringify({ name: 'corrupt', version: '1.0.0' }), ...files });
const corrupt = Buffer.from(good);
// Inside the deflate data, past the first batches: the stream goes wrong mid-way.
for (let i = 200000; i < 200064; i++) corrupt[i] ^= 0xa5;

c.main(async () => {
  const reg = await c.startRegistry({
    big: { versions: { '1.0.0': { files } } },
    flaky: { versions: { '1.0.0': { files } } },
    bad: { versions: { '1.0.0': { files, badIntegrity: true } } },
    corrupt: { versions: { '1.0.0': { rawTarball: corrupt } } },
    cut: { versions: { '1.0.0': { files } } },
  });
  const slow = { chunk: 997, every: 16, ms: 2 };
  reg.trickle.set('/big/-/big-1.0.0.tgz', { ...slow });
  reg.trickle.set('/flaky/-/flaky-1.0.0.tgz', { ...slow, cut: 150000, cuts: 1 });
  reg.trickle.set('/bad/-/bad-1.0.0.tgz', { ...slow });
  reg.trickle.set('/corrupt/-/corrupt-1.0.0.tgz', { ...slow });
  reg.trickle.set('/cut/-/cut-1.0.0.tgz', { ...slow, cut: 150000 });
  const base = c.tmpdir('streamed');
  const env = c.envFor(base, reg);
  const contentDir = path.join(base, 'cache', 'content');
  const leftovers = () => (fs.existsSync(contentDir) ? fs.readdirSync(contentDir) : []).filter((e) => e.startsWith('.'));

  // Trickled, and cut once then retried: both install what the tarball holds.
  for (const name of ['big', 'flaky']) {
    const dir = c.project(base, { name: 'x', version: '1.0.0', dependencies: { [name]: '1.0.0' } }, `ok-${name}`);
    c.ok(await c.run(['install'], { cwd: dir, env }));
    assert.ok(fs.readFileSync(path.join(dir, 'node_modules', name, 'blob.bin')).equals(blob), name);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'node_modules', name, 'lib/a.js'), 'utf8'), files['lib/a.js']);
  }
  assert.strictEqual(reg.count((q) => q.url === '/flaky/-/flaky-1.0.0.tgz'), 2, 'the cut transfer was retried');
  assert.deepStrictEqual(leftovers(), []);

  const failing = async (dep, what) => {
    const d = c.project(base, { name: 'x', version: '1.0.0', dependencies: { [dep]: '1.0.0' } }, dep);
    const r = await c.run(['install'], { cwd: d, env });
    assert.notStrictEqual(r.status, 0, `${what}: must fail\n${r.stderr}`);
    assert.ok(!fs.existsSync(path.join(d, 'node_modules')), `${what}: nothing installed`);
    assert.ok(!fs.existsSync(path.join(d, 'package-lock.json')), `${what}: no lockfile`);
    assert.deepStrictEqual(leftovers(), [], `${what}: no temporary folder left in the cache`);
    return r.stderr;
  };

  let err = await failing('bad', 'integrity mismatch');
  assert.match(err, /EINTEGRITY/);
  assert.match(err, /Integrity check failed for bad@1\.0\.0/);
  assert.ok(err.includes(c.sri(Buffer.from('something else'))), 'names the expected hash');
  assert.ok(err.includes(c.sri(reg.tarballs.get('/bad/-/bad-1.0.0.tgz'))), 'names the actual hash');

  err = await failing('corrupt', 'corrupt gzip');
  assert.match(err, /ETAR/);
  assert.match(err, /cannot unpack corrupt@1\.0\.0: gzip data is corrupt/);
  assert.throws(() => zlib.gunzipSync(corrupt), 'the fixture really is corrupt');

  err = await failing('cut', 'body always cut short');
  assert.match(err, /ENETWORK/);
  assert.match(err, /request to .*\/cut\/-\/cut-1\.0\.0\.tgz failed/);
  assert.strictEqual(reg.count((q) => q.url === '/cut/-/cut-1.0.0.tgz'), 3, 'tried three times');

  await reg.close();
});
