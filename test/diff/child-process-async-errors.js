'use strict';
// spawn/exec/execFile/fork errors and validation: ENOENT, EACCES, exec failures (code, killed,
// signal, cmd), maxBuffer, bad stdio and options, send() argument errors.
const cp = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { print, attempt } = require('./_print');

function errorShape(e) {
  const o = { message: e.message, name: e.name };
  for (const k of Object.keys(e)) o[k] = e[k];
  return o;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-cp-async-'));
fs.writeFileSync(path.join(dir, 'noexec.sh'), '#!/bin/sh\necho hi\n', { mode: 0o644 });

const steps = [
  (next) => {
    const c = cp.spawn('nodus-no-such-command', ['x', 'y']);
    print('pid', c.pid, 'stdio', c.stdio.map((s) => s === null ? null : typeof s));
    c.on('error', (e) => print('enoent', errorShape(e)));
    c.on('close', (code, signal) => { print('enoent close', code, signal); next(); });
  },
  (next) => {
    const c = cp.spawn('./noexec.sh', { cwd: dir, stdio: 'ignore' });
    c.on('error', (e) => print('eacces', errorShape(e)));
    c.on('close', (code, signal) => { print('eacces close', code, signal); next(); });
  },
  (next) => {
    const c = cp.spawn('true', { cwd: path.join(dir, 'missing'), stdio: 'ignore' });
    c.on('error', (e) => print('bad cwd', errorShape(e)));
    c.on('close', (code) => { print('bad cwd close', code); next(); });
  },
  (next) => cp.exec('printf o; printf e >&2; exit 4', (e, so, se) => {
    print('exec fail', errorShape(e), so, se);
    next();
  }),
  (next) => cp.exec('sleep 5', { timeout: 30, killSignal: 'SIGKILL' }, (e) => {
    print('exec timeout', errorShape(e));
    next();
  }),
  (next) => cp.execFile('sh', ['-c', 'printf 0123456789; sleep 5'], { maxBuffer: 4 },
                        (e, so) => {
                          print('maxBuffer', errorShape(e), so);
                          next();
                        }),
  (next) => cp.execFile('sh', ['-c', 'printf 0123456789abc >&2'], { maxBuffer: 4,
                                                                   encoding: 'buffer' },
                        (e, so, se) => {
                          print('maxBuffer stderr', e.message, so, se);
                          next();
                        }),
  (next) => cp.execFile('nodus-no-such-command', (e, so, se) => {
    print('execFile enoent', errorShape(e), JSON.stringify(so), JSON.stringify(se));
    next();
  }),
  (next) => {
    attempt('spawn file', () => cp.spawn(5));
    attempt('spawn stdio', () => cp.spawn('true', { stdio: ['pipe', 'bogus'] }));
    attempt('spawn stdio input', () => cp.spawn('true', { stdio: [Buffer.from('x')] }));
    attempt('spawn two ipc', () => cp.spawn('true', { stdio: ['ipc', 'ipc'] }));
    attempt('spawn signal', () => cp.spawn('true', { signal: {} }));
    attempt('spawn timeout', () => cp.spawn('true', { timeout: 'x' }));
    attempt('spawn killSignal', () => cp.spawn('true', { killSignal: 'nope' }));
    attempt('spawn serialization', () => cp.spawn('true', { stdio: ['ipc'], serialization: 'x' }));
    attempt('fork path', () => cp.fork(5));
    attempt('fork stdio', () => cp.fork('x.js', { stdio: ['pipe', 'pipe', 'pipe'] }));
    attempt('fork stdio string', () => cp.fork('x.js', { stdio: 'bogus' }));
    attempt('fork args', () => cp.fork('x.js', 5));
    attempt('exec command', () => cp.exec(5));
    attempt('exec callback', () => cp.execFile('true', [], {}, 5));
    attempt('execFile options', () => cp.execFile('true', [], 5));
    attempt('execFile maxBuffer', () => cp.execFile('true', { maxBuffer: 'x' }));
    const c = cp.spawn(process.execPath, ['-e', 'process.on("message", () => process.exit())'],
                       { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
    attempt('send undefined', () => c.send());
    attempt('send symbol', () => c.send(Symbol('s')));
    attempt('send fn', () => c.send(() => {}));
    attempt('send options', () => c.send('x', null, 5));
    attempt('send bad handle', () => c.send('x', {}));
    c.on('exit', (code) => {
      print('ipc child exit', code);
      next();
    });
    c.send('go');
  },
];

function next() {
  const step = steps.shift();
  if (step) step(next);
  else fs.rmSync(dir, { recursive: true });
}
next();
