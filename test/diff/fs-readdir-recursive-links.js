'use strict';
// Recursive readdir as node 22 walks: fs and its callback go breadth first and enter symlinks to
// directories (a link cycle ends at ELOOP); fs/promises reads each subdirectory as it meets it
// and goes on with the one read last, entering links only without withFileTypes; opendir enters
// real directories only. Names are encoded first and then joined: a Buffer path or the 'buffer'
// encoding fails in path.join, a hex name is not entered (withFileTypes: its scandir fails).
const fs = require('fs'), os = require('os'), path = require('path');
const d = fs.mkdtempSync(path.join(os.tmpdir(), 'rdl-')); process.chdir(d);
for (const p of ['r/a/b/c', 'r/t/u', 'r/z', 'loop/a', 'empty']) fs.mkdirSync(p, { recursive: true });
for (const f of ['r/a/b/c/f', 'r/a/x', 'r/t/u/g', 'r/z/h', 'loop/a/f']) fs.writeFileSync(f, '');
fs.symlinkSync('../t', 'r/a/link'); fs.symlinkSync('../z/h', 'r/a/flink');
fs.symlinkSync('nowhere', 'r/a/dangling'); fs.symlinkSync('..', 'loop/a/up');
const show = (r) => r.map((e) => (typeof e === 'string' ? e : e instanceof Buffer ? `<${e.toString('hex')}>` :
  `${e.parentPath}/${e.name}${e.isDirectory() ? '/' : e.isSymbolicLink() ? '@' : ''}`)).join(' ');
const sync = (label, f) => { try { console.log(label, show(f())); } catch (e) { console.log(label, e.name, e.code, e.message); } };
sync('sync', () => fs.readdirSync('r', { recursive: true }));
sync('sync types', () => fs.readdirSync('r', { recursive: true, withFileTypes: true }));
sync('sync loop', () => [String(fs.readdirSync('loop', { recursive: true }).length)]);
sync('sync loop types', () => [String(fs.readdirSync('loop', { recursive: true, withFileTypes: true }).length)]);
sync('sync url', () => fs.readdirSync(new URL(`file://${d}/r/t`), { recursive: true }));
sync('sync buffer path', () => fs.readdirSync(Buffer.from('r/t'), { recursive: true }));
sync('sync buffer encoding', () => fs.readdirSync('r/t', { recursive: true, encoding: 'buffer' }));
sync('sync hex', () => fs.readdirSync('r/t', { recursive: true, encoding: 'hex' }));
sync('sync hex types', () => fs.readdirSync('r/t', { recursive: true, encoding: 'hex', withFileTypes: true }));
sync('sync file', () => fs.readdirSync('r/a/x', { recursive: true }));
sync('sync empty buffer path', () => fs.readdirSync(Buffer.from('empty'), { recursive: true }));
sync('opendirSync', () => { const dir = fs.opendirSync('r', { recursive: true }); const out = []; let e; while ((e = dir.readSync())) out.push(e); dir.closeSync(); return out.sort((x, y) => show([x]) < show([y]) ? -1 : 1); });
const cb = (label, opts, p = 'r') => new Promise((resolve) => fs.readdir(p, { recursive: true, ...opts }, (e, r) => {
  console.log(label, e ? `${e.code} ${e.message}` : show(r)); resolve();
}));
const pr = (label, opts, p = 'r') => fs.promises.readdir(p, { recursive: true, ...opts }).then(
  (r) => console.log(label, show(r)), (e) => console.log(label, e.name, e.code, e.message));
(async () => {
  await cb('cb', {});
  await cb('cb types', { withFileTypes: true });
  await cb('cb loop', {}, 'loop');
  await cb('cb hex', { encoding: 'hex' }, 'r/t');
  await cb('cb hex types', { encoding: 'hex', withFileTypes: true }, 'r/t');
  await cb('cb missing', {}, 'nope');
  await pr('promise', {});
  await pr('promise types', { withFileTypes: true });
  await fs.promises.readdir('loop', { recursive: true }).then((r) => console.log('promise loop', r.length));
  await fs.promises.readdir('loop', { recursive: true, withFileTypes: true }).then((r) => console.log('promise loop types', r.length));
  await pr('promise buffer path', {}, Buffer.from('r/t'));
  await pr('promise buffer encoding', { encoding: 'buffer' }, 'r/t');
  await pr('promise hex', { encoding: 'hex' }, 'r/t');
  await pr('promise hex types', { encoding: 'hex', withFileTypes: true }, 'r/t');
  await pr('promise missing', {}, 'nope');
  const out = [];
  for await (const e of await fs.promises.opendir('r', { recursive: true })) out.push(show([e]));
  console.log('opendir', out.sort().join(' '));
  process.chdir('/'); fs.rmSync(d, { recursive: true, force: true });
})();
