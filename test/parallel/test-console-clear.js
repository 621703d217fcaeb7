'use strict';
// console.clear() moves the cursor home and clears the screen, on a TTY
// only, and not when TERM is 'dumb'.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const { Console } = require('console');

function stream(isTTY) {
  const s = new EventEmitter();
  s.isTTY = isTTY;
  s.chunks = [];
  s.write = (chunk) => {
    s.chunks.push(chunk);
    return true;
  };
  return s;
}

const savedTerm = process.env.TERM;
process.env.TERM = 'xterm';

const tty = stream(true);
new Console(tty).clear();
assert.deepStrictEqual(tty.chunks, ['\x1b[1;1H', '\x1b[0J']);

const pipe = stream(false);
new Console(pipe).clear();
assert.deepStrictEqual(pipe.chunks, []);

process.env.TERM = 'dumb';
const dumb = stream(true);
new Console(dumb).clear();
assert.deepStrictEqual(dumb.chunks, []);

if (savedTerm === undefined) delete process.env.TERM;
else process.env.TERM = savedTerm;
