// fs.watch/watchFile: error objects and messages, the FSWatcher/StatWatcher event sequence of a
// file that appears later, and fs.promises.watch argument errors.
'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'w-'));
const hide = (s) => String(s).split(dir).join('<d>');
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, hide(e.message), e.filename && hide(e.filename));
for (const f of [() => fs.watch(path.join(dir, 'nope')), () => fs.watch(dir, { encoding: 'nope' }),
  () => fs.watchFile(dir), () => fs.watch(1), () => fs.watch(dir, { recursive: 1 }),
  () => fs.watch(dir, { signal: 1 }), () => fs.watch(dir, { encoding: 1 }),
  () => fs.watchFile(dir, { interval: -1 }, () => {}), () => fs.unwatchFile(1),
  () => fs.watch(path.join(dir, 'nope'), { recursive: true })]) {
  try {
    const w = f();
    console.log('no throw', typeof w);
    if (w && w.close) w.close();
  } catch (e) {
    show(e);
  }
}
const w = fs.watch(dir);
console.log(Object.keys(w), typeof w.close, typeof w.ref, typeof w.unref);
w.on('close', () => console.log('close'));
w.close();
w.close();
const later = path.join(dir, 'later');
const sw = fs.watchFile(later, { interval: 20 }, (c, p) => {
  console.log('watchFile', c.isFile(), c.size, p.isFile(), p.size, p.mtimeMs, c.nlink, p.nlink);
  if (!c.isFile() && !p.isFile()) {
    fs.writeFileSync(later, 'abc');
    return;
  }
  fs.unwatchFile(later);
});
console.log(Object.keys(sw));
sw.on('stop', async () => {
  console.log('stop');
  for (const opts of [{ maxQueue: 'x' }, { overflow: 'x' }, { signal: 1 }, { encoding: 'nope' }]) {
    try {
      await fs.promises.watch(dir, opts).next();
    } catch (e) {
      show(e);
    }
  }
  fs.rmSync(dir, { recursive: true });
});
