'use strict';
// readdir recursive (sync, callback, promise) and openAsBlob.
const fs = require('fs'); const path = require('path'); const os = require('os');
const d = fs.mkdtempSync(path.join(os.tmpdir(), 'rd-'));
fs.mkdirSync(path.join(d, 'a/b/c'), { recursive: true });
fs.writeFileSync(path.join(d, 'a/x'), ''); fs.writeFileSync(path.join(d, 'a/b/y'), ''); fs.writeFileSync(path.join(d, 'z'), '');
console.log(fs.readdirSync(d, { recursive: true }).sort());
fs.readdir(d, { recursive: true }, (e, r) => {
  console.log(e, r.sort());
  fs.readdir(d, { recursive: true, withFileTypes: true }, (e2, r2) => {
    console.log(r2.map((x) => [path.relative(d, x.parentPath), x.name, x.isDirectory()]).sort());
    fs.promises.readdir(d, { recursive: true }).then((r3) => {
      console.log(r3.sort());
      fs.rmSync(d, { recursive: true });
      fs.readdir(path.join(d, 'nope'), { recursive: true }, (e3) => console.log(e3.code, e3.syscall));
    });
  });
});
fs.openAsBlob(__filename, { type: 'text/plain' }).then((b) => console.log('blob', b.type, b.size > 0));
try { fs.openAsBlob('/nonexistent'); } catch (e) { console.log(e.message); }
