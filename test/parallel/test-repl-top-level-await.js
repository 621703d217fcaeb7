'use strict';
// `await` at the top level of REPL input: the result is printed when the promise settles,
// declarations stay visible to later input, and rejections are reported as Uncaught.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const repl = require('repl');

const input = new EventEmitter();
input.resume = () => input;
input.pause = () => input;
const output = new EventEmitter();
output.text = '';
output.write = (s) => { output.text += s; return true; };
const server = repl.start({ prompt: '> ', input, output, terminal: false, useGlobal: true });

// Sends one line and resolves with what was printed once the next prompt appears.
function evaluate(line) {
  output.text = '';
  input.emit('data', `${line}\n`);
  return new Promise((resolve) => {
    const check = () => {
      if (output.text.endsWith('> ')) resolve(output.text);
      else setImmediate(check);
    };
    check();
  });
}

(async () => {
  assert.strictEqual(await evaluate('await Promise.resolve(41 + 1)'), '42\n> ');
  assert.strictEqual(await evaluate('let tlaLet = await Promise.resolve(7)'), 'undefined\n> ');
  assert.strictEqual(await evaluate('tlaLet'), '7\n> ');
  assert.strictEqual(await evaluate('const { tlaA, tlaB: [tlaC] } = await ({ tlaA: 1, tlaB: [2] })'),
                     'undefined\n> ');
  assert.strictEqual(await evaluate('tlaA + tlaC'), '3\n> ');
  assert.strictEqual(await evaluate('var tlaVar = await 5; tlaVar * 2'), '10\n> ');
  assert.strictEqual(await evaluate('tlaVar'), '5\n> ');
  assert.strictEqual(await evaluate('function tlaFn() { return 9 } await tlaFn()'), '9\n> ');
  assert.strictEqual(await evaluate('tlaFn()'), '9\n> ');
  assert.strictEqual(await evaluate('await new Promise((r) => setTimeout(r, 1, "later"))'),
                     "'later'\n> ");
  assert.match(await evaluate('await Promise.reject(new Error("nope"))'),
               /^Uncaught Error: nope\n(?: {4}at .*\n)*> $/);
  assert.strictEqual(await evaluate('_error.message'), "'nope'\n> ");
  // await inside a non-async function is still an error.
  assert.match(await evaluate('function bad() { await 1 }'),
               /SyntaxError/);
  server.close();
})().then(common.mustCall());
