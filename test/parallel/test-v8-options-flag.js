'use strict';
// `--v8-options` prints V8's own flag list and exits 0, as node does (it was refused as an
// unknown flag); -h lists it.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const r = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8' });
assert.strictEqual(r.status, 0, r.stderr);
assert.match(r.stdout, /The following syntax for options is accepted/);
assert.match(r.stdout, /--max-old-space-size/);
assert.match(r.stdout, /--stack-size/);
assert.strictEqual(r.stderr, '');

const h = spawnSync(process.execPath, ['-h'], { encoding: 'utf8' });
assert.strictEqual(h.status, 0);
assert.match(h.stdout, /--v8-options/);
console.log('ok');
