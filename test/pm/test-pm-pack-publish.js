'use strict';
// pack chooses the same files as `npm pack` (no "files", "files", .npmignore/.gitignore, nested
// ignore files, always-included files); the tarball holds those files under package/ with npm's
// modes; publish PUTs npm's document with the token, and the package installs back.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const c = require('./common');

function write(dir, files) {
  for (const [p, data] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    fs.writeFileSync(path.join(dir, p), data);
  }
}

function untar(buf) {
  const tar = zlib.gunzipSync(buf);
  const out = {};
  for (let off = 0; off + 512 <= tar.length;) {
    const h = tar.subarray(off, off + 512);
    if (h.every((b) => b === 0)) break;
    const name = h.subarray(0, 100).toString().replace(/\0.*$/s, '');
    const prefix = h.subarray(345, 500).toString().replace(/\0.*$/s, '');
    const size = parseInt(h.subarray(124, 136).toString().replace(/\0.*$/s, '').trim() || '0', 8);
    const mode = parseInt(h.subarray(100, 108).toString().replace(/\0.*$/s, '').trim(), 8);
    const type = String.fromCharCode(h[156]);
    const full = prefix ? `${prefix}/${name}` : name;
    if (type === '0' || type === '\0') out[full] = { data: tar.subarray(off + 512, off + 512 + size).toString(), mode };
    off += 512 + Math.ceil(size / 512) * 512;
  }
  return out;
}

const LAYOUTS = {
  npmignore: {
    'package.json': JSON.stringify({ name: '@sc/packx', version: '1.0.0', main: 'lib/main.js', bin: { px: 'bin/px.js' } }),
    'README.md': 'r', LICENSE: 'l', 'CHANGELOG.md': 'c', 'lib/main.js': 'm', 'lib/util.js': 'u', 'bin/px.js': '#!/bin/sh\n',
    'src/a.ts': 's', '.npmrc': 'x', '.gitignore': 'test/\n', '.npmignore': 'src/\ndocs\n*.log\n!keep.log\n',
    'package-lock.json': '{}', 'test/t.js': 't', 'docs/d.md': 'd', 'sub/.npmignore': 'drop.js\n', 'sub/keep.js': 'k',
    'sub/drop.js': 'd', '.DS_Store': 'x', 'x.orig': 'o', 'a.log': 'a', 'keep.log': 'k', 'node_modules/foo/index.js': 'f',
    '.env': 'e', 'licence-mit': 'l', 'readme.txt': 'r', 'deep/a/b/c.js': 'c', '.foo.swp': 's',
  },
  files: {
    'package.json': JSON.stringify({ name: 'filesy', version: '2.0.0', main: 'index.js', files: ['lib/util.js', 'sub', 'docs/', 'dist/*.js', '!dist/skip.js'] }),
    'index.js': 'i', 'README.md': 'r', 'COPYING': 'c', 'lib/util.js': 'u', 'lib/other.js': 'o', 'sub/keep.js': 'k',
    'sub/.npmignore': 'drop.js\n', 'sub/drop.js': 'd', 'docs/d.md': 'd', 'dist/a.js': 'a', 'dist/skip.js': 's',
    'dist/a.map': 'm', '.npmignore': 'docs\n', 'extra.txt': 'e',
  },
  gitignore: {
    'package.json': JSON.stringify({ name: 'gity', version: '0.1.0' }),
    'index.js': 'i', '.gitignore': 'build/\n*.tmp\n/root-only.txt\n', 'build/out.js': 'o', 'a.tmp': 't', 'x/b.tmp': 't',
    'root-only.txt': 'r', 'x/root-only.txt': 'kept', 'x/y/z.js': 'z',
  },
};

