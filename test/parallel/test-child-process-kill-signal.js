'use strict';
// kill() sends SIGTERM by default (or the given signal) and sets killed; the child ends with
// signalCode set and exitCode null; timeout + killSignal and an AbortSignal kill too.
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');

const keepAlive = ['-e', 'setInterval(() => {}, 1000)'];

{
  const child = spawn(process.execPath, keepAlive);
  child.on('spawn', common.mustCall(() => {
    assert.strictEqual(child.killed, false);
    assert.strictEqual(child.kill(), true);
    assert.strictEqual(child.killed, true);
  }));
  child.on('exit', common.mustCall((code, signal) => {
    assert.strictEqual(code, null);
    assert.strictEqual(signal, 'SIGTERM');
    assert.strictEqual(child.signalCode, 'SIGTERM');
    assert.strictEqual(child.exitCode, null);
  }));
}

{
  const child = spawn(process.execPath, keepAlive);
  child.on('spawn', common.mustCall(() => child.kill('SIGKILL')));
  child.on('exit', common.mustCall((code, signal) => assert.strictEqual(signal, 'SIGKILL')));
}

{
  const child = spawn(process.execPath, keepAlive, { stdio: 'ignore' });
  assert.throws(() => child.kill('SIGNOPE'), { code: 'ERR_UNKNOWN_SIGNAL', name: 'TypeError' });
  child.kill(9);
}

{
  const child = spawn(process.execPath, keepAlive, { timeout: 10, killSignal: 'SIGINT' });
  child.on('exit', common.mustCall((code, signal) => assert.strictEqual(signal, 'SIGINT')));
}

{
  const ac = new AbortController();
  const child = spawn(process.execPath, keepAlive, { signal: ac.signal });
  child.on('error', common.mustCall((err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
  }));
  child.on('exit', common.mustCall((code, signal) => assert.strictEqual(signal, 'SIGTERM')));
  child.on('spawn', () => ac.abort());
}
