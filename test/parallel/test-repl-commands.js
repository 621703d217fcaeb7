'use strict';
// REPL commands: .help lists them, unknown ones are reported, defineCommand adds one, .exit
// and close() emit 'exit'.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const repl = require('repl');

function start(options = {}) {
  const input = new EventEmitter();
  input.resume = () => input;
  input.pause = () => input;
  const output = new EventEmitter();
  output.text = '';
  output.write = (s) => { output.text += s; return true; };
  const server = repl.start({
    prompt: '> ', input, output, terminal: false, useGlobal: true, ...options,
  });
  const evaluate = (line) => {
    output.text = '';
    input.emit('data', `${line}\n`);
    return output.text;
  };
  return { server, evaluate, output };
}

{
  const { server, evaluate } = start();
  assert.strictEqual(evaluate('.help'), [
    '.break   Sometimes you get stuck, this gets you out',
    '.clear   Alias for .break',
    '.exit    Exit the REPL',
    '.help    Print this help message',
    '.load    Load JS from a file into the REPL session',
    '.save    Save all evaluated commands in this REPL session to a file',
    '',
    'Press Ctrl+C to abort current expression, Ctrl+D to exit the REPL',
    '> ',
  ].join('\n'));
  assert.strictEqual(evaluate('.nope'), 'Invalid REPL keyword\n> ');
  // A number with a leading dot is code, not a command.
  assert.strictEqual(evaluate('.5 + 1'), '1.5\n> ');
  assert.deepStrictEqual(Object.keys(server.commands).sort(),
                         ['break', 'clear', 'exit', 'help', 'load', 'save']);

  server.defineCommand('greet', {
    help: 'Say hello',
    action: common.mustCall(function(name) {
      assert.strictEqual(this, server);
      this.output.write(`Hello, ${name}!\n`);
      this.displayPrompt();
    }),
  });
  assert.strictEqual(evaluate('.greet  Ada'), 'Hello, Ada!\n> ');
  assert.match(evaluate('.help'), /\n\.greet   Say hello\n/);
  // A plain function is an action too.
  server.defineCommand('bye', common.mustCall(function() {
    this.output.write('bye\n');
  }));
  assert.strictEqual(evaluate('.bye'), 'bye\n');

  server.on('exit', common.mustCall());
  evaluate('.exit');
}

{
  // close() emits 'exit' too; the input ending closes the REPL.
  const { server } = start();
  server.on('exit', common.mustCall());
  server.input.emit('end');
}

{
  // .editor exists only on a terminal.
  const { server } = start({ terminal: true });
  assert.strictEqual(typeof server.commands.editor.action, 'function');
  assert.strictEqual(server.commands.editor.help, 'Enter editor mode');
  server.close();
}

{
  // repl.builtinModules lists the modules user code can require, without the internal ones.
  assert.ok(Array.isArray(repl.builtinModules));
  assert.ok(repl.builtinModules.includes('path'));
  assert.ok(repl.builtinModules.includes('events'));
  assert.ok(!repl.builtinModules.some((id) => id.startsWith('_') || id.startsWith('internal/')));
}
