'use strict';
// A non-terminal Interface splits its input on \n, \r\n and \r, across chunk boundaries, and
// emits 'close' at the end of input after the last partial line.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const readline = require('readline');

function fakeInput() {
  const input = new EventEmitter();
  input.resume = () => input;
  input.pause = () => input;
  return input;
}

{
  const input = fakeInput();
  const rl = readline.createInterface({ input, terminal: false });
  const lines = [];
  rl.on('line', (line) => lines.push(line));
  rl.on('close', common.mustCall(() => {
    assert.deepStrictEqual(lines, ['one', 'two', 'three', '', 'four', 'fi', 've', 'tail']);
  }));
  input.emit('data', 'one\ntwo\r\nthree\n\nfo');
  input.emit('data', 'ur\n');
  input.emit('data', 'fi\rve\n');
  input.emit('data', 'tail');
  assert.notStrictEqual(rl.closed, true);
  input.emit('end');
  assert.strictEqual(rl.closed, true);
}

{
  // \r at the end of one chunk and \n at the start of the next make one line break.
  const input = fakeInput();
  const rl = readline.createInterface({ input, terminal: false, crlfDelay: Infinity });
  const lines = [];
  rl.on('line', (line) => lines.push(line));
  input.emit('data', 'a\r');
  input.emit('data', '\nb\n');
  assert.deepStrictEqual(lines, ['a', 'b']);
  rl.close();
}

{
  // Bytes are decoded as UTF-8, even when a character is split between chunks.
  const input = fakeInput();
  const rl = readline.createInterface({ input, terminal: false });
  const lines = [];
  rl.on('line', (line) => lines.push(line));
  const bytes = new TextEncoder().encode('caf\u00e9\n');
  input.emit('data', bytes.subarray(0, 4));
  input.emit('data', bytes.subarray(4));
  assert.deepStrictEqual(lines, ['caf\u00e9']);
  rl.close();
}

{
  // The output gets the prompt; input is not echoed without a terminal.
  const input = fakeInput();
  const written = [];
  const output = new EventEmitter();
  output.write = (s) => { written.push(s); return true; };
  const rl = readline.createInterface({ input, output, terminal: false, prompt: '$ ' });
  assert.strictEqual(rl.terminal, false);
  assert.strictEqual(rl.getPrompt(), '$ ');
  rl.prompt();
  rl.setPrompt('# ');
  rl.prompt();
  input.emit('data', 'hi\n');
  assert.deepStrictEqual(written, ['$ ', '# ']);
  rl.close();
}

{
  // close() emits 'close' once and pauses the input; 'line' after close is not emitted.
  const input = fakeInput();
  let paused = 0;
  input.pause = () => { paused++; return input; };
  const rl = readline.createInterface({ input, terminal: false });
  rl.on('line', common.mustNotCall());
  rl.on('close', common.mustCall());
  rl.on('pause', common.mustCall());
  rl.close();
  rl.close();
  assert.strictEqual(paused, 1);
  input.emit('data', 'late\n');
}

{
  // write() feeds the interface as if the text came from the input.
  const input = fakeInput();
  const rl = readline.createInterface({ input, terminal: false });
  rl.on('line', common.mustCall((line) => assert.strictEqual(line, 'typed')));
  rl.write('typed\n');
  rl.close();
}
