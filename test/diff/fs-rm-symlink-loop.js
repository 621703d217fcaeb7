'use strict';
// rm through a symlink loop: ELOOP from lstat, except that rmSync with both recursive and force
// names the removal (unlink), as it does for a path through a file; the callback and promise
// forms report lstat.
const fs = require('fs'), os = require('os'), path = require('path');
const d = fs.mkdtempSync(path.join(os.tmpdir(), 'rml-')); process.chdir(d);
fs.symlinkSync('a', 'b'); fs.symlinkSync('b', 'a'); fs.mkdirSync('d'); fs.writeFileSync('d/x', '');
const opts = [{}, { recursive: true }, { force: true }, { recursive: true, force: true }];
for (const p of ['a/x', 'd/../a/x', 'a/x/', 'd/x/y']) {
  for (const o of opts) {
    try { fs.rmSync(p, o); console.log('sync', p, JSON.stringify(o), 'ok'); } catch (e) { console.log('sync', p, JSON.stringify(o), e.code, e.syscall, e.message); }
  }
}
(async () => {
  for (const p of ['a/x', 'd/x/y']) {
    for (const o of opts) {
      await new Promise((r) => fs.rm(p, o, (e) => { console.log('cb', p, JSON.stringify(o), e ? `${e.code} ${e.syscall}` : 'ok'); r(); }));
      await fs.promises.rm(p, o).then(() => console.log('promise', p, 'ok'), (e) => console.log('promise', p, JSON.stringify(o), e.code, e.syscall));
    }
  }
  process.chdir('/'); fs.rmSync(d, { recursive: true, force: true });
})();
