'use strict';
// A package whose "test" script is `node --test`: `nodus test` (the package manager runs the
// script with nodus as `node` on PATH) runs the files node 22 would and fails as npm does.
// Under node the same package runs through npm, when npm is there.
const common = require('../common');
const tmpdir = require('../common/tmpdir');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

tmpdir.refresh();
const dir = path.join(tmpdir.path, 'pkg');
fs.mkdirSync(path.join(dir, 'test'), { recursive: true });
fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({
  name: 'app', version: '1.0.0', scripts: { test: 'node --test' },
}));
fs.writeFileSync(path.join(dir, 'test', 'a.js'), `
const test = require('node:test');
test('works', () => {});
test('fails', () => { throw new Error('boom'); });
`);
fs.writeFileSync(path.join(dir, 'b.test.mjs'), `
import { it } from 'node:test';
it('esm works', () => {});
`);

if (process.versions.nodus && process.env.NODUS_SANITIZED) {
  common.skip('the sanitizer build has no package manager module (`nodus test`)');
}
let r;
if (process.versions.nodus) {
  r = spawnSync(process.execPath, ['test'], { cwd: dir, encoding: 'utf8' });
} else {
  r = spawnSync('npm', ['test'], { cwd: dir, encoding: 'utf8',
    env: { ...process.env, PATH: `${path.dirname(process.execPath)}:${process.env.PATH}` } });
  if (r.error) process.exit(0);  // no npm here
}
assert.strictEqual(r.status, 1, r.stderr);
assert.match(r.stdout, /^ok 1 - esm works$/m);
assert.match(r.stdout, /^ok 2 - works$/m);
assert.match(r.stdout, /^not ok 3 - fails$/m);
assert.match(r.stdout, /^# tests 3$/m);
assert.match(r.stdout, /^# pass 2$/m);
assert.match(r.stdout, /^# fail 1$/m);
