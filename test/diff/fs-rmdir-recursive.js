'use strict';
// Flags: --no-warnings
// fs.rmdir with recursive removes a directory tree and nothing else (a file or a symlink is
// ENOTDIR, not deleted), warns DEP0147 once; its options are checked without recursive too.
const fs = require('fs'), os = require('os'), path = require('path');
const base = fs.mkdtempSync(path.join(os.tmpdir(), 'rd-')); process.chdir(base);
fs.writeFileSync('file', ''); fs.mkdirSync('dir/sub', { recursive: true }); fs.symlinkSync('dir', 'link'); fs.symlinkSync('loop', 'loop');
process.on('warning', (w) => console.log('warning', w.code));
for (const p of ['missing', 'file', 'link', 'loop', 'dir']) {
  try { console.log(p, fs.rmdirSync(p, { recursive: true })); } catch (e) { console.log(p, e.code, e.syscall, e.message); }
}
fs.mkdirSync('dir2/sub', { recursive: true });
const ps = ['missing', 'file', 'link', 'loop', 'dir2'];
(function next(i) {
  if (i === ps.length) { console.log(fs.readdirSync('.').sort()); fs.rmSync(base, { recursive: true }); return; }
  fs.rmdir(ps[i], { recursive: true }, (e) => { console.log('cb', ps[i], e ? `${e.code} ${e.syscall} ${e.message}` : 'ok'); next(i + 1); });
})(0);
setTimeout(async () => {
  const b2 = fs.mkdtempSync(path.join(os.tmpdir(), 'rd2-'));
  fs.writeFileSync(path.join(b2, 'f'), ''); fs.mkdirSync(path.join(b2, 'd/e'), { recursive: true });
  for (const [p, o] of [['f', { recursive: true }], ['d', { recursive: true }], ['missing', undefined], ['f', []], ['f', { recursive: 0 }]])
    await fs.promises.rmdir(path.join(b2, p), o).then((r) => console.log('p', p, r), (e) => console.log('p', p, e.code, e.message.split(b2).join('<b>')));
  fs.rmSync(b2, { recursive: true });
}, 200);
