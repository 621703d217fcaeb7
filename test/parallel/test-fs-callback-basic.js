'use strict';
// The callback API: results, errors and that callbacks run asynchronously.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const f = tmpdir.resolve('c.txt');
let sync = true;
fs.writeFile(f, 'data', common.mustSucceed(() => {
  assert.strictEqual(sync, false);
  fs.appendFile(f, '+more', common.mustSucceed(() => {
    fs.readFile(f, 'utf8', common.mustSucceed((s) => {
      assert.strictEqual(s, 'data+more');
      fs.stat(f, common.mustSucceed((st) => {
        assert.strictEqual(st.size, 9);
        assert(st.isFile());
      }));
      fs.stat(f, { bigint: true }, common.mustSucceed((st) => {
        assert.strictEqual(st.size, 9n);
      }));
      fs.copyFile(f, f + '.2', common.mustSucceed(() => {
        fs.rename(f + '.2', f + '.3', common.mustSucceed(() => {
          fs.readFile(f + '.3', common.mustSucceed((b) => {
            assert.deepStrictEqual(b, Buffer.from('data+more'));
            fs.unlink(f + '.3', common.mustSucceed(() => {
              fs.access(f + '.3', common.mustCall((err) => {
                assert.strictEqual(err.code, 'ENOENT');
                assert.strictEqual(err.syscall, 'access');
              }));
              fs.exists(f + '.3', common.mustCall((e) => assert.strictEqual(e, false)));
              fs.exists(f, common.mustCall((e) => assert.strictEqual(e, true)));
            }));
          }));
        }));
      }));
    }));
  }));
}));
sync = false;

const d = tmpdir.resolve('d1', 'd2');
fs.mkdir(d, { recursive: true }, common.mustSucceed((first) => {
  assert.strictEqual(first, tmpdir.resolve('d1'));
  fs.writeFileSync(path.join(d, 'x'), '');
  fs.readdir(tmpdir.resolve('d1'), { withFileTypes: true }, common.mustSucceed((ents) => {
    assert.strictEqual(ents[0].name, 'd2');
    assert(ents[0].isDirectory());
  }));
  // The rest adds entries to d: only once this readdir has listed it (the threadpool runs
  // requests side by side).
  fs.readdir(d, common.mustSucceed((names) => {
    assert.deepStrictEqual(names, ['x']);
    more();
  }));
}));

function more() {
  const d = tmpdir.resolve('d1', 'd2');
  fs.mkdtemp(path.join(d, 't-'), common.mustSucceed((t) => {
    assert(t.startsWith(path.join(d, 't-')));
    fs.rmdir(t, common.mustSucceed());
  }));
  fs.symlink(path.join(d, 'x'), path.join(d, 'l'), common.mustSucceed(() => {
    fs.readlink(path.join(d, 'l'), common.mustSucceed((s) => assert.strictEqual(s, path.join(d, 'x'))));
    fs.lstat(path.join(d, 'l'), common.mustSucceed((st) => assert(st.isSymbolicLink())));
    fs.realpath(path.join(d, 'l'), common.mustSucceed((p) => {
      assert.strictEqual(p, fs.realpathSync(path.join(d, 'x')));
    }));
  }));
}

fs.readFile(tmpdir.resolve('missing'), common.mustCall((err, data) => {
  assert.strictEqual(data, undefined);
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.errno, -2);
  assert.strictEqual(err.syscall, 'open');
  assert.strictEqual(err.path, tmpdir.resolve('missing'));
  assert.strictEqual(err.message,
                     `ENOENT: no such file or directory, open '${tmpdir.resolve('missing')}'`);
}));
fs.readFile(tmpdir.path, common.mustCall((err) => assert.strictEqual(err.code, 'EISDIR')));
fs.rename(tmpdir.resolve('m1'), tmpdir.resolve('m2'), common.mustCall((err) => {
  assert.strictEqual(err.dest, tmpdir.resolve('m2'));
  assert.strictEqual(err.message, `ENOENT: no such file or directory, rename '${tmpdir.resolve('m1')}' -> '${tmpdir.resolve('m2')}'`);
}));
const ac = new AbortController();
ac.abort();
fs.readFile(__filename, { signal: ac.signal }, common.mustCall((err) => {
  assert.strictEqual(err.name, 'AbortError');
}));
fs.rm(tmpdir.resolve('none'), { force: true }, common.mustSucceed());
