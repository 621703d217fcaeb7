'use strict';
// System errors from libuv calls: message, code, errno, syscall, path, dest.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const util = require('util');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const missing = tmpdir.resolve('does-not-exist');
const missing2 = tmpdir.resolve('does-not-exist-either');

function capture(fn) {
  try {
    fn();
  } catch (err) {
    return err;
  }
  assert.fail('expected a throw');
}

{
  const err = capture(() => fs.openSync(missing));
  assert.ok(err instanceof Error);
  assert.strictEqual(err.constructor, Error);
  assert.strictEqual(err.name, 'Error');
  assert.strictEqual(err.message, `ENOENT: no such file or directory, open '${missing}'`);
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(typeof err.errno, 'number');
  assert.strictEqual(util.getSystemErrorName(err.errno), 'ENOENT');
  assert.strictEqual(err.syscall, 'open');
  assert.strictEqual(err.path, missing);
  assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'path']);
  assert.strictEqual(err.stack.split('\n')[0],
                     `Error: ENOENT: no such file or directory, open '${missing}'`);
  assert.strictEqual(err.toString(),
                     `Error: ENOENT: no such file or directory, open '${missing}'`);
}

{
  // Two paths: "'a' -> 'b'" and a dest property.
  const err = capture(() => fs.renameSync(missing, missing2));
  assert.strictEqual(err.message,
                     `ENOENT: no such file or directory, rename '${missing}' -> '${missing2}'`);
  assert.strictEqual(err.path, missing);
  assert.strictEqual(err.dest, missing2);
  assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'path', 'dest']);
}

{
  const err = capture(() => fs.mkdirSync(tmpdir.path));
  assert.strictEqual(err.message, `EEXIST: file already exists, mkdir '${tmpdir.path}'`);
  assert.strictEqual(err.code, 'EEXIST');
  assert.strictEqual(err.syscall, 'mkdir');
}

{
  const file = tmpdir.resolve('file.txt');
  fs.writeFileSync(file, 'x');
  const err = capture(() => fs.readdirSync(file));
  assert.strictEqual(err.message, `ENOTDIR: not a directory, scandir '${file}'`);
  assert.strictEqual(err.code, 'ENOTDIR');
  assert.strictEqual(err.syscall, 'scandir');
}

{
  // No path: the message ends with the syscall.
  const err = capture(() => fs.readFileSync(tmpdir.path));
  assert.strictEqual(err.message, 'EISDIR: illegal operation on a directory, read');
  assert.strictEqual(err.code, 'EISDIR');
  assert.strictEqual(err.path, undefined);
  assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall']);
}

{
  // Asynchronous calls give the same shape.
  fs.stat(missing, common.mustCall((err) => {
    assert.strictEqual(err.message, `ENOENT: no such file or directory, stat '${missing}'`);
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.syscall, 'stat');
    assert.strictEqual(err.path, missing);
    assert.strictEqual(util.getSystemErrorName(err.errno), 'ENOENT');
  }));
}

{
  // util.getSystemErrorName() validation.
  assert.throws(() => util.getSystemErrorName(2), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "err" is out of range. It must be a negative integer. Received 2',
  });
  assert.throws(() => util.getSystemErrorName('x'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "err" argument must be of type number. Received type string (\'x\')',
  });
}
