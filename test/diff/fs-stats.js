'use strict';
// Stats and Dirent shapes (types, predicates), deterministic parts only.
const fs = require('fs');
const path = require('path');
const { print } = require('./_print');
const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'nodus-diff-fs-'));
fs.writeFileSync(path.join(dir, 'f'), 'abc');
fs.mkdirSync(path.join(dir, 'd'));
fs.symlinkSync('f', path.join(dir, 'l'));
const st = fs.statSync(path.join(dir, 'f'));
for (const k of ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size', 'blocks',
  'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs', 'atime', 'mtime', 'ctime', 'birthtime']) {
  print(k, typeof st[k], st[k] instanceof Date);
}
print(st.size, st.mode & 0o170000, st.isFile(), st.isDirectory(), st.isSymbolicLink(),
      st.isFIFO(), st.isSocket(), st.isBlockDevice(), st.isCharacterDevice());
const b = fs.statSync(path.join(dir, 'f'), { bigint: true });
print(typeof b.size, b.size, typeof b.mtimeNs, typeof b.mtimeMs, b.isFile(), b.mtime instanceof Date);
print(fs.lstatSync(path.join(dir, 'l')).isSymbolicLink(), fs.statSync(path.join(dir, 'l')).isFile());
const ents = fs.readdirSync(dir, { withFileTypes: true }).sort((a, c) => (a.name < c.name ? -1 : 1));
for (const e of ents) {
  print(e.name, e.isFile(), e.isDirectory(), e.isSymbolicLink(), e.parentPath === dir, e.path === dir);
}
print(fs.readdirSync(dir).sort());
print(Object.keys(fs.constants).length > 40, fs.constants.O_CREAT, fs.constants.S_IFMT,
      fs.constants.COPYFILE_EXCL, fs.constants.UV_FS_COPYFILE_FICLONE);
fs.utimesSync(path.join(dir, 'f'), 1234.5, 1234.5);
const s2 = fs.statSync(path.join(dir, 'f'));
print(s2.mtimeMs, s2.mtime.toISOString(), s2.atimeMs);
fs.rmSync(dir, { recursive: true });
print(fs.existsSync(dir));
