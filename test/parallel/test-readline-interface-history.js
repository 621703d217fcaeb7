'use strict';
// Terminal history: up/down recall, 'history' events, historySize, removeHistoryDuplicates,
// an initial `history` array, and prefix search of what was typed before pressing up.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const readline = require('readline');

function setup(options = {}) {
  const input = new EventEmitter();
  input.resume = () => input;
  input.pause = () => input;
  const output = new EventEmitter();
  output.columns = 80;
  output.write = () => true;
  const rl = readline.createInterface({ input, output, terminal: true, ...options });
  return { input, rl };
}

const UP = '\x1b[A';
const DOWN = '\x1b[B';

{
  const { input, rl } = setup();
  input.emit('data', 'first\rsecond\rthird\r');
  assert.deepStrictEqual(rl.history, ['third', 'second', 'first']);
  input.emit('data', UP);
  assert.strictEqual(rl.line, 'third');
  assert.strictEqual(rl.cursor, 5);
  input.emit('data', UP + UP);
  assert.strictEqual(rl.line, 'first');
  input.emit('data', UP); // past the oldest: what was typed (nothing)
  assert.strictEqual(rl.line, '');
  input.emit('data', DOWN);
  assert.strictEqual(rl.line, 'first');
  input.emit('data', DOWN);
  assert.strictEqual(rl.line, 'second');
  input.emit('data', DOWN);
  assert.strictEqual(rl.line, 'third');
  input.emit('data', DOWN);
  assert.strictEqual(rl.line, '');
  input.emit('data', '\x10'); // ctrl-p
  assert.strictEqual(rl.line, 'third');
  rl.close();
}

{
  // Blank lines are not remembered, consecutive repeats are kept once.
  const { input, rl } = setup();
  input.emit('data', 'a\r\r   \ra\rb\r');
  assert.deepStrictEqual(rl.history, ['b', 'a']);
  rl.close();
}

{
  // historySize bounds the list; 0 disables history.
  const { input, rl } = setup({ historySize: 2 });
  input.emit('data', '1\r2\r3\r');
  assert.deepStrictEqual(rl.history, ['3', '2']);
  rl.close();
  const s = setup({ historySize: 0 });
  s.input.emit('data', '1\r');
  assert.deepStrictEqual(s.rl.history, []);
  s.rl.close();
}

{
  const { input, rl } = setup({ removeHistoryDuplicates: true });
  input.emit('data', 'x\ry\rx\r');
  assert.deepStrictEqual(rl.history, ['x', 'y']);
  rl.close();
}

{
  // An initial history, and the 'history' event with the new list.
  const { input, rl } = setup({ history: ['old2', 'old1'] });
  rl.once('history', common.mustCall((history) => {
    assert.deepStrictEqual(history, ['new', 'old2', 'old1']);
  }));
  input.emit('data', UP);
  assert.strictEqual(rl.line, 'old2');
  input.emit('data', '\x15new\r');
  rl.close();
}

{
  // Text typed before pressing up narrows the search to entries starting with it.
  const { input, rl } = setup({ history: ['apple', 'banana', 'avocado'] });
  input.emit('data', 'a' + UP);
  assert.strictEqual(rl.line, 'apple');
  input.emit('data', UP);
  assert.strictEqual(rl.line, 'avocado');
  rl.close();
}

{
  // Invalid options.
  const input = new EventEmitter();
  input.resume = () => {};
  assert.throws(() => readline.createInterface({ input, historySize: -1 }),
                { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => readline.createInterface({ input, history: 'x' }),
                { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => readline.createInterface({ input, completer: 'x' }),
                { code: 'ERR_INVALID_ARG_VALUE' });
}
