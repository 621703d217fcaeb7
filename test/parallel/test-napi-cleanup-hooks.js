'use strict';
// Cleanup hooks run at normal exit after 'exit', most recent first (a removed one does not);
// async cleanup hooks too. process.exit() skips them, as in node.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const { build } = require('../fixtures/napi/build.js');

const file = build('async');
if (process.argv[2] === 'child') {
  require(file).addHooks();
  process.on('exit', () => console.log('exit'));
  if (process.argv[3] === 'exit') process.exit(0);
  return;
}
let r = spawnSync(process.execPath, [__filename, 'child'], { encoding: 'utf8' });
assert.strictEqual(r.stdout, 'exit\nasync cleanup hook 4\ncleanup hook 3\ncleanup hook 1\n');
assert.strictEqual(r.status, 0);
r = spawnSync(process.execPath, [__filename, 'child', 'exit'], { encoding: 'utf8' });
assert.strictEqual(r.stdout, 'exit\n');
