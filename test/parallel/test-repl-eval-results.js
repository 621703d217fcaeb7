'use strict';
// The REPL evaluates each line, prints the result with util.inspect after the prompt, prints
// `undefined` for statements, keeps `var` and function declarations, and shows thrown values
// as `Uncaught ...` without stopping.
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
assert.strictEqual(output.text, '> ');

function evaluate(line) {
  output.text = '';
  input.emit('data', `${line}\n`);
  return output.text;
}

assert.strictEqual(evaluate('1 + 1'), '2\n> ');
assert.strictEqual(evaluate('var replVar = 5'), 'undefined\n> ');
assert.strictEqual(evaluate('replVar * 2'), '10\n> ');
assert.strictEqual(evaluate('function replFn() { return "hi" }'), 'undefined\n> ');
assert.strictEqual(evaluate('replFn()'), "'hi'\n> ");
assert.strictEqual(evaluate('({ a: [1, { b: 2 }], s: "x" })'), "{ a: [ 1, { b: 2 } ], s: 'x' }\n> ");
// A line that looks like a block is first tried as an object literal.
assert.strictEqual(evaluate('{ a: 1 }'), '{ a: 1 }\n> ');
assert.strictEqual(evaluate('{ let q = 3; q }'), '3\n> ');
assert.strictEqual(evaluate('"a".repeat(3)'), "'aaa'\n> ");
assert.strictEqual(evaluate('null'), 'null\n> ');
assert.strictEqual(evaluate('undefined'), 'undefined\n> ');
// An empty line just prompts again.
assert.strictEqual(evaluate(''), '> ');

// Errors: message only for a top-level throw, the user's frames otherwise; primitives inspected.
assert.strictEqual(evaluate('throw new Error("boom")'), 'Uncaught Error: boom\n> ');
assert.strictEqual(evaluate('throw 1'), 'Uncaught 1\n> ');
assert.strictEqual(evaluate('throw "s"'), "Uncaught 's'\n> ");
assert.strictEqual(evaluate('throw null'), 'Uncaught null\n> ');
assert.strictEqual(evaluate('throw { a: 1 }'), 'Uncaught { a: 1 }\n> ');
assert.strictEqual(evaluate('null.x'),
                   "Uncaught TypeError: Cannot read properties of null (reading 'x')\n> ");
assert.strictEqual(evaluate('function thrower() { throw new RangeError("deep") }'),
                   'undefined\n> ');
assert.match(evaluate('thrower()'), /^Uncaught RangeError: deep\n {4}at thrower \(REPL\d+:1:\d+\)\n> $/);
assert.strictEqual(evaluate('const withCode = new Error("e"); withCode.code = "C"; throw withCode'),
                   "Uncaught [Error: e] { code: 'C' }\n> ");
// A syntax error shows the source line and a caret before the message.
assert.match(evaluate(')'), /^\)\n\^+\n\nUncaught SyntaxError: Unexpected token '\)'\n> $/);

// _ is the last result, _error the last error.
evaluate('40 + 2');
assert.strictEqual(evaluate('_'), '42\n> ');
evaluate('throw 7');
assert.strictEqual(evaluate('_error'), '7\n> ');
assert.strictEqual(server.last, 7);

// Assigning _ turns the automatic value off, once, with a notice.
assert.strictEqual(evaluate('_ = "mine"'), "Expression assignment to _ now disabled.\n'mine'\n> ");
evaluate('1 + 2');
assert.strictEqual(evaluate('_'), "'mine'\n> ");
assert.strictEqual(evaluate('_error = 0'), 'Expression assignment to _error now disabled.\n0\n> ');

server.close();
