'use strict';
// readline/promises Readline: cursor moves and clears are batched until commit(); rollback()
// drops them.
const common = require('../common');
const assert = require('assert');
const { Readline } = require('readline/promises');

// Readline wants a real Writable, as node's does.
let Writable;
try {
  ({ Writable } = require('stream'));
} catch {
  common.skip('needs node:stream (not in nodus yet)');
}

let text = '';
const out = new Writable({
  write(chunk, encoding, cb) {
    text += chunk;
    cb();
  },
});

(async () => {
  const rl = new Readline(out);
  rl.cursorTo(0, 0).clearScreenDown().moveCursor(1, 1).clearLine(0);
  assert.strictEqual(text, '');
  await rl.commit();
  assert.strictEqual(text, '\x1b[1;1H\x1b[0J\x1b[1C\x1b[1B\x1b[2K');
  rl.cursorTo(5);
  rl.rollback();
  await rl.commit();
  assert.strictEqual(text, '\x1b[1;1H\x1b[0J\x1b[1C\x1b[1B\x1b[2K');
  rl.clearLine(-1).clearLine(1).cursorTo(2);
  await rl.commit();
  assert.strictEqual(text.slice(-12), '\x1b[1K\x1b[0K\x1b[3G');
  assert.throws(() => new Readline({}), { code: 'ERR_INVALID_ARG_TYPE' });
})().then(common.mustCall());
