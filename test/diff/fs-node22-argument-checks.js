'use strict';
// Flags: --no-warnings
// Checks node 22 makes: truncate's len (null is no 0; a path is opened first; an fd warns DEP0081),
// rm with recursive and force through a file (ENOTDIR unlink), lstatSync's throwIfNoEntry (ENOENT
// only), statSync's options, readFileSync of a bad fd as utf8 (read).
{
const fs=require('fs'); const f = require('path').join(require('os').tmpdir(), `tr-${process.pid}`); fs.writeFileSync(f,'hello'); const fd=fs.openSync(f,'r+');
process.on('warning', (w) => console.log('warning', w.code));
for (const l of [undefined, null, 0, 2, -1, 1.5, '1', NaN]) { for (const [n,g] of [['truncateSync p', () => fs.truncateSync(f, l)], ['truncateSync fd', () => fs.truncateSync(fd, l)], ['ftruncateSync', () => fs.ftruncateSync(fd, l)], ['truncateSync 9999', () => fs.truncateSync(9999, l)]]) { try { g(); console.log(n, l, 'ok', fs.statSync(f).size); } catch (e) { console.log(n, l, e.code, e.message); } fs.writeFileSync(f,'hello'); } }
try { fs.truncate(f, null, () => {}); } catch (e) { console.log('throw null', e.code); }
try { fs.truncate(f, 'x', () => {}); } catch (e) { console.log('throw x', e.code); }
fs.truncate(fd, 1, (e) => { console.log('cb fd', e, fs.statSync(f).size); fs.closeSync(fd); fs.unlinkSync(f); });

}
setTimeout(() => {
const fs=require('fs'); const d=fs.mkdtempSync(require('path').join(require('os').tmpdir(),'rf-')); process.chdir(d); fs.writeFileSync('f','x');
for (const o of [{}, {force:true}, {recursive:true}, {recursive:true, force:true}]) for (const p of ['f/', 'f/x', 'f/x/y', 'nope/x']) {
  try { fs.rmSync(p, o); console.log(JSON.stringify(o), p, 'ok'); } catch (e) { console.log(JSON.stringify(o), p, e.code, e.syscall, e.message); } }
const async = [[{ force: true }, 'f/'], [{ force: true }, 'f/x'], [{ recursive: true, force: true }, 'f/'], [{ recursive: true, force: true }, 'f/x']];
(function next(i) {
  if (i === async.length) {
    for (const [n, g] of [['lstat f/', () => fs.lstatSync('f/', { throwIfNoEntry: false })], ['stat f/', () => fs.statSync('f/', { throwIfNoEntry: false })],
      ['lstat nope', () => fs.lstatSync('nope', { throwIfNoEntry: false })], ['stat null opts', () => fs.statSync('f', null)],
      ['readFile 9999 utf8', () => fs.readFileSync(9999, 'utf8')], ['readFile 9999', () => fs.readFileSync(9999)]]) {
      try { console.log(n, g()); } catch (e) { console.log(n, e.code, e.syscall, e.message); }
    }
    process.chdir('/'); fs.rmSync(d, { recursive: true });
    return;
  }
  const [o, p] = async[i];
  fs.rm(p, o, (e) => { console.log('cb', JSON.stringify(o), p, e ? `${e.code} ${e.syscall}` : 'ok'); next(i + 1); });
})(0);

}, 200);
