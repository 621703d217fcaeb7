'use strict';
// spawnSync/execSync/execFileSync results and errors: ENOENT, EACCES, ETIMEDOUT (timeout and
// killSignal), ENOBUFS (maxBuffer), non-zero status, signals, and argument validation.
const cp = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { print, attempt } = require('./_print');

function shape(r) {
  const out = {};
  for (const k of Object.keys(r)) {
    const v = r[k];
    if (k === 'pid') out[k] = typeof v === 'number' && v > 0 ? 'positive' : v;
    else if (k === 'error') out[k] = v && errorShape(v);
    else out[k] = v;
  }
  return out;
}

function errorShape(e) {
  const o = { message: e.message, name: e.name };
  for (const k of Object.keys(e)) {
    if (k === 'error') o[k] = e[k] === e ? '[self]' : e[k];
    else if (k === 'pid') o[k] = e[k] > 0 ? 'positive' : e[k];
    else o[k] = e[k];
  }
  return o;
}

print(shape(cp.spawnSync('nonexistent-cmd-nodus', ['a', 'b'])));
print(shape(cp.spawnSync('nonexistent-cmd-nodus', { encoding: 'utf8' })));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-cp-sync-'));
const noexec = path.join(dir, 'noexec.sh');
fs.writeFileSync(noexec, '#!/bin/sh\necho hi\n', { mode: 0o644 });
print(shape(cp.spawnSync('./noexec.sh', { cwd: dir })));

print(shape(cp.spawnSync('sleep', ['5'], { timeout: 50 })));
print(shape(cp.spawnSync('sleep', ['5'], { timeout: 50, killSignal: 'SIGKILL' })));
print(shape(cp.spawnSync('sleep', ['5'], { timeout: 50, killSignal: 9 })));

const big = cp.spawnSync('sh', ['-c', 'head -c 200000 /dev/zero; sleep 5'], { maxBuffer: 1000 });
print(big.error.code, big.error.syscall, big.signal, big.stdout.length > 1000);
print(shape(cp.spawnSync('sh', ['-c', 'printf abc; exit 4'], { maxBuffer: 3 })));

print(shape(cp.spawnSync('sh', ['-c', 'printf out; printf err >&2; exit 7'],
                         { encoding: 'utf8' })));
print(shape(cp.spawnSync('sh', ['-c', 'kill -USR1 $$'])));
print(shape(cp.spawnSync('cat', { input: 'piped input', stdio: ['pipe', 'pipe', 'ignore'] })));
print(shape(cp.spawnSync('cat', { input: Buffer.from('buf'), encoding: 'latin1' })));
print(shape(cp.spawnSync('sh', ['-c', 'echo $A-$B'], { env: { A: 'x', B: 'y' },
                                                      encoding: 'utf8' })));
print(shape(cp.spawnSync('pwd', { cwd: dir, encoding: 'utf8' })).stdout === `${fs.realpathSync(dir)}\n`);
print(shape(cp.spawnSync('echo', ['a b', 'c'], { shell: true, encoding: 'utf8' })));
print(shape(cp.spawnSync('sh', ['-c', 'echo $0'], { argv0: 'renamed', encoding: 'utf8' })));
print(shape(cp.spawnSync('true', { stdio: 'ignore' })));
print(shape(cp.spawnSync('true', { stdio: 'inherit' })));

try {
  cp.execSync('printf out; printf err >&2; exit 3', { stdio: 'pipe' });
} catch (e) {
  print(errorShape(e));
}
try {
  cp.execSync('exit 5', { encoding: 'utf8', stdio: 'pipe' });
} catch (e) {
  print(errorShape(e));
}
try {
  cp.execFileSync('nonexistent-cmd-nodus', ['x']);
} catch (e) {
  print(errorShape(e));
}
try {
  cp.execFileSync('sleep', ['5'], { timeout: 50 });
} catch (e) {
  print(errorShape(e));
}
print(cp.execSync('echo hello').toString());
print(cp.execFileSync('echo', ['a', 'b'], { encoding: 'utf8' }));
print(cp.execSync('cat', { input: 'from input', encoding: 'utf8' }));

attempt('file number', () => cp.spawnSync(1));
attempt('file empty', () => cp.spawnSync(''));
attempt('file null byte', () => cp.spawnSync('a\u0000b'));
attempt('args bad', () => cp.spawnSync('true', 5));
attempt('args null byte', () => cp.spawnSync('true', ['a\u0000']));
attempt('options bad', () => cp.spawnSync('true', [], 5));
attempt('cwd bad', () => cp.spawnSync('true', { cwd: 5 }));
attempt('timeout bad', () => cp.spawnSync('true', { timeout: -1 }));
attempt('timeout float', () => cp.spawnSync('true', { timeout: 1.5 }));
attempt('maxBuffer bad', () => cp.spawnSync('true', { maxBuffer: -1 }));
attempt('killSignal bad', () => cp.spawnSync('true', { killSignal: 'SIGNOPE' }));
attempt('killSignal type', () => cp.spawnSync('true', { killSignal: {} }));
attempt('stdio bad', () => cp.spawnSync('true', { stdio: 'bogus' }));
attempt('stdio ipc', () => cp.spawnSync('true', { stdio: ['ipc'] }));
attempt('shell bad', () => cp.spawnSync('true', { shell: 5 }));
attempt('uid bad', () => cp.spawnSync('true', { uid: 'x' }));
attempt('gid float', () => cp.spawnSync('true', { gid: 1.5 }));
attempt('argv0 bad', () => cp.spawnSync('true', { argv0: 1 }));
attempt('detached bad', () => cp.spawnSync('true', { detached: 1 }));
attempt('env null byte', () => cp.spawnSync('true', { env: { A: 'a\u0000' } }));
attempt('input bad', () => cp.spawnSync('true', { stdio: [{}, 'pipe', 'pipe'] }));
attempt('execSync bad', () => cp.execSync(5));
attempt('execFileSync options', () => cp.execFileSync('true', [], 'x'));

fs.rmSync(dir, { recursive: true });
