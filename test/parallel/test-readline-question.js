'use strict';
// question() shows its query, answers the next line instead of emitting 'line', and restores
// the prompt; readline/promises' question() returns a promise.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const readline = require('readline');
const readlinePromises = require('readline/promises');

function streams() {
  const input = new EventEmitter();
  input.resume = () => input;
  input.pause = () => input;
  const output = new EventEmitter();
  output.text = '';
  output.write = (s) => { output.text += s; return true; };
  return { input, output };
}

{
  const { input, output } = streams();
  const rl = readline.createInterface({ input, output, terminal: false, prompt: 'P> ' });
  rl.on('line', common.mustCall((line) => assert.strictEqual(line, 'after')));
  rl.question('Name? ', common.mustCall((answer) => {
    assert.strictEqual(answer, 'Ada');
    assert.strictEqual(rl.getPrompt(), 'P> ');
  }));
  assert.strictEqual(output.text, 'Name? ');
  assert.strictEqual(rl.getPrompt(), 'Name? ');
  input.emit('data', 'Ada\nafter\n');
  rl.close();
}

{
  // question() on a closed interface.
  const { input, output } = streams();
  const rl = readline.createInterface({ input, output, terminal: false });
  rl.close();
  assert.throws(() => rl.question('x', () => {}), { code: 'ERR_USE_AFTER_CLOSE' });
}

(async () => {
  {
    const { input, output } = streams();
    const rl = readlinePromises.createInterface({ input, output, terminal: false });
    const answer = rl.question('Q? ');
    input.emit('data', 'yes\n');
    assert.strictEqual(await answer, 'yes');
    assert.strictEqual(output.text, 'Q? ');
    rl.close();
  }
  {
    // readline.promises is the same module.
    assert.strictEqual(readline.promises, readlinePromises);
    assert.strictEqual(typeof readlinePromises.Readline, 'function');
  }
})().then(common.mustCall());
