'use strict';
// open/read/write/fstat/ftruncate/fsync/close on file descriptors, sync and callback.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const f = tmpdir.resolve('fd.txt');
const fd = fs.openSync(f, 'w+');
assert.strictEqual(typeof fd, 'number');
assert.strictEqual(fs.writeSync(fd, 'héllo'), 6);
assert.strictEqual(fs.writeSync(fd, Buffer.from('XY'), 0, 2, 0), 2);
const buf = Buffer.alloc(10);
assert.strictEqual(fs.writeSync(fd, 'ab', null, 'latin1'), 2);
assert.strictEqual(fs.readSync(fd, buf, 0, 10, 0), 8);
assert.deepStrictEqual(buf.subarray(0, 8), Buffer.from([0x58, 0x59, 0xa9, 0x6c, 0x6c, 0x6f, 0x61, 0x62]));
assert.strictEqual(fs.readSync(fd, buf, { position: 6 }), 2);
assert.strictEqual(buf.subarray(0, 2).toString(), 'ab');
assert.strictEqual(fs.fstatSync(fd).size, 8);
fs.ftruncateSync(fd, 3);
assert.strictEqual(fs.fstatSync(fd).size, 3);
fs.fsyncSync(fd);
fs.fdatasyncSync(fd);
fs.futimesSync(fd, 5, 6);
assert.strictEqual(fs.fstatSync(fd).mtimeMs, 6000);
assert.strictEqual(fs.readFileSync(fd, 'utf8'), '');  // position is at the end
fs.closeSync(fd);
assert.throws(() => fs.closeSync(fd), { code: 'EBADF', syscall: 'close' });
assert.throws(() => fs.readSync(fd, buf), { code: 'EBADF', syscall: 'read' });
assert.throws(() => fs.fstatSync(-1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.readSync(0, buf, 0, 11, 0), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.readSync(0, buf, -1, 1, 0), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.readSync(0, 'str', 0, 1, 0), { code: 'ERR_INVALID_ARG_TYPE' });

fs.open(f, 'r+', common.mustSucceed((fd2) => {
  fs.write(fd2, Buffer.from('abc'), 0, 3, 0, common.mustSucceed((n, b) => {
    assert.strictEqual(n, 3);
    assert.strictEqual(b.toString(), 'abc');
    fs.write(fd2, 'de', 3, 'utf8', common.mustSucceed((n2, s) => {
      assert.strictEqual(n2, 2);
      assert.strictEqual(s, 'de');
      const out = Buffer.alloc(5);
      fs.read(fd2, out, 0, 5, 0, common.mustSucceed((n3, b3) => {
        assert.strictEqual(n3, 5);
        assert.strictEqual(b3.toString(), 'abcde');
        fs.fstat(fd2, common.mustSucceed((st) => {
          assert.strictEqual(st.size, 5);
          fs.ftruncate(fd2, 1, common.mustSucceed(() => {
            fs.fsync(fd2, common.mustSucceed(() => {
              fs.close(fd2, common.mustSucceed(() => {
                assert.strictEqual(fs.readFileSync(f, 'utf8'), 'a');
                fs.close(fd2, common.mustCall((err) => {
                  assert.strictEqual(err.code, 'EBADF');
                }));
              }));
            }));
          }));
        }));
      }));
    }));
  }));
}));
