'use strict';
// fs.realpath (not .native) resolves the path first as node does: '' is the cwd, 'file/' the file,
// 'link/..' lexically; a non-string is made a string; a dangling link or a loop fails its stat.
const fs=require('fs'); const path=require('path'); const d=fs.mkdtempSync(path.join(require('os').tmpdir(),'rp-')); process.chdir(d);
fs.writeFileSync('f','x'); fs.mkdirSync('dir/sub', {recursive:true}); fs.symlinkSync('dir/sub', 'ls'); fs.symlinkSync('nope', 'dangling'); fs.symlinkSync('self', 'self');
const show = (v) => String(v).split(d).join('<d>');
for (const p of ['', '.', 'f/', 'f', 'f/x', 'ls/..', 'ls/../sub', 'dir/sub/../sub', 'dangling', 'self', 'nope', 'dangling/x', Buffer.from('ls'), {}, null, 12])
  for (const m of ['realpathSync', 'native']) {
    try { console.log(m, show(p), show(m === 'native' ? fs.realpathSync.native(p) : fs.realpathSync(p))); } catch (e) { console.log(m, show(p), e.code, e.syscall, show(e.message)); }
  }
const cbs = ['', 'f/', 'ls/..', 'dangling', 'self'];
(function next(i) {
  if (i === cbs.length) { process.chdir('/'); fs.rmSync(d, { recursive: true }); return; }
  fs.realpath(cbs[i], (e, r) => { console.log('cb', cbs[i], e ? `${e.code} ${e.syscall} ${show(e.message)}` : show(r)); next(i + 1); });
})(0);
