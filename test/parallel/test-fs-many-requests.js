// Flags: --expose-gc
'use strict';
// Many requests in flight at once: every callback runs once, with the right result, and
// request objects survive until their callback even when nothing else references them.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const N = 500;
for (let i = 0; i < N; i++) {
  fs.writeFile(tmpdir.resolve(`f${i}`), String(i), common.mustSucceed(() => {
    fs.readFile(tmpdir.resolve(`f${i}`), 'utf8', common.mustSucceed((s) => {
      assert.strictEqual(s, String(i));
      fs.stat(tmpdir.resolve(`f${i}`), common.mustSucceed((st) => {
        assert.strictEqual(st.size, String(i).length);
      }));
    }));
  }));
  fs.stat(tmpdir.resolve(`missing${i}`), common.mustCall((err) => {
    assert.strictEqual(err.code, 'ENOENT');
  }));
}
// Collections while requests are pending must not free them.
global.gc();
setImmediate(() => global.gc());
