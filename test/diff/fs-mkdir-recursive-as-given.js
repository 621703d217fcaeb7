'use strict';
// fs.mkdir with recursive on the path as given (node 22 does not resolve it): the first directory
// made as spelled, a raw walk up at each '/', errors naming the path as given; realpath('') is
// the cwd for realpathSync and realpath but ENOENT for the native ones; readSync's argument order.
const fs = require('fs'), os = require('os'), path = require('path');
const base = fs.mkdtempSync(path.join(os.tmpdir(), 'mk-'));
process.chdir(base);
fs.writeFileSync('file', '');
const show = (v) => typeof v === 'string' ? v.split(base).join('<base>') : v;
for (const p of ['a', './b', 'c/d/e', 'c/d/f', './g/./h//i/', 'j/../k/l', 'file/x', 'file/x/y', 'a', '', '.', 'm/', path.join(base, 'n/o'), Buffer.from('p/q'), 'ü/x']) {
  try { console.log(JSON.stringify(String(p)).split(base).join('<base>'), show(fs.mkdirSync(p, { recursive: true }))); }
  catch (e) { console.log(JSON.stringify(String(p)), 'throw', e.code, show(e.message), show(e.path)); }
}
const cbs = ['r', './s/t', 'u/./v', 'file/z'];
(function next(i) {
  if (i === cbs.length) {
    fs.promises.mkdir('w/x', { recursive: true }).then((r) => { console.log('p', show(r)); rest(); });
    return;
  }
  fs.mkdir(cbs[i], { recursive: true }, (e, r) => { console.log('cb', cbs[i], e ? e.code + ' ' + show(e.message) : show(r)); next(i + 1); });
})(0);
// After the asynchronous mkdirs (not on a timer: a loaded machine may take longer than one).
function rest() {
  console.log(show(fs.realpathSync('')), show(fs.realpathSync(Buffer.from('')).toString()));
  for (const f of [() => fs.realpathSync.native(''), () => fs.mkdirSync('', { recursive: true })]) {
    try { f(); } catch (e) { console.log(e.code, e.message); }
  }
  fs.realpath('', (e, r) => {
    console.log('realpath cb', e, show(r));
    fs.realpath.native('', (e) => {
      console.log('native cb', e.code);
      fs.rmSync(base, { recursive: true });
    });
  });
  const fd = fs.openSync('file', 'r');
  for (const a of [[100, Buffer.alloc(0), 1, [], 1], [1, Buffer.alloc(0), null, 0, 1.5], [-1, Buffer.alloc(0), undefined, {}, -1],
    [fd, Buffer.alloc(4), null], [fd, Buffer.alloc(4), { length: 0 }], [-1, Buffer.alloc(4), 0, 2, 0], [fd, Buffer.alloc(0), 0, 1],
    [fd, Buffer.alloc(4), 0, 2, 1.5], [fd, Buffer.alloc(4), 0, 2, 2n ** 63n], [fd, Buffer.alloc(4), 'x', 2], [fd, Buffer.alloc(4), 1, 4],
    ['x', Buffer.alloc(4), 0, 1, null], [fd, 'str', 0, 0], [fd, Buffer.alloc(4), 5]]) {
    try { console.log('readSync', fs.readSync(...a)); } catch (e) { console.log('readSync', e.code, e.message); }
  }
  fs.closeSync(fd);
}
