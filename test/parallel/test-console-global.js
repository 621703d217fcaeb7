'use strict';
// The global console: require('console') is it, methods work detached,
// streams are process.stdout/process.stderr, console.Console, shape.
require('../common');
const assert = require('assert');

assert.strictEqual(require('console'), console);
assert.strictEqual(require('node:console'), console);
const { Console } = require('console');
assert.strictEqual(console.Console, Console);
assert.strictEqual(typeof Console, 'function');
assert.strictEqual(Console.length, 1);
assert.ok(console instanceof Console);
assert.notStrictEqual(Object.getPrototypeOf(console), Console.prototype);
assert.strictEqual(Object.getPrototypeOf(Object.getPrototypeOf(console)), Object.prototype);
assert.strictEqual(Object.prototype.toString.call(console), '[object console]');

assert.strictEqual(console._stdout, process.stdout);
assert.strictEqual(console._stderr, process.stderr);

const names = ['log', 'info', 'debug', 'warn', 'error', 'dir', 'time', 'timeEnd', 'timeLog',
               'trace', 'assert', 'clear', 'count', 'countReset', 'group', 'groupEnd', 'table',
               'dirxml', 'groupCollapsed'];
assert.deepStrictEqual(Object.keys(Console.prototype), names);
const keys = Object.keys(console);
assert.deepStrictEqual(keys.slice(0, names.length + 1), [...names, 'Console']);
for (const name of names) {
  assert.strictEqual(typeof console[name], 'function');
  assert.strictEqual(console[name].name, name);
  assert.strictEqual(console[name].length, 0);
}
for (const name of ['profile', 'profileEnd', 'timeStamp', 'context', 'createTask']) {
  assert.ok(keys.includes(name), name);
  assert.strictEqual(typeof console[name], 'function');
}

// Detached calls write through the global console's streams.
const writes = [];
const realWrite = process.stdout.write;
process.stdout.write = function(chunk) {
  writes.push(chunk);
  return true;
};
try {
  const { log, info, dirxml, table, count, group, groupEnd } = console;
  log('a %s', 'b');
  info(1);
  dirxml({ x: 1 });
  group('g');
  count('detached');
  groupEnd();
  table(['v']);
} finally {
  process.stdout.write = realWrite;
}
assert.deepStrictEqual(writes.slice(0, 5), ['a b\n', '1\n', '{ x: 1 }\n', 'g\n', '  detached: 1\n']);
assert.strictEqual(writes.length, 6);
assert.match(writes[5], /^\u250c[\s\S]*\u2502 0       \u2502 'v'    \u2502\n\u2514[\s\S]*\u2518\n$/);

const errWrites = [];
const realErrWrite = process.stderr.write;
process.stderr.write = function(chunk) {
  errWrites.push(chunk);
  return true;
};
try {
  const { warn, error, assert: consoleAssert, trace } = console;
  warn('w');
  error('e', 1);
  consoleAssert(false, 'x');
  consoleAssert(1, 'not printed');
  trace('here %d', 1);
} finally {
  process.stderr.write = realErrWrite;
}
assert.deepStrictEqual(errWrites.slice(0, 3), ['w\n', 'e 1\n', 'Assertion failed: x\n']);
assert.strictEqual(errWrites.length, 4);
// The first frame of a trace is its caller.
assert.match(errWrites[3], /^Trace: here 1\n    at .*test-console-global\.js:\d+:\d+\)?\n/);
