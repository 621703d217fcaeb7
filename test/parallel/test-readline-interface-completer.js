'use strict';
// Tab completion: one match is inserted, a longer common prefix is inserted, and a second tab
// lists the candidates in columns (groups separated by blank lines).
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const readline = require('readline');

const words = ['alpha', 'alpine', 'beta', 'bolt', 'bring', 'brown', 'cx'];
function completer(line) {
  const word = line.split(' ').pop();
  return [words.filter((w) => w.startsWith(word)), word];
}

function setup(complete = completer, columns = 30) {
  const input = new EventEmitter();
  input.resume = () => input;
  input.pause = () => input;
  const output = new EventEmitter();
  output.columns = columns;
  output.text = '';
  output.write = (s) => { output.text += s; return true; };
  const rl = readline.createInterface({ input, output, terminal: true, completer: complete });
  return { input, output, rl };
}

{
  const { input, output, rl } = setup();
  input.emit('data', 'c');
  input.emit('data', '\t');
  assert.strictEqual(rl.line, 'cx');
  input.emit('data', ' al');
  input.emit('data', '\t');
  assert.strictEqual(rl.line, 'cx alp');
  output.text = '';
  input.emit('data', '\t');
  assert.ok(output.text.startsWith('\r\nalpha   alpine\r\n\r\n'), JSON.stringify(output.text));
  assert.strictEqual(rl.line, 'cx alp');
  rl.close();
}

{
  // Without a common prefix the first tab does nothing, the second lists everything, as many
  // columns as fit.
  const { input, output, rl } = setup();
  input.emit('data', 'b');
  output.text = '';
  input.emit('data', '\t');
  assert.strictEqual(output.text, '');
  input.emit('data', '\t');
  assert.ok(output.text.startsWith('\r\nbeta   bolt   bring  brown\r\n\r\n'),
            JSON.stringify(output.text));
  rl.close();
}

{
  // Empty strings in the list separate groups.
  const { input, output, rl } = setup((line) => [['xaa', 'xab', '', 'xac'], line]);
  input.emit('data', 'x\t');
  input.emit('data', '\t');
  assert.ok(output.text.includes('\r\nxaa  xab\r\n\r\nxac\r\n\r\n'),
            JSON.stringify(output.text));
  rl.close();
}

{
  // A completer taking a callback.
  const { input, rl } = setup(common.mustCall((line, cb) => {
    assert.strictEqual(line, 'he');
    cb(null, [['hello'], 'he']);
  }));
  input.emit('data', 'he\t');
  assert.strictEqual(rl.line, 'hello');
  rl.close();
}

{
  // Without a completer, tab is text.
  const input = new EventEmitter();
  input.resume = () => input;
  input.pause = () => input;
  const output = new EventEmitter();
  output.write = () => true;
  const rl = readline.createInterface({ input, output, terminal: true });
  input.emit('data', 'a\tb');
  assert.strictEqual(rl.line, 'a\tb');
  rl.close();
}
