'use strict';
// Line editing on a terminal: cursor movement and deletion keys change `line` and `cursor`.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const readline = require('readline');

function setup() {
  const input = new EventEmitter();
  input.resume = () => input;
  input.pause = () => input;
  const output = new EventEmitter();
  output.columns = 80;
  output.written = '';
  output.write = (s) => { output.written += s; return true; };
  const rl = readline.createInterface({ input, output, terminal: true, prompt: '> ' });
  const lines = [];
  rl.on('line', (l) => lines.push(l));
  return { input, output, rl, lines };
}

function state(rl) {
  return [rl.line, rl.cursor];
}

{
  const { input, rl, lines } = setup();
  input.emit('data', 'hello world');
  assert.deepStrictEqual(state(rl), ['hello world', 11]);
  input.emit('data', '\x1b[D\x1b[D'); // left, left
  assert.deepStrictEqual(state(rl), ['hello world', 9]);
  input.emit('data', 'X');
  assert.deepStrictEqual(state(rl), ['hello worXld', 10]);
  input.emit('data', '\x01'); // ctrl-a
  assert.strictEqual(rl.cursor, 0);
  input.emit('data', '\x05'); // ctrl-e
  assert.strictEqual(rl.cursor, 12);
  input.emit('data', '\x1b[H'); // home
  assert.strictEqual(rl.cursor, 0);
  input.emit('data', '\x1b[F'); // end
  assert.strictEqual(rl.cursor, 12);
  input.emit('data', '\x02\x02'); // ctrl-b twice
  assert.strictEqual(rl.cursor, 10);
  input.emit('data', '\x06'); // ctrl-f
  assert.strictEqual(rl.cursor, 11);
  input.emit('data', '\x7f'); // backspace
  assert.deepStrictEqual(state(rl), ['hello worXd', 10]);
  input.emit('data', '\x1b[3~'); // delete
  assert.deepStrictEqual(state(rl), ['hello worX', 10]);
  input.emit('data', '\x08'); // ctrl-h
  assert.deepStrictEqual(state(rl), ['hello wor', 9]);
  input.emit('data', '\r');
  assert.deepStrictEqual(lines, ['hello wor']);
  assert.deepStrictEqual(state(rl), ['', 0]);
  rl.close();
}

{
  const { input, rl } = setup();
  input.emit('data', 'one two three');
  input.emit('data', '\x17'); // ctrl-w: delete the word to the left
  assert.deepStrictEqual(state(rl), ['one two ', 8]);
  input.emit('data', '\x1bb'); // meta-b: a word left
  assert.strictEqual(rl.cursor, 4);
  input.emit('data', '\x0b'); // ctrl-k: delete to the end
  assert.deepStrictEqual(state(rl), ['one ', 4]);
  input.emit('data', 'two three');
  input.emit('data', '\x1b[1;5D'); // ctrl-left
  assert.strictEqual(rl.cursor, 8);
  input.emit('data', '\x15'); // ctrl-u: delete to the start
  assert.deepStrictEqual(state(rl), ['three', 0]);
  input.emit('data', '\x1bf'); // meta-f: a word right
  assert.strictEqual(rl.cursor, 5);
  input.emit('data', '\x01\x1bd'); // start, meta-d: delete the word to the right
  assert.deepStrictEqual(state(rl), ['', 0]);
  rl.close();
}

{
  // ctrl-d deletes to the right on a non-empty line and closes on an empty one.
  const { input, rl } = setup();
  let closed = false;
  rl.on('close', () => { closed = true; });
  input.emit('data', 'ab\x01\x04');
  assert.deepStrictEqual(state(rl), ['b', 0]);
  assert.strictEqual(closed, false);
  input.emit('data', '\x04\x04');
  assert.strictEqual(closed, true);
}

{
  // The prompt and typed text reach the output; getCursorPos counts the prompt.
  const { input, output, rl } = setup();
  rl.prompt();
  input.emit('data', 'abc');
  assert.ok(output.written.includes('> '));
  assert.ok(output.written.includes('abc'));
  assert.deepStrictEqual(rl.getCursorPos(), { rows: 0, cols: 5 });
  // Text longer than the terminal is wide wraps onto further rows.
  input.emit('data', 'x'.repeat(80));
  assert.deepStrictEqual(rl.getCursorPos(), { rows: 1, cols: 5 });
  rl.close();
}

{
  // Characters outside the BMP move and delete as one.
  const { input, rl } = setup();
  input.emit('data', 'a\u{1F600}');
  assert.strictEqual(rl.cursor, 3);
  input.emit('data', '\x1b[D');
  assert.strictEqual(rl.cursor, 1);
  input.emit('data', '\x1b[C\x7f');
  assert.deepStrictEqual(state(rl), ['a', 1]);
  rl.close();
}

{
  // Pasted text with line breaks submits each line.
  const { input, rl, lines } = setup();
  input.emit('data', 'first\rsecond\r');
  assert.deepStrictEqual(lines, ['first', 'second']);
  rl.close();
}
