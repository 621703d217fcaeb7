'use strict';
// The REPL `nodus` starts with no script on a terminal (or with -i): the welcome line, the
// history file, and process exit when the REPL closes.

function start() {
  const repl = require('repl');
  const { setupHistory } = require('internal/repl/history');
  const versions = process.versions;
  const terminal = process.env.NODE_NO_READLINE ? false : Boolean(process.stdout.isTTY);
  process.stdout.write(`Welcome to nodus v${versions.nodus} (Node.js v${versions.node} ` +
    'compatible).\nType ".help" for more information.\n');
  const server = repl.start({
    prompt: '> ',
    input: process.stdin,
    output: process.stdout,
    terminal,
    useGlobal: true,
    ignoreUndefined: false,
    historySize: 0,
  });
  server.historySize = 30;
  try {
    setupHistory(server, process.env);
  } catch (err) {
    process.stdout.write(`${err.message}\n`);
  }
  server.on('exit', () => {
    process.exit();
  });
  // Errors thrown later (timers, callbacks) and unhandled rejections are reported like input
  // errors; the session goes on.
  const report = (err) => {
    server.clearBufferedCommand();
    server._handleError(err);
    server.displayPrompt();
  };
  process.on('uncaughtException', report);
  process.on('unhandledRejection', report);
  return server;
}

module.exports = { start };
