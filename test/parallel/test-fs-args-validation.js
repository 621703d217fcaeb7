'use strict';
// Node's ERR_* errors for invalid arguments.
require('../common');
const assert = require('assert');
const fs = require('fs');

assert.throws(() => fs.readFileSync(1.5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.openSync(123), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => fs.openSync('a\u0000b'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'path' must be a string, Uint8Array, or URL without null bytes. Received 'a\\x00b'",
});
assert.throws(() => fs.openSync(__filename, 'q'), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'flags' is invalid. Received 'q'",
});
assert.throws(() => fs.closeSync('1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.closeSync(-1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.stat(__filename), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.readFile(__filename), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.mkdirSync('x', { recursive: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.chmodSync(__filename, 'xyz'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => fs.accessSync(__filename, 8), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.writeFileSync('/tmp/x', 5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.rmSync('x', { recursive: 'yes' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.copyFileSync(__filename, '/tmp/x', 8), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.symlinkSync('a', 'b', 'bad'), { code: 'ERR_FS_INVALID_SYMLINK_TYPE' });
assert.strictEqual(fs.existsSync(), false);
assert.strictEqual(fs.existsSync('a\u0000b'), false);
assert.strictEqual(fs.existsSync(__filename), true);
assert.strictEqual(fs.existsSync(new URL('file://' + __filename)), true);
assert.strictEqual(fs.readFileSync(new URL('file://' + __filename), 'utf8').includes('ERR_'), true);
assert.strictEqual(fs.readFileSync(Buffer.from(__filename), 'utf8').includes('ERR_'), true);
assert.strictEqual(fs.constants.O_RDONLY, 0);
assert.strictEqual(fs.F_OK, 0);
assert.strictEqual(fs.R_OK, 4);
assert.strictEqual(typeof fs.promises.readFile, 'function');
assert.strictEqual(fs.promises, require('fs/promises'));
