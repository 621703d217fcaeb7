'use strict';
// question() with an AbortSignal: an aborted signal asks nothing; aborting a pending
// readline/promises question rejects it with an AbortError.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const readline = require('readline');
const readlinePromises = require('readline/promises');

if (typeof AbortController !== 'function') {
  common.skip('needs the AbortController global (not in nodus yet)');
}

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
  const rl = readline.createInterface({ input, output, terminal: false });
  const ac = new AbortController();
  ac.abort();
  rl.question('never? ', { signal: ac.signal }, common.mustNotCall());
  assert.strictEqual(output.text, '');
  rl.close();
}

(async () => {
  const { input, output } = streams();
  const rl = readlinePromises.createInterface({ input, output, terminal: false });
  const ac = new AbortController();
  const answer = rl.question('Q? ', { signal: ac.signal });
  ac.abort();
  await assert.rejects(answer, { name: 'AbortError' });
  rl.on('line', common.mustCall((line) => assert.strictEqual(line, 'later')));
  input.emit('data', 'later\n');
  rl.close();
})().then(common.mustCall());
