'use strict';
// process.allowedNodeEnvironmentFlags: node's NODE_OPTIONS options, looked up with node's rules
// ('_' for '-', leading dashes optional, '--no-' forms, '=value' ignored), and read-only.
require('../common');
const assert = require('assert');

const flags = process.allowedNodeEnvironmentFlags;
assert.ok(flags instanceof Set);
for (const f of ['--max-old-space-size', '--max_old_space_size', 'max-old-space-size',
  '--max-old-space-size=100', '--no-warnings', '--warnings', '--no-deprecation', '-r',
  '--require=./x.js', '--conditions', '-C', '--stack-trace-limit', '--enable-source-maps',
  '--openssl-legacy-provider', '--tls-min-v1.2', '--report-on-signal']) {
  assert.strictEqual(flags.has(f), true, f);
}
for (const f of ['--eval', '-e', '--print', '--test', '--not-a-flag', 5, undefined]) {
  assert.strictEqual(flags.has(f), false, String(f));
}
for (const f of flags) assert.match(f, /^--?[a-zA-Z]/);
assert.strictEqual(flags.add('--made-up'), flags);
assert.strictEqual(flags.has('--made-up'), false);
assert.strictEqual(flags.delete('--conditions'), false);
assert.strictEqual(flags.has('--conditions'), true);
flags.clear();
assert.strictEqual(flags.has('--conditions'), true);
