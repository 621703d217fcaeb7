'use strict';
// fs/promises: FileHandle after close, errors of the promise forms, results' shapes.
const fsp = require('fs/promises');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { print } = require('./_print');
const show = (label, e) => print(label, e.name, e.code, e.syscall, e.message);

(async () => {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'nodus-diff-fsp-'));
  const f = path.join(dir, 'f');
  await fsp.writeFile(f, 'hello world');
  const h = await fsp.open(f, 'r+');
  print('fd', typeof h.fd);
  const r = await h.read(Buffer.alloc(5), 0, 5, 6);
  print('read', r.bytesRead, r.buffer.toString());
  const w = await h.write('HELLO', 0);
  print('write', w.bytesWritten, w.buffer);
  print('stat', (await h.stat()).size, (await h.stat({ bigint: true })).size);
  print('readFile', await h.readFile('utf8'));
  await h.close();
  await h.close();
  print('closed twice');
  for (const m of ['read', 'stat', 'readFile', 'truncate', 'sync']) {
    try {
      await h[m]();
      print(m, 'ok');
    } catch (e) {
      show(m, e);
    }
  }
  print('content', await fsp.readFile(f, 'utf8'));
  await fsp.appendFile(f, '!');
  print('append', await fsp.readFile(f, { encoding: 'latin1' }));
  for (const [label, fn] of [
    ['open', () => fsp.open(path.join(dir, 'no/x'))],
    ['rename', () => fsp.rename(path.join(dir, 'no'), path.join(dir, 'no2'))],
    ['readdir', () => fsp.readdir(f)],
    ['mkdir', () => fsp.mkdir(f)],
    ['rmdir', () => fsp.rmdir(f)],
    ['rm', () => fsp.rm(dir)],
    ['lchmod', () => fsp.lchmod(f, 0o644)],
    ['access', () => fsp.access(f, 'x')],
    ['copyFile', () => fsp.copyFile(f, f, fs.constants.COPYFILE_EXCL)],
    ['readFile-enc', () => fsp.readFile(f, 'nope')],
  ]) {
    try {
      await fn();
      print(label, 'ok');
    } catch (e) {
      show(label, { ...e, name: e.name, message: e.message.split(dir).join('D') });
    }
  }
  await fsp.rm(dir, { recursive: true });
  print('removed', fs.existsSync(dir));
})();
