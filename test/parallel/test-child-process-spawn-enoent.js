'use strict';
// A command that does not exist: 'error' (ENOENT with syscall, path, spawnargs) then 'close';
// no 'spawn', no 'exit', pid undefined.
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');

const child = spawn('nodus-no-such-command', ['a', 'b']);
assert.strictEqual(child.pid, undefined);
child.on('spawn', common.mustNotCall());
child.on('exit', common.mustNotCall());
const order = [];
child.on('error', common.mustCall((err) => {
  order.push('error');
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.errno, -2);
  assert.strictEqual(err.syscall, 'spawn nodus-no-such-command');
  assert.strictEqual(err.path, 'nodus-no-such-command');
  assert.deepStrictEqual(err.spawnargs, ['a', 'b']);
  assert.strictEqual(err.message, 'spawn nodus-no-such-command ENOENT');
}));
child.on('close', common.mustCall((code, signal) => {
  order.push('close');
  assert.strictEqual(code, -2);
  assert.strictEqual(signal, null);
  assert.deepStrictEqual(order, ['error', 'close']);
}));
