'use strict';
// clearLine / clearScreenDown / cursorTo / moveCursor write ANSI sequences and call back.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');

function sink() {
  const out = { text: '' };
  out.write = (s, cb) => {
    out.text += s;
    if (typeof cb === 'function') process.nextTick(cb);
    return true;
  };
  return out;
}

function written(fn) {
  const out = sink();
  assert.strictEqual(fn(out), true);
  return out.text;
}

assert.strictEqual(written((s) => readline.clearLine(s, -1)), '\x1b[1K');
assert.strictEqual(written((s) => readline.clearLine(s, 1)), '\x1b[0K');
assert.strictEqual(written((s) => readline.clearLine(s, 0)), '\x1b[2K');
assert.strictEqual(written((s) => readline.clearScreenDown(s)), '\x1b[0J');
assert.strictEqual(written((s) => readline.cursorTo(s, 3)), '\x1b[4G');
assert.strictEqual(written((s) => readline.cursorTo(s, 3, 5)), '\x1b[6;4H');
assert.strictEqual(written((s) => readline.moveCursor(s, 2, -3)), '\x1b[2C\x1b[3A');
assert.strictEqual(written((s) => readline.moveCursor(s, -1, 4)), '\x1b[1D\x1b[4B');
assert.strictEqual(written((s) => readline.moveCursor(s, 0, 0)), '');

// No stream: nothing to do, still true.
assert.strictEqual(readline.clearLine(null, 0), true);
assert.strictEqual(readline.cursorTo(undefined, 1), true);

// Callbacks run.
readline.clearScreenDown(sink(), common.mustCall());
readline.cursorTo(sink(), 1, common.mustCall());
readline.moveCursor(sink(), 0, 0, common.mustCall());

// A row without a column is an error; a non-function callback too.
assert.throws(() => readline.cursorTo(sink(), 'a', 1), { code: 'ERR_INVALID_CURSOR_POS' });
assert.throws(() => readline.clearLine(sink(), 0, 'nope'), { code: 'ERR_INVALID_ARG_TYPE' });

