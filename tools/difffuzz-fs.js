// Differential fuzzing of synchronous fs calls against node 22: random operations with odd
// arguments on a scratch directory (relative paths, so messages match), printing results or
// error code/message/syscall/errno. (No cpSync: node 22 aborts on some of its cases.) Known
// differences left (node 22.23.5): readdir with recursive descends into symlinked directories in
// node, not in nodus; reads of fd 100 depend on which fds each runtime has open; buffer results
// hold the scratch directory's random name. Run it with TMPDIR set to a directory of its own.
//   usage: <runtime> tools/difffuzz-fs.js SEED COUNT [op,op...]   (see tools/difffuzz.sh)
'use strict';
const { N, only, rnd, ri, pick, visible } = require('./difffuzz-lib')(2000);
const fs = require('fs'); const os = require('os'); const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'difffuzz-fs-'));
process.chdir(dir);
process.on('exit', () => { process.chdir('/'); fs.rmSync(dir, { recursive: true, force: true }); });
// Names stay inside the scratch directory: no '..' and no absolute paths (a recursive rm or a
// chmod of '..' would reach the directory above).
const names = ['a', 'b', 'd', 'd/e', 'd/e/f', 'link', 'loop', '', '.', 'a/x', 'nope', 'd/', './a', 'a\0b', 'ü',
  Buffer.from('a'), 9999, null, {}];  // (9999: a closed fd; 0-2 would be stdio)
const p = () => pick(names);
const anyv = () => pick([undefined, null, 0, -1, 1, 1.5, 2 ** 32, NaN, '1', 'r', true, {}, [], 10n, -1n]);
const show = (f) => { try { const v = f(); return JSON.stringify(v, (k, x) => typeof x === 'bigint' ? `${x}n` : x instanceof Buffer ? `buf:${x.toString('hex')}` : x); } catch (e) { return `THROW ${e.name} ${e.code} ${e.syscall ?? ''} ${e.errno ?? ''} ${e.message}`; } };
const desc = (v) => v === undefined ? 'U' : typeof v === 'bigint' ? `${v}n` : v instanceof URL ? `url:${v.href}` : Buffer.isBuffer(v) ? `buf:${v}` : v;
const statv = (s) => s && [s.isFile(), s.isDirectory(), s.isSymbolicLink(), typeof s.size, s.nlink > 0];
const ops = {
  writeFile: () => { const a = [p(), pick(['x', '', Buffer.from('yz'), 1, null]), pick([undefined, 'utf8', 'hex', 'bad', { flag: pick(['w', 'a', 'wx', 'r', 'q']) }, { mode: anyv() }, { encoding: 'base64' }])]; return [a.map(desc), () => fs.writeFileSync(...a)]; },
  readFile: () => { const a = [p(), pick([undefined, 'utf8', 'hex', 'bad', { flag: pick(['r', 'w+', 'x']) }, { encoding: null }, anyv()])]; return [a.map(desc), () => fs.readFileSync(...a)]; },
  mkdir: () => { const a = [p(), pick([undefined, { recursive: true }, { recursive: false, mode: 0o700 }, 0o755, '777', anyv()])]; return [a.map(desc), () => fs.mkdirSync(...a)]; },
  readdir: () => { const a = [p(), pick([undefined, { withFileTypes: true }, { recursive: true }, 'buffer', anyv()])]; return [a.map(desc), () => { const r = fs.readdirSync(...a); return Array.isArray(r) ? r.map((x) => (typeof x === 'object' && x && 'name' in x ? [x.name, x.isDirectory()] : x)).sort() : r; }]; },
  stat: () => { const f = pick(['statSync', 'lstatSync']); const a = [p(), pick([undefined, { bigint: true }, { throwIfNoEntry: false }, anyv()])]; return [f, a.map(desc), () => statv(fs[f](...a))]; },
  open: () => { const a = [p(), pick(['r', 'w', 'a+', 'wx', 'rs+', 'x', 0, 66, -1, undefined, 'r+', anyv()]), pick([undefined, 0o600, '644', -1, anyv()])]; return [a.map(desc), () => { const fd = fs.openSync(...a); fs.closeSync(fd); return 'fd'; }]; },
  rm: () => { const a = [p(), pick([undefined, { recursive: true }, { force: true }, { recursive: true, force: true }, { maxRetries: -1 }, anyv()])]; return [a.map(desc), () => fs.rmSync(...a)]; },
  rmdir: () => { const a = [p(), pick([undefined, { recursive: true }, anyv()])]; return [a.map(desc), () => fs.rmdirSync(...a)]; },
  unlink: () => { const a = [p()]; return [a.map(desc), () => fs.unlinkSync(...a)]; },
  rename: () => { const a = [p(), p()]; return [a.map(desc), () => fs.renameSync(...a)]; },
  copy: () => { const a = [p(), p(), pick([undefined, 0, fs.constants.COPYFILE_EXCL, 8, -1, anyv()])]; return [a.map(desc), () => fs.copyFileSync(...a)]; },
  symlink: () => { const a = [pick(['a', 'd', 'loop', 'nope']), pick(['link', 'loop', 'd/l'])]; return [a, () => fs.symlinkSync(...a)]; },
  realpath: () => { const a = [p(), pick([undefined, 'buffer', { encoding: 'hex' }, anyv()])]; return [a.map(desc), () => fs.realpathSync(...a)]; },
  truncate: () => { const a = [p(), anyv()]; return [a.map(desc), () => fs.truncateSync(...a)]; },
  access: () => { const a = [p(), pick([undefined, fs.constants.R_OK, fs.constants.W_OK | fs.constants.X_OK, 8, -1, anyv()])]; return [a.map(desc), () => fs.accessSync(...a)]; },
  exists: () => { const a = [p()]; return [a.map(desc), () => fs.existsSync(...a)]; },
  chmod: () => { const a = [p(), anyv()]; return [a.map(desc), () => fs.chmodSync(...a)]; },
  readSync: () => { const b = Buffer.alloc(pick([0, 4, 8])); const a = [pick([0, 1, -1, 100, 'x']), b, anyv(), anyv(), anyv()]; return [a.map(desc), () => { let fd = -1; try { fd = fs.openSync('a', 'r'); } catch {} const r = fs.readSync(fd >= 0 && a[0] === 0 ? fd : a[0], ...a.slice(1)); if (fd >= 0) fs.closeSync(fd); return [r, b.toString('hex')]; }]; },
  utimes: () => { const a = [p(), anyv(), anyv()]; return [a.map(desc), () => fs.utimesSync(...a)]; },
};
const shown = (s) => visible(s).split(dir).join('<dir>');  // the scratch directory's name varies
const opNames = only ? only.split(',') : Object.keys(ops);
for (let i = 0; i < N; i++) { const n = pick(opNames); const t = ops[n](); const f = t.pop(); console.log(shown(`${n} ${JSON.stringify(t, (k, x) => (typeof x === "bigint" ? `${x}n` : x))} => ${show(f)}`)); }
