'use strict';
// Flags: --no-warnings
// rm (and rmdir with recursive) of a directory by a path ending in '.' is refused before anything
// is removed (EINVAL rmdir); one ending in '..' empties the directory it names, as node does.
const fs = require('fs'), os = require('os'), path = require('path');
const d = fs.mkdtempSync(path.join(os.tmpdir(), 'y-')); process.chdir(d);
const setup = () => { fs.rmSync('dd', { recursive: true, force: true }); fs.mkdirSync('dd/sub/deep', { recursive: true }); fs.writeFileSync('dd/f', 'x'); fs.writeFileSync('dd/sub/g', 'x'); };
const ls = () => { try { return fs.readdirSync('dd', { recursive: true }).sort().join(','); } catch (e) { return e.code; } };
for (const p of ['dd/.', 'dd/./', 'dd/..', 'dd/sub/..', 'dd/sub/../', 'dd/sub/./..', './dd', 'dd/./sub', 'dd//.', 'dd/.hidden/..']) {
  setup();
  try { fs.rmSync(p, { recursive: true }); console.log(p, 'ok', ls()); } catch (e) { console.log(p, e.code, e.syscall, e.message, ls()); }
  setup();
  try { fs.rmdirSync(p, { recursive: true }); console.log('rmdir', p, 'ok', ls()); } catch (e) { console.log('rmdir', p, e.code, e.syscall, e.message, ls()); }
}
(async () => {
  for (const p of ['dd/.', 'dd/sub/..']) {
    setup();
    await new Promise((r) => fs.rm(p, { recursive: true }, (e) => { console.log('cb', p, e ? `${e.code} ${e.syscall} ${e.message}` : 'ok', ls()); r(); }));
    setup();
    await fs.promises.rm(p, { recursive: true }).then(() => console.log('p', p, 'ok', ls()), (e) => console.log('p', p, e.code, e.syscall, e.message, ls()));
  }
  process.chdir('/'); fs.rmSync(d, { recursive: true, force: true });
})();
