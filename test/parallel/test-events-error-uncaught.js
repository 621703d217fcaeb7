'use strict';
// An unhandled 'error' event crashes the process and prints where the event
// was emitted.
const common = require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

if (process.argv[2] === 'child') {
  const EventEmitter = require('events');
  class Foo extends EventEmitter {}
  function emitIt() { new Foo().emit('error', new Error('kaboom')); }
  emitIt();
  return;
}

if (process.argv[2] === 'child-plain') {
  const EventEmitter = require('events');
  new EventEmitter().emit('error', 'str');
  return;
}

{
  const child = spawnSync(process.execPath, [__filename, 'child'], { encoding: 'utf8' });
  assert.strictEqual(child.status, 1);
  assert.strictEqual(child.signal, null);
  assert.match(child.stderr, /Error: kaboom\n {4}at emitIt /);
  assert.match(child.stderr, /\nEmitted 'error' event on Foo instance at:\n {4}at emitIt /);
}

{
  const child = spawnSync(process.execPath, [__filename, 'child-plain'], { encoding: 'utf8' });
  assert.strictEqual(child.status, 1);
  assert.match(child.stderr, /Error \[ERR_UNHANDLED_ERROR\]: Unhandled error\. \('str'\)/);
  assert.match(child.stderr, /code: 'ERR_UNHANDLED_ERROR',\n {2}context: 'str'/);
}

common.mustCall()();