c.main(async () => {
  const probe = await c.runCmd(c.npmPath(), ['--version']);
  const base = c.tmpdir('pack');
  const env = c.envFor(base, null);
  for (const [name, files] of Object.entries(LAYOUTS)) {
    const dir = path.join(base, name);
    write(dir, files);
    let theirs = null;
    if (probe.status === 0) {  // before our tarball lands in the folder
      const n = await c.runCmd(c.npmPath(), ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: dir, env });
      assert.strictEqual(n.status, 0, n.stderr);
      theirs = JSON.parse(n.stdout)[0].files.map((f) => f.path);
    }
    const r = c.ok(await c.run(['pack', '--json'], { cwd: dir, env }), `pack ${name}`);
    const ours = JSON.parse(r.stdout)[0];
    const ourFiles = ours.files.map((f) => f.path).sort();
    // (npm lists capitals, digits and punctuation first, each group in locale order)
    if (theirs) assert.deepStrictEqual(ours.files.map((f) => f.path), theirs, `file list for ${name}`);
    // The tarball itself.
    const tgz = fs.readFileSync(path.join(dir, ours.filename));
    assert.strictEqual(ours.integrity, c.sri(tgz));
    const entries = untar(tgz);
    assert.deepStrictEqual(Object.keys(entries).sort(), ourFiles.map((f) => `package/${f}`).sort());
    for (const f of ourFiles) assert.strictEqual(entries[`package/${f}`].data, fs.readFileSync(path.join(dir, f), 'utf8'));
    if (name === 'npmignore') {
      assert.strictEqual(ours.filename, 'sc-packx-1.0.0.tgz');
      assert.strictEqual(entries['package/bin/px.js'].mode, 0o755);
      assert.strictEqual(entries['package/lib/main.js'].mode, 0o644);
    }
  }
  // Hard-coded expectations too, so this test also checks something when npm is absent.
  {
    const r = c.ok(await c.run(['pack', '--dry-run', '--json'], { cwd: path.join(base, 'files'), env }));
    assert.deepStrictEqual(JSON.parse(r.stdout)[0].files.map((f) => f.path).sort(),
      ['COPYING', 'README.md', 'dist/a.js', 'docs/d.md', 'index.js', 'lib/util.js', 'package.json', 'sub/keep.js']);
  }

  // Modes as node-tar's portable mode gives them: owner read/write added, group/other write
  // dropped, bins executable (0600 stays 0600, 0664 becomes 0644), the same as npm pack's.
  {
    const dir = path.join(base, 'modes');
    write(dir, { 'package.json': JSON.stringify({ name: 'modey', version: '1.0.0', bin: 'cli.js' }), 'cli.js': 'c',
      'a.js': 'a', 'b.js': 'b', 'c.js': 'c', 'd.js': 'd', 'e.sh': 'e' });
    const modes = { 'cli.js': 0o640, 'a.js': 0o600, 'b.js': 0o664, 'c.js': 0o444, 'd.js': 0o700, 'e.sh': 0o775 };
    for (const [f, m] of Object.entries(modes)) fs.chmodSync(path.join(dir, f), m);
    const want = { 'cli.js': 0o751, 'a.js': 0o600, 'b.js': 0o644, 'c.js': 0o644, 'd.js': 0o700, 'e.sh': 0o755, 'package.json': 0o644 };
    write(dir, { 'Z.js': 'z', 'lib/A.js': 'a', 'README.md': 'r', 'x.json': '{}' });
    Object.assign(want, { 'Z.js': 0o644, 'lib/A.js': 0o644, 'README.md': 0o644, 'x.json': 0o644 });
    // Entries in npm-packlist's order: extension, base name, path.
    const order = ['a.js', 'lib/A.js', 'b.js', 'c.js', 'cli.js', 'd.js', 'Z.js', 'package.json', 'x.json', 'README.md', 'e.sh'];
    const modesOf = (tgz) => {
      const entries = untar(tgz);
      assert.deepStrictEqual(Object.keys(entries).map((k) => k.slice(8)), order);
      return Object.fromEntries(Object.entries(entries).map(([k, v]) => [k.slice(8), v.mode]));
    };
    const r = c.ok(await c.run(['pack', '--json'], { cwd: dir, env }), 'pack modes');
    const file = path.join(dir, JSON.parse(r.stdout)[0].filename);
    assert.deepStrictEqual(modesOf(fs.readFileSync(file)), want);
    if (probe.status === 0) {
      fs.rmSync(file);
      const n = await c.runCmd(c.npmPath(), ['pack', '--ignore-scripts'], { cwd: dir, env });
      assert.strictEqual(n.status, 0, n.stderr);
      assert.deepStrictEqual(modesOf(fs.readFileSync(file)), want);
    }
  }

  // publish to the fixture registry, with the token from .npmrc.
  const reg = await c.startRegistry({});
  const pubDir = path.join(base, 'gity');
  write(pubDir, LAYOUTS.gitignore);
  const host = reg.url.replace(/^http:/, '');
  fs.writeFileSync(path.join(pubDir, '.npmrc'), `registry=${reg.url}\n${host}:_authToken=s3cret\n`);
  let r = c.ok(await c.run(['publish', '--dry-run'], { cwd: pubDir, env }), 'publish --dry-run');
  assert.match(r.stdout, /\+ gity@0\.1\.0/);
  assert.strictEqual(reg.published.length, 0, '--dry-run sends nothing');
  r = c.ok(await c.run(['publish', '--tag', 'beta', '--access', 'public'], { cwd: pubDir, env }), 'publish');
  assert.match(r.stdout, /\+ gity@0\.1\.0/);
  assert.strictEqual(reg.published.length, 1);
  const put = reg.published[0];
  assert.strictEqual(put.url, '/gity');
  assert.strictEqual(put.headers.authorization, 'Bearer s3cret');
  assert.deepStrictEqual(put.doc['dist-tags'], { beta: '0.1.0' });
  assert.strictEqual(put.doc.access, 'public');
  const att = put.doc._attachments['gity-0.1.0.tgz'];
  const tgz = Buffer.from(att.data, 'base64');
  assert.strictEqual(att.length, tgz.length);
  assert.strictEqual(put.doc.versions['0.1.0'].dist.integrity, c.sri(tgz));
  assert.strictEqual(put.doc.versions['0.1.0'].dist.shasum, require('crypto').createHash('sha1').update(tgz).digest('hex'));
  // Serve what was published and install it back.
  reg.spec.gity = { versions: { '0.1.0': { rawTarball: tgz } } };
  await reg.close();
  const reg2 = await c.startRegistry({ gity: { versions: { '0.1.0': { rawTarball: tgz } } } });
  const app = c.project(base, { name: 'app', version: '1.0.0', dependencies: { gity: '0.1.0' } });
  c.ok(await c.run(['install'], { cwd: app, env: c.envFor(base, reg2) }));
  assert.strictEqual(fs.readFileSync(path.join(app, 'node_modules/gity/x/root-only.txt'), 'utf8'), 'kept');
  assert.ok(!fs.existsSync(path.join(app, 'node_modules/gity/build')));
  // private packages are refused
  const privDir = path.join(base, 'priv');
  write(privDir, { 'package.json': JSON.stringify({ name: 'p', version: '1.0.0', private: true }) });
  r = await c.run(['publish', '--registry', reg2.url], { cwd: privDir, env });
  assert.notStrictEqual(r.status, 0);
  assert.match(r.stderr, /EPRIVATE/);
  await reg2.close();
});
