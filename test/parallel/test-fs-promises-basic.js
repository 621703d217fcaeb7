'use strict';
// fs/promises and FileHandle.
const common = require('../common');
const assert = require('assert');
const fsp = require('fs/promises');
const path = require('path');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

(async () => {
  const f = tmpdir.resolve('p.txt');
  await fsp.writeFile(f, 'promise');
  assert.strictEqual(await fsp.readFile(f, 'utf8'), 'promise');
  await fsp.appendFile(f, '!');
  assert.deepStrictEqual(await fsp.readFile(f), Buffer.from('promise!'));
  assert.strictEqual((await fsp.stat(f)).size, 8);
  await fsp.access(f);
  await assert.rejects(fsp.access(f + 'x'), { code: 'ENOENT', syscall: 'access' });
  await fsp.copyFile(f, f + '.c');
  await fsp.rename(f + '.c', f + '.d');
  await fsp.unlink(f + '.d');
  await assert.rejects(fsp.unlink(f + '.d'), {
    message: `ENOENT: no such file or directory, unlink '${f}.d'`,
  });
  const d = tmpdir.resolve('pd', 'q');
  assert.strictEqual(await fsp.mkdir(d, { recursive: true }), tmpdir.resolve('pd'));
  assert.deepStrictEqual(await fsp.readdir(tmpdir.resolve('pd')), ['q']);
  const ents = await fsp.readdir(tmpdir.resolve('pd'), { withFileTypes: true });
  assert(ents[0].isDirectory());
  assert.strictEqual(await fsp.realpath(d), require('fs').realpathSync(d));
  const t = await fsp.mkdtemp(path.join(d, 'x-'));
  assert(t.startsWith(path.join(d, 'x-')));
  await fsp.rm(tmpdir.resolve('pd'), { recursive: true });
  await assert.rejects(fsp.stat(tmpdir.resolve('pd')), { code: 'ENOENT' });

  const h = await fsp.open(f, 'r+');
  assert.strictEqual(typeof h.fd, 'number');
  const { bytesRead, buffer } = await h.read(Buffer.alloc(3), 0, 3, 0);
  assert.strictEqual(bytesRead, 3);
  assert.strictEqual(buffer.toString(), 'pro');
  const w = await h.write(Buffer.from('XY'), 0, 2, 0);
  assert.strictEqual(w.bytesWritten, 2);
  assert.strictEqual((await h.stat()).size, 8);
  await h.truncate(4);
  assert.strictEqual(await h.readFile('utf8'), 'XYom');
  await h.close();
  assert.strictEqual(await fsp.readFile(f, 'utf8'), 'XYom');
  await assert.rejects(fsp.open(tmpdir.resolve('no', 'file')), { code: 'ENOENT', syscall: 'open' });
  await assert.rejects(fsp.readFile(tmpdir.path), { code: 'EISDIR' });
})().then(common.mustCall());

(async () => {
  const d = tmpdir.resolve('more');
  await fsp.mkdir(d);
  await fsp.writeFile(path.join(d, 'a'), 'A');
  await fsp.cp(d, tmpdir.resolve('more2'), { recursive: true });
  assert.strictEqual(await fsp.readFile(tmpdir.resolve('more2', 'a'), 'utf8'), 'A');
  const dir = await fsp.opendir(d);
  const names = [];
  for await (const e of dir) names.push(e.name);
  assert.deepStrictEqual(names, ['a']);
  assert((await fsp.statfs(d)).bsize > 0);
  const h = await fsp.open(path.join(d, 'a'), 'r+');
  const w = await h.writev([Buffer.from('x'), Buffer.from('yz')], 0);
  assert.strictEqual(w.bytesWritten, 3);
  const r = await h.readv([Buffer.alloc(2), Buffer.alloc(2)], 0);
  assert.strictEqual(r.bytesRead, 3);
  assert.strictEqual(Buffer.concat(r.buffers).toString('utf8', 0, 3), 'xyz');
  await h.close();
})().then(common.mustCall());
