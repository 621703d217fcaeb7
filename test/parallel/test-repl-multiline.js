'use strict';
// Incomplete input (open blocks, calls, arrays, template literals, comments, strings continued
// with a backslash) gets the `... ` prompt and is evaluated once complete; .break drops it;
// non-recoverable syntax errors are reported at once.
require('../common');
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

function evaluate(...lines) {
  output.text = '';
  for (const line of lines) input.emit('data', `${line}\n`);
  return output.text;
}

assert.strictEqual(evaluate('function ml() {', '  return 3', '}'), '... ... undefined\n> ');
assert.strictEqual(evaluate('ml()'), '3\n> ');
assert.strictEqual(evaluate('[1, 2', ', 3]'), '... [ 1, 2, 3 ]\n> ');
assert.strictEqual(evaluate('`abc', 'def`'), "... 'abc\\ndef'\n> ");
assert.strictEqual(evaluate('Math.max(1,', '5)'), '... 5\n> ');
assert.strictEqual(evaluate('/* a comment', '*/ 4'), '... 4\n> ');
assert.strictEqual(evaluate('"ab\\', 'cd"'), "... 'abcd'\n> ");
assert.strictEqual(evaluate('(function(){', 'foo(', ')})'), '... ... [Function (anonymous)]\n> ');
assert.strictEqual(evaluate('if (true) {', '  "inner"', '}'), "... ... 'inner'\n> ");

// .break (and .clear) abandon the buffered input.
assert.strictEqual(evaluate('{', '.break'), '... > ');
assert.strictEqual(evaluate('foo(', '.clear'), '... > ');
assert.strictEqual(evaluate('7'), '7\n> ');

// An unterminated string without a backslash is an error, not more input.
assert.match(evaluate('"a'), /Uncaught SyntaxError: Invalid or unexpected token\n> $/);
assert.match(evaluate('function () {}'),
             /Uncaught SyntaxError: Function statements require a function name\n> $/);

server.close();
