'use strict';
// On a terminal, ctrl-c emits 'SIGINT' when someone listens and closes otherwise; closing
// leaves raw mode; 'end' of the input closes; async iteration yields lines until close.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const readline = require('readline');

function setup() {
  const input = new EventEmitter();
  input.rawModes = [];
  input.isRaw = false;
  input.setRawMode = (mode) => { input.rawModes.push(mode); input.isRaw = mode; };
  input.resume = () => input;
  input.pause = () => input;
  const output = new EventEmitter();
  output.write = () => true;
  const rl = readline.createInterface({ input, output, terminal: true });
  return { input, rl };
}

{
  const { input, rl } = setup();
  assert.deepStrictEqual(input.rawModes, [true]);
  rl.on('SIGINT', common.mustCall(() => {
    assert.strictEqual(rl.line, 'partial');
  }));
  rl.on('close', common.mustNotCall());
  input.emit('data', 'partial\x03');
  rl.removeAllListeners('close');
  rl.close();
  assert.deepStrictEqual(input.rawModes, [true, false]);
}

{
  const { input, rl } = setup();
  rl.on('close', common.mustCall());
  input.emit('data', 'x\x03');
  assert.strictEqual(rl.closed, true);
}

{
  const { input, rl } = setup();
  rl.on('close', common.mustCall());
  input.emit('end');
}

{
  // pause()/resume() events and the input's pause/resume.
  const { input, rl } = setup();
  const calls = [];
  input.pause = () => calls.push('pause');
  input.resume = () => calls.push('resume');
  rl.on('pause', common.mustCall());
  rl.on('resume', common.mustCall());
  rl.pause();
  rl.pause();
  rl.resume();
  assert.deepStrictEqual(calls, ['pause', 'resume']);
  rl.removeAllListeners('pause');
  rl.close();
}

(async () => {
  const input = new EventEmitter();
  input.resume = () => input;
  input.pause = () => input;
  const rl = readline.createInterface({ input, terminal: false });
  const seen = [];
  setImmediate(() => {
    input.emit('data', 'l1\nl2\n');
    input.emit('end');
  });
  for await (const line of rl) seen.push(line);
  assert.deepStrictEqual(seen, ['l1', 'l2']);

  // Leaving the loop early ends the iteration (node 22 leaves the interface open).
  const input2 = new EventEmitter();
  input2.resume = () => input2;
  input2.pause = () => input2;
  const rl2 = readline.createInterface({ input: input2, terminal: false });
  setImmediate(() => input2.emit('data', 'a\nb\n'));
  for await (const line of rl2) {
    assert.strictEqual(line, 'a');
    break;
  }
  assert.notStrictEqual(rl2.closed, true);
  rl2.close();
})().then(common.mustCall());
