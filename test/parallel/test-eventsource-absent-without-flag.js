'use strict';
// Without --experimental-eventsource there is no EventSource global (node 22); with it, or in
// NODE_OPTIONS, there is, and --no-experimental-eventsource after it takes it away again.
require('../common');
const assert = require('assert');
const { execFileSync } = require('child_process');

assert.strictEqual(typeof EventSource, 'undefined');
assert.strictEqual('EventSource' in globalThis, false);
const run = (args, env = process.env) =>
  execFileSync(process.execPath, [...args, '-p', 'typeof EventSource'], { env }).toString().trim();
assert.strictEqual(run(['--experimental-eventsource']), 'function');
assert.strictEqual(run(['--experimental-eventsource', '--no-experimental-eventsource']), 'undefined');
assert.strictEqual(run([], { ...process.env, NODE_OPTIONS: '--experimental-eventsource' }), 'function');
