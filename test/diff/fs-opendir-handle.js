'use strict';
// Flags: --no-warnings
// fs.Dir reads the directory through a handle, in batches of bufferSize in the directory's own
// order, as node's does: recursive entries interleave by the same queue of open subdirectories;
// one async operation at a time (later ones wait, sync ones throw); option checks; errors (sync
// opendir names no path); Buffer and URL paths; dispose. (--no-warnings: node warns when it
// collects a handle a failed option check left open, at a time of the GC's choosing.)
const fs = require('fs'), os = require('os'), path = require('path');
const d = fs.mkdtempSync(path.join(os.tmpdir(), 'odh-')); process.chdir(d);
for (let i = 0; i < 70; i++) fs.writeFileSync(`f${i}`, '');
for (const p of ['s/a/b', 's/t/u', 's/z', 'big']) fs.mkdirSync(p, { recursive: true });
for (const f of ['s/a/b/f', 's/a/x', 's/t/u/g', 's/z/h']) fs.writeFileSync(f, '');
for (let i = 0; i < 40; i++) fs.writeFileSync(`big/${i}`, '');
fs.symlinkSync('../t', 's/a/link');
const show = (e) => e === null ? 'null' : `${e.parentPath}/${e.name}${e.isDirectory() ? '/' : e.isSymbolicLink() ? '@' : ''}`;
const drainSync = (dir) => { const out = []; let e; while ((e = dir.readSync()) !== null) out.push(show(e)); dir.closeSync(); return out.join(' '); };
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label, e.name, e.code, e.message, Object.keys(e).join()); } };
t('flat', () => drainSync(fs.opendirSync('.')));
for (const bufferSize of [1, 2, 3, 32, 1000]) {
  t(`recursive ${bufferSize}`, () => drainSync(fs.opendirSync('s', { recursive: true, bufferSize })));
}
t('big 7', () => drainSync(fs.opendirSync('big', { bufferSize: 7 })));
const closing = (dir, f) => { try { return f(dir); } finally { dir.closeSync(); } };
t('buffer encoding', () => closing(fs.opendirSync('s/z', { encoding: 'buffer' }), (dir) => dir.readSync().name));
t('buffer path', () => closing(fs.opendirSync(Buffer.from('s/z')), (dir) => [dir.path, dir.readSync().parentPath]));
t('url path', () => closing(fs.opendirSync(new URL(`file://${d}/s/z`)), (dir) => dir.path === `${d}/s/z`));
t('missing', () => fs.opendirSync('nope'));
t('file', () => fs.opendirSync('f1'));
t('bufferSize 0', () => fs.opendirSync('s', { bufferSize: 0 }));
t('bufferSize 2.5', () => fs.opendirSync('s', { bufferSize: 2.5 }));
t('bufferSize string', () => fs.opendirSync('s', { bufferSize: '8' }));
t('missing before options', () => fs.opendirSync('nope', { bufferSize: 0 }));
t('encoding', () => fs.opendirSync('s', { encoding: 'nope' }));
t('no callback', () => fs.opendir('s'));
t('closed', () => { const dir = fs.opendirSync('s'); dir.closeSync(); return dir.readSync(); });
t('closed twice', () => { const dir = fs.opendirSync('s'); dir.closeSync(); dir.closeSync(); });
t('dispose', () => { const dir = fs.opendirSync('s'); dir[Symbol.dispose](); dir[Symbol.dispose](); return 'ok'; });
t('inspect', () => closing(fs.opendirSync('s'), (dir) => require('util').inspect(dir)));
(async () => {
  await new Promise((resolve) => fs.opendir('nope', (e) => { console.log('cb missing', e.code, e.syscall, e.path, e.message); resolve(); }));
  await fs.promises.opendir('f1').catch((e) => console.log('promise file', e.code, e.syscall, e.message));
  const dir = fs.opendirSync('big', { bufferSize: 4 });
  const order = [];
  dir.read((e, x) => order.push(`cb1 ${show(x)}`));
  dir.read((e, x) => order.push(`cb2 ${show(x)}`));
  t('sync while async', () => dir.readSync());
  t('closeSync while async', () => dir.closeSync());
  const p = dir.read().then((x) => order.push(`p ${show(x)}`));
  dir.close((e) => order.push(`closed ${e}`));
  await p; await new Promise((r) => setTimeout(r, 20));
  console.log(order.join(', '));
  const out = [];
  for await (const e of await fs.promises.opendir('s', { recursive: true, bufferSize: 2 })) out.push(show(e));
  console.log('for await', out.join(' '));
  const early = await fs.promises.opendir('big');
  for await (const e of early) { console.log('first', show(e)); break; }
  await early.close().catch((e) => console.log('close after break', e.code));
  const ad = fs.opendirSync('s');
  await ad[Symbol.asyncDispose](); await ad[Symbol.asyncDispose]();
  await ad.read().catch((e) => console.log('read after asyncDispose', e.code));
  await new Promise((resolve) => ad.close((e) => { console.log('close cb on closed', e.code); resolve(); }));
  t('read bad callback', () => closing(fs.opendirSync('s'), (dir) => dir.read('x')));
  process.chdir('/'); fs.rmSync(d, { recursive: true, force: true });
})();
