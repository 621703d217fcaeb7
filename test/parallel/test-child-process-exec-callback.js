'use strict';
// exec/execFile: output in the callback, errors carrying code/killed/signal/cmd, maxBuffer and
// timeout kills, and util.promisify() resolving { stdout, stderr }.
const common = require('../common');
const assert = require('assert');
const util = require('util');
const { exec, execFile } = require('child_process');

exec('echo out; echo err >&2', common.mustSucceed((stdout, stderr) => {
  assert.strictEqual(stdout, 'out\n');
  assert.strictEqual(stderr, 'err\n');
}));

exec('echo partial; exit 3', common.mustCall((err, stdout, stderr) => {
  assert.strictEqual(err.message, 'Command failed: echo partial; exit 3\n');
  assert.strictEqual(err.code, 3);
  assert.strictEqual(err.killed, false);
  assert.strictEqual(err.signal, null);
  assert.strictEqual(err.cmd, 'echo partial; exit 3');
  assert.strictEqual(stdout, 'partial\n');
}));

execFile(process.execPath, ['-e', 'process.stdout.write("x")'], { encoding: 'buffer' },
         common.mustSucceed((stdout) => assert.deepStrictEqual(stdout, Buffer.from('x'))));

execFile('nodus-no-such-command', ['z'], common.mustCall((err, stdout, stderr) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'spawn nodus-no-such-command');
  assert.strictEqual(err.cmd, 'nodus-no-such-command z');
  assert.strictEqual(stdout, '');
}));

exec('sleep 10', { timeout: 20 }, common.mustCall((err) => {
  assert.strictEqual(err.killed, true);
  assert.strictEqual(err.signal, 'SIGTERM');
  assert.strictEqual(err.code, null);
}));

execFile(process.execPath, ['-e', 'process.stdout.write("y".repeat(100))'], { maxBuffer: 10 },
         common.mustCall((err, stdout) => {
           assert.strictEqual(err.code, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER');
           assert.strictEqual(err.message, 'stdout maxBuffer length exceeded');
           assert.strictEqual(stdout, 'y'.repeat(10));
         }));

util.promisify(exec)('echo promised').then(common.mustCall((result) => {
  assert.deepStrictEqual(result, { stdout: 'promised\n', stderr: '' });
}));
util.promisify(execFile)(process.execPath, ['-e', 'console.error("e"); process.exit(2)'])
  .catch(common.mustCall((err) => {
    assert.strictEqual(err.code, 2);
    assert.strictEqual(err.stdout, '');
    assert.strictEqual(err.stderr, 'e\n');
  }));
const p = util.promisify(exec)('true');
assert.strictEqual(typeof p.child.pid, 'number');
