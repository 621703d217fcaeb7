'use strict';
// --no-addons: process.dlopen (and so require of a .node file) throws ERR_DLOPEN_DISABLED.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const { build } = require('../fixtures/napi/build.js');

const file = build('basics');
const r = spawnSync(process.execPath, ['--no-addons', '-e', `
  try { require(${JSON.stringify(file)}); } catch (e) { console.log(e.name, e.code, e.message); }
  try { process.dlopen({ exports: {} }, ${JSON.stringify(file)}); } catch (e) { console.log(e.code); }
`], { encoding: 'utf8' });
assert.strictEqual(r.stderr, '');
assert.strictEqual(r.stdout,
                   'Error ERR_DLOPEN_DISABLED Cannot load native addon because loading addons is disabled.\n' +
                   'ERR_DLOPEN_DISABLED\n');
