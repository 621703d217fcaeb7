'use strict';
// fs.watch reports a new file in a watched directory ('rename' or 'change' with its name), as a
// Buffer with encoding 'buffer'; close() emits 'close' once; an AbortSignal closes the watcher.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const dir = tmpdir.resolve('watched');
fs.mkdirSync(dir);

const watcher = fs.watch(dir, common.mustCallAtLeast((eventType, filename) => {
  assert(eventType === 'rename' || eventType === 'change');
  if (filename !== 'a.txt') return;
  watcher.close();
  watcher.close();
}, 1));
watcher.on('close', common.mustCall(() => {
  const wb = fs.watch(dir, { encoding: 'buffer' });
  wb.on('change', common.mustCallAtLeast((eventType, filename) => {
    assert(Buffer.isBuffer(filename));
    if (filename.toString() !== 'b.txt') return;
    wb.close();
  }, 1));
  wb.on('close', common.mustCall(() => {
    const ac = new AbortController();
    const ws = fs.watch(dir, { signal: ac.signal });
    ws.on('close', common.mustCall());
    ac.abort();
  }));
  fs.writeFileSync(path.join(dir, 'b.txt'), 'b');
}));
assert.strictEqual(watcher.ref(), watcher);
assert.strictEqual(watcher.unref(), watcher);
watcher.ref();
fs.writeFileSync(path.join(dir, 'a.txt'), 'a');
