'use strict';
// Helpers for the web-*/os-* diff scripts: print() writes one util.format()
// line to stdout; attempt() prints a call's result or its error's name, code
// and message.
const util = require('util');

function print(...args) {
  process.stdout.write(`${util.format(...args)}\n`);
}

function attempt(label, fn) {
  try {
    print(label, 'ok', fn());
  } catch (e) {
    print(label, e.name, e.code, e.message);
  }
}

module.exports = { print, attempt };
