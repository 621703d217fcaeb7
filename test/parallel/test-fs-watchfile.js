'use strict';
// fs.watchFile on a missing file calls the listener once with zeroed stats, then again with
// (curr, prev) when the file appears; unwatchFile stops the StatWatcher ('stop').
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = tmpdir.resolve('later.txt');
let calls = 0;
const watcher = fs.watchFile(file, { interval: 20 }, common.mustCall((curr, prev) => {
  calls++;
  assert(curr instanceof fs.Stats);
  assert(prev instanceof fs.Stats);
  if (calls === 1) {
    assert.strictEqual(curr.size, 0);
    assert.strictEqual(curr.isFile(), false);
    assert.strictEqual(curr.mtimeMs, 0);
    fs.writeFileSync(file, 'abc');
    return;
  }
  assert.strictEqual(curr.isFile(), true);
  assert.strictEqual(curr.size, 3);
  assert.strictEqual(prev.size, 0);
  fs.unwatchFile(file);
}, 2));
watcher.on('stop', common.mustCall());
const extra = common.mustNotCall();
assert.strictEqual(fs.watchFile(file, extra), watcher);
fs.unwatchFile(file, extra);
