'use strict';
// fs.watch argument and start errors: a missing path throws the uv error with syscall 'watch'
// and filename; bad encodings, options and paths throw node's ERR_* codes.
require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const missing = tmpdir.resolve('missing');
assert.throws(() => fs.watch(missing), {
  code: 'ENOENT', errno: -2, syscall: 'watch', path: missing, filename: missing,
  message: `ENOENT: no such file or directory, watch '${missing}'`,
});
assert.throws(() => fs.watch(tmpdir.path, { encoding: 'nope' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => fs.watch(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.watch(tmpdir.path, { recursive: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.watchFile(tmpdir.path), { code: 'ERR_INVALID_ARG_TYPE' });
// Not persistent: the process exits although the watcher is open.
fs.watch(tmpdir.path, { persistent: false });
