'use strict';
// 'finish' comes a tick after the last write callback, whether that callback ran on a tick or an immediate.
const { Writable } = require('stream');
for (const mode of ['tick', 'immediate']) {
  const later = mode === 'tick' ? process.nextTick : setImmediate;
  const w = new Writable({ write(c, e, cb) { later(() => { console.log(mode, 'calling cb'); cb(); console.log(mode, 'after cb'); }); } });
  w.on('finish', () => console.log(mode, 'finish'));
  w.on('prefinish', () => console.log(mode, 'prefinish'));
  w.write('a', () => console.log(mode, 'write cb'));
  w.end(() => console.log(mode, 'end cb'));
}
