'use strict';
// Writable: end() called from inside _write (before its callback, as a protocol parser does when it
// reads a close frame) still emits 'finish' once that write completes, whether the write had a
// callback or not and whether it completed synchronously or later.
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

for (const withCallback of [false, true]) {
  for (const async of [false, true]) {
    const w = new Writable({
      write(chunk, enc, cb) {
        if (String(chunk) === 'close') this.end();
        if (async) setImmediate(cb);
        else cb();
      },
    });
    w.on('finish', common.mustCall(() => {
      assert.strictEqual(w.writableFinished, true);
      assert.strictEqual(w._writableState.pendingcb, 0);
    }));
    w.write('a');
    if (withCallback) w.write('close', common.mustCall());
    else w.write('close');
    assert.strictEqual(w.writableFinished, false);
  }
}
