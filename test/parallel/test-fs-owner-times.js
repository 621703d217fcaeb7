'use strict';
// chown/lchown/fchown (to the current owner), utimes/lutimes/futimes, fchmod, sync and callback.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const f = tmpdir.resolve('o.txt');
fs.writeFileSync(f, 'x');
const { uid, gid } = fs.statSync(f);
fs.chownSync(f, uid, gid);
fs.chownSync(f, -1, -1);
fs.lchownSync(f, uid, gid);
const fd = fs.openSync(f, 'r+');
fs.fchownSync(fd, uid, gid);
fs.fchmodSync(fd, 0o640);
assert.strictEqual(fs.fstatSync(fd).mode & 0o777, 0o640);
fs.closeSync(fd);
assert.throws(() => fs.chownSync(f, 1.5, 0), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.chownSync(f, 'a', 0), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.chownSync(tmpdir.resolve('no'), uid, gid), {
  code: 'ENOENT', syscall: 'chown', path: tmpdir.resolve('no'),
});
assert.throws(() => fs.utimesSync(f, 'x', 1), { code: 'ERR_INVALID_ARG_TYPE' });

const l = tmpdir.resolve('o.link');
fs.symlinkSync(f, l);
fs.lutimesSync(l, 100, 200);
assert.strictEqual(fs.lstatSync(l).mtimeMs, 200000);
assert.notStrictEqual(fs.statSync(f).mtimeMs, 200000);
fs.utimesSync(f, '300', 400);
assert.strictEqual(fs.statSync(f).mtimeMs, 400000);
assert.strictEqual(fs.statSync(f).atimeMs, 300000);

fs.chown(f, uid, gid, common.mustSucceed(() => {
  fs.lchown(l, uid, gid, common.mustSucceed(() => {
    fs.utimes(f, 1, 2, common.mustSucceed(() => {
      assert.strictEqual(fs.statSync(f).mtimeMs, 2000);
      fs.lutimes(l, 3, 4, common.mustSucceed(() => {
        assert.strictEqual(fs.lstatSync(l).mtimeMs, 4000);
        fs.utimes(tmpdir.resolve('no'), 1, 1, common.mustCall((err) => {
          assert.strictEqual(err.syscall, 'utime');
          assert.strictEqual(err.code, 'ENOENT');
          fdChain();
        }));
      }));
    }));
  }));
}));
function fdChain() {
  fs.open(f, 'r', common.mustSucceed((fd2) => {
    fs.futimes(fd2, 5, new Date(6000), common.mustSucceed(() => {
      assert.strictEqual(fs.fstatSync(fd2).mtimeMs, 6000);
      fs.fchmod(fd2, 0o600, common.mustSucceed(() => {
        fs.fchown(fd2, uid, gid, common.mustSucceed(() => {
          fs.fdatasync(fd2, common.mustSucceed(() => fs.closeSync(fd2)));
        }));
      }));
    }));
  }));
}
