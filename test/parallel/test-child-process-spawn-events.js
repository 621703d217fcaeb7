'use strict';
// spawn(): 'spawn' before 'exit' before 'close'; stdin/stdout/stderr pipes; pid, exitCode,
// signalCode; 'close' waits for the stdio streams.
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');

if (process.argv[2] === 'child') {
  process.stdin.setEncoding('utf8');
  let data = '';
  process.stdin.on('data', (d) => { data += d; });
  process.stdin.on('end', () => {
    process.stdout.write(data.toUpperCase());
    process.stderr.write('warn');
    process.exitCode = 5;
  });
  return;
}

const child = spawn(process.execPath, [__filename, 'child']);
const events = [];
assert.strictEqual(typeof child.pid, 'number');
assert.strictEqual(child.exitCode, null);
assert.strictEqual(child.signalCode, null);
assert.strictEqual(child.stdio[0], child.stdin);
assert.strictEqual(child.stdio[1], child.stdout);
assert.strictEqual(child.stdio[2], child.stderr);
assert.strictEqual(child.spawnfile, process.execPath);
assert.deepStrictEqual(child.spawnargs, [process.execPath, __filename, 'child']);

let out = '';
let err = '';
child.stdout.setEncoding('utf8');
child.stdout.on('data', (d) => { out += d; });
child.stderr.on('data', (d) => { err += d; });
child.on('spawn', common.mustCall(() => events.push('spawn')));
child.on('exit', common.mustCall((code, signal) => {
  events.push('exit');
  assert.strictEqual(code, 5);
  assert.strictEqual(signal, null);
  assert.strictEqual(child.exitCode, 5);
}));
child.on('close', common.mustCall((code, signal) => {
  events.push('close');
  assert.strictEqual(code, 5);
  assert.strictEqual(signal, null);
  assert.strictEqual(out, 'HELLO CHILD');
  assert.strictEqual(err, 'warn');
  assert.deepStrictEqual(events, ['spawn', 'exit', 'close']);
}));
child.stdin.end('hello child');
