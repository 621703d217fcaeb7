'use strict';
const common = require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const util = require('util');

if (process.argv[2] === 'child') {
  const log = util.debuglog('tst');
  log('hello %s', 'world', { a: 1 });
  util.debuglog('tstx')('prefix match');
  util.debuglog('other')('not shown');
  const wild = util.debuglog('wild-card');
  process.stdout.write(`enabled=${log.enabled} ${wild.enabled} ` +
                       `${util.debuglog('nope').enabled}\n`);
  wild('from wildcard');
  return;
}

// Disabled loggers are no-ops; the callback gets the no-op on the first call.
const disabled = util.debuglog('nodus_disabled_section', common.mustCall((fn) => {
  assert.strictEqual(typeof fn, 'function');
}));
disabled('ignored');
disabled('ignored');
assert.strictEqual(disabled.enabled, false);

// Asking `enabled` first settles a disabled logger without the callback.
const asked = util.debuglog('nodus_disabled_section', common.mustNotCall());
assert.strictEqual(asked.enabled, false);
asked('ignored');

const child = spawnSync(process.execPath, [__filename, 'child'], {
  env: { ...process.env, NODE_DEBUG: 'TST,wild-*' },
  encoding: 'utf8',
});
assert.strictEqual(child.status, 0);
assert.strictEqual(child.stdout, 'enabled=true true false\n');
const pid = child.pid;
assert.strictEqual(child.stderr,
                   `TST ${pid}: hello world { a: 1 }\n` +
                   `WILD-CARD ${pid}: from wildcard\n`);
