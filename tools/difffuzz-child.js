// Differential fuzzing of child_process argument handling against node 22 with harmless commands
// (echo, printf, true, false, sh -c 'exit N', a missing file) and odd options. Timing decides some
// cases in both runtimes (maxBuffer kills racing the exit, EPIPE on input to a child that exits).
//   usage: <runtime> tools/difffuzz-child.js SEED COUNT [kind,kind...]   (see tools/difffuzz.sh)
'use strict';
const { N, only, rnd, ri, pick } = require('./difffuzz-lib')(500);
const cp = require('child_process');
const cmds = ['echo', 'printf', 'true', 'false', '/bin/echo', 'no-such-command-xyz', '', 'sh', './nope', '/'];
const argsv = () => pick([undefined, [], ['a b'], ['%s|', 'x', 'y'], ['-c', 'exit 3'], ['-c', 'echo $FOO'], ['-c', 'cat'], 'str', [1, 2], [null], ['a\0b'], {}]);
const optsv = () => { const o = {}; for (const [k, vals] of Object.entries({
  cwd: ['/', '/nonexistent-dir', '', 1, 'a\0b'], env: [{ FOO: 'bar' }, {}, { FOO: 1 }, null, 'x', { 'A\0': '1' }], shell: [true, false, '/bin/sh', '/no/shell', 1],
  input: ['in\n', Buffer.from('x'), 1, null], encoding: ['utf8', 'buffer', 'hex', 'bad', null], timeout: [0, -1, 1.5, 'x', 100000], maxBuffer: [0, 1, -1, Infinity, 'x'],
  stdio: ['pipe', 'ignore', ['pipe', 'pipe', 'ignore'], 'bad', [0, 1, 2], 1], argv0: ['zz', 1, ''], killSignal: ['SIGKILL', 9, 'SIGNOPE', -1], windowsHide: [true, 'x'], detached: [false, 1],
})) if (rnd() < 0.2) o[k] = pick(vals); return o; };
const desc = (v) => (v === undefined ? 'U' : Buffer.isBuffer(v) ? `buf:${v}` : v);
const clean = (r) => r && { status: r.status, signal: r.signal, stdout: r.stdout && String(r.stdout), stderr: r.stderr && String(r.stderr).replace(/^\/bin\/sh: \d+: /, 'sh: ').replace(/^sh: line \d+: /, 'sh: '), error: r.error && [r.error.code, r.error.syscall, r.error.path, r.error.spawnargs, r.error.errno] };
const show = (f) => { try { return JSON.stringify(f()); } catch (e) { return `THROW ${e.name} ${e.code} ${e.message}`; } };
const tests = {
  spawnSync: () => { const c = pick(cmds), a = argsv(), o = optsv(); return [c, desc(a), Object.fromEntries(Object.entries(o).map(([k, v]) => [k, desc(v)])), () => clean(cp.spawnSync(c, a, o))]; },
  execFileSync: () => { const c = pick(cmds), a = argsv(), o = optsv(); return [c, desc(a), Object.fromEntries(Object.entries(o).map(([k, v]) => [k, desc(v)])), () => { try { return String(cp.execFileSync(c, a, { ...o, stdio: 'pipe' })); } catch (e) { return ['ERR', e.code, e.status, e.signal, e.message.split('\n')[0]]; } }]; },
  execSync: () => { const c = pick(['echo hi', 'exit 2', 'no-such-command-xyz', '', 'printf %s $FOO', 'echo err 1>&2; exit 1']); const o = optsv(); return [c, Object.fromEntries(Object.entries(o).map(([k, v]) => [k, desc(v)])), () => { try { return String(cp.execSync(c, { ...o, stdio: 'pipe' })); } catch (e) { return ['ERR', e.code, e.status, e.signal, e.message.split('\n')[0]]; } }]; },
};
const names = only ? only.split(',') : Object.keys(tests);
for (let i = 0; i < N; i++) { const n = pick(names); const t = tests[n](); const f = t.pop(); console.log(`${n} ${JSON.stringify(t)} => ${show(f)}`); }
