'use strict';
// fs.read's callback forms and argument checks in node 22's order (a zero length calls back with 0
// before the fd, position or buffer size are looked at).
const fs = require('fs'), os = require('os'), path = require('path');
const f = path.join(os.tmpdir(), `read-order-${process.pid}.txt`); fs.writeFileSync(f, 'hello');
const fd = fs.openSync(f, 'r');
const cases = [[100, Buffer.alloc(0), 1, [], 1], [fd, Buffer.alloc(0), null, 0, 1.5], [-1, Buffer.alloc(0), undefined, {}, -1],
  [fd, Buffer.alloc(4), null], [fd, Buffer.alloc(4), { length: 0 }], [-1, Buffer.alloc(4), 0, 2, 0], [fd, Buffer.alloc(0), 0, 1],
  [fd, Buffer.alloc(4), 0, 2, 1.5], [fd, Buffer.alloc(4), 0, 2, 2n ** 63n], [fd, Buffer.alloc(4), 'x', 2, 0], [fd, Buffer.alloc(4), 1, 4, 0],
  [fd, 'str', 0, 0, 0], [fd, Buffer.alloc(4), 5], [fd, { buffer: Buffer.alloc(3) }], [fd], [fd, Buffer.alloc(4), { offset: 1 }], [fd, Buffer.alloc(4), 0, 2, null]];
let i = 0;
function next() {
  if (i >= cases.length) { fs.closeSync(fd); fs.unlinkSync(f); return; }
  const a = cases[i++];
  try {
    fs.read(...a, (e, n, b) => { console.log(i, 'cb', e ? e.code : n, b && b.length); next(); });
  } catch (e) { console.log(i, 'throw', e.code, e.message); next(); }
}
next();
// access/copyFile modes: node names the allowed range only for a finite number.
for (const m of [Infinity, -Infinity, NaN, 7.9, -0.5, -1.5, 2 ** 32, null, '1']) {
  try { fs.accessSync(os.tmpdir(), m); console.log('access', m, 'ok'); } catch (e) { console.log('access', m, e.code, e.message); }
}
