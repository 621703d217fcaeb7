'use strict';
// execSync/execFileSync throw with status, signal, stdout/stderr and the "Command failed"
// message; ENOENT and timeouts come through as the spawn error.
require('../common');
const assert = require('assert');
const { execSync, execFileSync } = require('child_process');

assert.throws(() => execSync('echo out; echo oops >&2; exit 3', { stdio: 'pipe' }), (err) => {
  assert.strictEqual(err.message, 'Command failed: echo out; echo oops >&2; exit 3\noops\n');
  assert.strictEqual(err.status, 3);
  assert.strictEqual(err.signal, null);
  assert.strictEqual(err.stdout.toString(), 'out\n');
  assert.strictEqual(err.stderr.toString(), 'oops\n');
  assert.ok(err.pid > 0);
  return true;
});

assert.throws(() => execFileSync(process.execPath, ['-e', 'process.exit(9)'], { stdio: 'pipe' }),
              (err) => {
                assert.strictEqual(err.status, 9);
                assert.strictEqual(err.message,
                                   `Command failed: ${process.execPath} -e process.exit(9)`);
                return true;
              });

assert.throws(() => execFileSync('nodus-no-such-command', ['x']), (err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'spawnSync nodus-no-such-command');
  assert.strictEqual(err.path, 'nodus-no-such-command');
  assert.deepStrictEqual(err.spawnargs, ['x']);
  assert.strictEqual(err.error, err);
  assert.strictEqual(err.status, null);
  return true;
});

assert.throws(() => execSync('sleep 10', { timeout: 50, killSignal: 'SIGKILL' }), (err) => {
  assert.strictEqual(err.code, 'ETIMEDOUT');
  assert.strictEqual(err.signal, 'SIGKILL');
  assert.strictEqual(err.status, null);
  return true;
});

assert.throws(() => execSync('yes', { maxBuffer: 10 }), (err) => {
  assert.strictEqual(err.code, 'ENOBUFS');
  assert.ok(err.stdout.length > 10);
  return true;
});
