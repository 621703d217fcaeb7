'use strict';
// readv/writev, statfs and opendir/Dir, sync and callback.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const f = tmpdir.resolve('v.txt');
const fd = fs.openSync(f, 'w+');
assert.strictEqual(fs.writevSync(fd, [Buffer.from('ab'), Buffer.from('cde')]), 5);
assert.strictEqual(fs.writevSync(fd, []), 0);
const a = Buffer.alloc(1);
const b = Buffer.alloc(10);
assert.strictEqual(fs.readvSync(fd, [a, b], 0), 5);
assert.strictEqual(a.toString() + b.toString('utf8', 0, 4), 'abcde');
assert.throws(() => fs.readvSync(fd, [1]), { code: 'ERR_INVALID_ARG_TYPE' });
fs.writev(fd, [Buffer.from('XY')], 0, common.mustSucceed((n, bufs) => {
  assert.strictEqual(n, 2);
  assert.strictEqual(bufs.length, 1);
  fs.readv(fd, [Buffer.alloc(3)], 0, common.mustSucceed((n2, bufs2) => {
    assert.strictEqual(n2, 3);
    assert.strictEqual(bufs2[0].toString(), 'XYc');
    fs.closeSync(fd);
  }));
}));

const sf = fs.statfsSync(tmpdir.path);
for (const k of ['type', 'bsize', 'blocks', 'bfree', 'bavail', 'files', 'ffree']) {
  assert.strictEqual(typeof sf[k], 'number', k);
}
assert(sf.bsize > 0);
assert.strictEqual(typeof fs.statfsSync(tmpdir.path, { bigint: true }).bsize, 'bigint');
assert.throws(() => fs.statfsSync(tmpdir.resolve('nope')), { code: 'ENOENT', syscall: 'statfs' });
fs.statfs(tmpdir.path, common.mustSucceed((s) => assert(s.blocks > 0)));

fs.mkdirSync(tmpdir.resolve('dd'));
fs.writeFileSync(tmpdir.resolve('dd', 'one'), '');
fs.mkdirSync(tmpdir.resolve('dd', 'two'));
const dir = fs.opendirSync(tmpdir.resolve('dd'));
assert.strictEqual(dir.path, tmpdir.resolve('dd'));
const names = [];
let ent;
while ((ent = dir.readSync()) !== null) names.push([ent.name, ent.isDirectory()]);
assert.deepStrictEqual(names.sort(), [['one', false], ['two', true]]);
dir.closeSync();
assert.throws(() => dir.closeSync(), { code: 'ERR_DIR_CLOSED' });
fs.opendir(tmpdir.resolve('dd'), common.mustSucceed(async (d) => {
  const seen = [];
  for await (const e of d) seen.push(e.name);
  assert.deepStrictEqual(seen.sort(), ['one', 'two']);
}));
