'use strict';
// On a terminal the REPL previews while you type: the value of the expression in grey on the
// line below, and the rest of a completion in grey after the cursor. Enter clears them.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const repl = require('repl');

const input = new EventEmitter();
input.resume = () => input;
input.pause = () => input;
input.setRawMode = () => {};
const output = new EventEmitter();
output.columns = 60;
output.text = '';
output.write = (s) => { output.text += s; return true; };
const server = repl.start({
  prompt: '> ', input, output, terminal: true, useGlobal: true, useColors: true,
});

// Resolves once the output contains `text` (previews may be computed asynchronously).
function waitFor(text) {
  return new Promise((resolve) => {
    const check = () => {
      if (output.text.includes(text)) resolve();
      else setImmediate(check);
    };
    check();
  });
}

(async () => {
  output.text = '';
  input.emit('data', '6 * 7');
  await waitFor('\x1b[90m42\x1b[39m');

  output.text = '';
  input.emit('data', '\r');
  await waitFor('42\x1b[39m\n');
  // The result line is printed in colour (yellow for numbers), after the preview was cleared.
  assert.match(output.text, /\x1b\[33m42\x1b\[39m\n/);

  output.text = '';
  input.emit('data', 'Math.ma');
  await waitFor('\x1b[90mx');
  await waitFor('[Function: max]');
  input.emit('data', '\x15');

  output.text = '';
  input.emit('data', '"ab".repeat(2)');
  await waitFor("\x1b[90m'abab'\x1b[39m");
  input.emit('data', '\x15');
  server.close();
})().then(common.mustCall());
