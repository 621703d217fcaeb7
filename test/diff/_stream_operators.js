'use strict';
// Helpers for the stream-operators-* diff scripts: an event log, a counted wait of setImmediate
// turns, a source Readable logging its _read, close and error, and a runner printing each
// case's log on one line.
const { Readable } = require('stream');
const log = [];
const L = (s) => log.push(s);
async function tick(n) {
  for (let i = 0; i < n; i++) { await new Promise((r) => setImmediate(r)); L(`-- ${i}`); }
}
function src(name, n) {
  let i = 0;
  const r = new Readable({
    objectMode: true, highWaterMark: 1,
    read() { L(`${name}:_read ${i}`); this.push(i < n ? i++ : null); },
  });
  r.on('close', () => L(`${name}:close`));
  r.on('error', (e) => L(`${name}:error ${e.name}`));
  return r;
}
async function run(cases) {
  for (const [k, f] of Object.entries(cases)) {
    log.length = 0;
    await f();
    console.log(`${k}: ${log.join(' | ')}`);
  }
}
module.exports = { L, tick, src, run };
