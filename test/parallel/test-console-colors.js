'use strict';
// colorMode: 'auto' colours output only for a TTY stream with more than
// 2 colour-depth bits; true and false force it; inspectOptions.colors too.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const { Console } = require('console');

delete process.env.FORCE_COLOR;

function stream(isTTY, depth) {
  const s = new EventEmitter();
  s.chunks = [];
  s.write = (chunk) => {
    s.chunks.push(chunk);
    return true;
  };
  if (isTTY !== undefined) s.isTTY = isTTY;
  if (depth !== undefined) s.getColorDepth = () => depth;
  return s;
}

const colored = '\x1b[33m1\x1b[39m\n';
const plain = '1\n';

function check(s, options, expected) {
  const c = new Console({ stdout: s, ...options });
  c.log(1);
  assert.strictEqual(s.chunks.pop(), expected);
}

check(stream(true, 8), {}, colored);
check(stream(true, 4), {}, colored);
check(stream(true, 1), {}, plain);
check(stream(true), {}, colored); // a TTY without getColorDepth()
check(stream(false, 24), {}, plain);
check(stream(), {}, plain);
check(stream(true, 8), { colorMode: false }, plain);
check(stream(), { colorMode: true }, colored);
check(stream(), { inspectOptions: { colors: true } }, colored);
check(stream(true, 8), { inspectOptions: { colors: false } }, plain);

// %s, %d and plain strings are not coloured, other inspected values are.
{
  const s = stream();
  new Console({ stdout: s, colorMode: true }).log('%s and %d', 'str', 42, 'x', null);
  assert.strictEqual(s.chunks.pop(), 'str and 42 x \x1b[1mnull\x1b[22m\n');
}

// stderr decides for itself.
{
  const out = stream(true, 8);
  const err = stream(false);
  const c = new Console(out, err);
  c.log(1);
  c.error(1);
  assert.strictEqual(out.chunks.pop(), colored);
  assert.strictEqual(err.chunks.pop(), plain);
}
