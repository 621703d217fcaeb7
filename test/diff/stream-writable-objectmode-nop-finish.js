'use strict';
// A sync _write without a write callback settles at once in node 22, except in object mode, where
// the first such write waits for a tick of its own (later ones settle at once while it is
// pending): so end() right after it finishes a tick later, and a write after that end() errors
// the stream before it finishes. Buffer mode is the contrast.
const { Writable } = require('stream');
const out = [];
const cases = [];
for (const objectMode of [true, false]) {
  for (const seq of ['n', 'nn', 'c', 'cn', 'nc', 'ncn', 'nnc']) cases.push({ objectMode, seq, late: false });
  cases.push({ objectMode, seq: 'n', late: true });
}
let pending = cases.length;
for (const { objectMode, seq, late } of cases) {
  const log = [];
  const w = new Writable({ objectMode, write(chunk, enc, cb) { log.push('W'); cb(); } });
  const s = w._writableState;
  for (const ev of ['prefinish', 'finish', 'close', 'error']) w.on(ev, (e) => log.push(ev + (e ? ` ${e.code}` : '')));
  for (const k of seq) {
    w.write(objectMode ? { k } : k, k === 'c' ? () => log.push('cb') : undefined);
    log.push(`${k}:p${s.pendingcb}`);
  }
  w.end((e) => log.push(`endcb ${e ? e.code : ''}`));
  if (late) process.nextTick(() => log.push(`late=${w.write(objectMode ? 1 : 'z', (e) => log.push(`wcb ${e && e.code}`))}`));
  process.nextTick(() => log.push(`t1:p${s.pendingcb}`));
  process.nextTick(() => process.nextTick(() => log.push('t2')));
  setImmediate(() => {
    out.push(`${objectMode ? 'object' : 'buffer'} ${seq}${late ? ' +late write' : ''}: ${log.join(' ')}`);
    if (--pending === 0) console.log(out.join('\n'));
  });
}
