'use strict';
// repl.start options: prompt (also as the only argument), writer, ignoreUndefined, a custom
// eval (with repl.Recoverable for more input), and displayPrompt().
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const repl = require('repl');

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
  const server = repl.start({
    prompt: 'js$ ', input, output, terminal: false, useGlobal: true,
    writer: (value) => `<<${typeof value}>>`,
    ignoreUndefined: true,
  });
  assert.strictEqual(output.text, 'js$ ');
  output.text = '';
  input.emit('data', '1\nvoid 0\n"s"\n');
  assert.strictEqual(output.text, '<<number>>\njs$ js$ <<string>>\njs$ ');
  server.setPrompt('new> ');
  output.text = '';
  server.displayPrompt();
  assert.strictEqual(output.text, 'new> ');
  server.close();
}

{
  // A custom eval gets the code (with a trailing newline), the context and a file name.
  const { input, output } = streams();
  const seen = [];
  const server = repl.start({
    prompt: '> ', input, output, terminal: false,
    eval: common.mustCall((code, context, file, cb) => {
      seen.push(code);
      assert.strictEqual(typeof file, 'string');
      if (code === 'more\n') return cb(new repl.Recoverable(new SyntaxError('x')));
      if (code === 'fail\n') return cb(new Error('custom failure'));
      cb(null, code.trim().toUpperCase());
    }, 4),
  });
  output.text = '';
  input.emit('data', 'abc\nmore\nend\nfail\n');
  assert.deepStrictEqual(seen, ['abc\n', 'more\n', 'more\nend\n', 'fail\n']);
  assert.match(output.text,
               /^'ABC'\n> \.\.\. 'MORE\\nEND'\n> Uncaught Error: custom failure\n[^]*> $/);
  server.close();
}

{
  // repl.writer is util.inspect with showProxy.
  assert.strictEqual(repl.writer({ a: 1 }), '{ a: 1 }');
  assert.strictEqual(repl.writer.options.showProxy, true);
  assert.strictEqual(repl.writer('s'), "'s'");
  assert.strictEqual(typeof repl.REPLServer, 'function');
}

{
  // REPL_MODE_STRICT: input runs as strict code.
  const { input, output } = streams();
  const server = repl.start({
    prompt: '> ', input, output, terminal: false, useGlobal: true,
    replMode: repl.REPL_MODE_STRICT,
  });
  output.text = '';
  input.emit('data', '(function() { return this })()\nundeclaredInStrictMode = 1\n');
  assert.match(output.text,
               /^undefined\n> Uncaught ReferenceError: undeclaredInStrictMode is not defined\n> $/);
  server.close();
}
