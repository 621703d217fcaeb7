'use strict';
// replServer.setupHistory(path, cb): the history starts from the file (newest entry first) and
// each new line is written back to it.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const path = require('path');
const repl = require('repl');

let fs;
try {
  fs = require('fs');
} catch {
  common.skip('needs node:fs (not in nodus yet)');
}
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();
const file = path.join(tmpdir.path, 'history');
fs.writeFileSync(file, 'newest\nolder\noldest');

const input = new EventEmitter();
input.resume = () => input;
input.pause = () => input;
input.setRawMode = () => {};
const output = new EventEmitter();
output.columns = 80;
output.write = () => true;
const server = repl.start({ prompt: '> ', input, output, terminal: true, useGlobal: true });

server.setupHistory(file, common.mustCall((err, r) => {
  assert.ifError(err);
  assert.strictEqual(r, server);
  assert.deepStrictEqual(server.history.slice(0, 3), ['newest', 'older', 'oldest']);
  input.emit('data', '\x1b[A');
  assert.strictEqual(server.line, 'newest');
  input.emit('data', '\x15');
  input.emit('data', '6 * 7\r');
  // The file is written soon after the line; wait for it.
  const check = () => {
    const text = fs.readFileSync(file, 'utf8');
    if (!text.startsWith('6 * 7')) return setTimeout(check, 10);
    assert.deepStrictEqual(text.split('\n').slice(0, 4), ['6 * 7', 'newest', 'older', 'oldest']);
    server.close();
  };
  check();
}));
