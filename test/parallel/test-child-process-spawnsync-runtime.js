'use strict';
// spawnSync runs the runtime under test (process.execPath): argv, stdin input, exit status,
// stdout/stderr capture, env and encodings.
require('../common');
const assert = require('assert');
const { spawnSync, execFileSync } = require('child_process');

if (process.argv[2] === 'child') {
  let data = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (d) => { data += d; });
  process.stdin.on('end', () => {
    process.stdout.write(`got:${data}:${process.argv[3]}:${process.env.NODUS_CP_TEST}`);
    process.stderr.write('to stderr');
    process.exitCode = 42;
  });
  return;
}

const r = spawnSync(process.execPath, [__filename, 'child', 'arg'], {
  input: 'hello',
  env: { ...process.env, NODUS_CP_TEST: 'envvalue' },
});
assert.strictEqual(r.status, 42);
assert.strictEqual(r.signal, null);
assert.ok(r.pid > 0);
assert.deepStrictEqual(r.stdout, Buffer.from('got:hello:arg:envvalue'));
assert.strictEqual(r.stderr.toString(), 'to stderr');
assert.strictEqual(r.output[0], null);
assert.strictEqual(r.output[1], r.stdout);
assert.strictEqual(r.output[2], r.stderr);

const utf8 = spawnSync(process.execPath, ['-e', 'process.stdout.write("\u00e9\u4e2d")'],
                       { encoding: 'utf8' });
assert.strictEqual(utf8.stdout, '\u00e9\u4e2d');
assert.strictEqual(utf8.stderr, '');

const hex = spawnSync(process.execPath, ['-e', 'process.stdout.write("AB")'], { encoding: 'hex' });
assert.strictEqual(hex.stdout, '4142');

// A signal ends the child: status null, signal name.
const killed = spawnSync(process.execPath, ['-e', 'process.kill(process.pid, "SIGTERM")']);
assert.strictEqual(killed.status, null);
assert.strictEqual(killed.signal, 'SIGTERM');

assert.strictEqual(execFileSync(process.execPath, ['-p', '6*7'], { encoding: 'utf8' }), '42\n');
