'use strict';
// Cross-check against npm on the public registry: for a realistic project, `nodus install` and
// `npm install` produce the same package@version paths and equal lockfiles, and npm installs
// nodus's lockfile exactly.
// Skips with a message when registry.npmjs.org or npm is unavailable.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const https = require('https');
const c = require('./common');

const PKG = {
  name: 'live-cross', version: '1.0.0', private: true,
  dependencies: {
    express: '^4.21.0', react: '^18.3.0', 'react-dom': '^18.3.0', axios: '^1.7.0', lodash: '^4.17.21',
    chalk: '^4.1.2', debug: '^4.3.0', commander: '^12.0.0', yargs: '^17.7.0',
  },
  devDependencies: { prettier: '^3.3.0', 'cross-env': '^7.0.3' },
};

function reachable() {
  return new Promise((resolve) => {
    const req = https.get('https://registry.npmjs.org/-/ping', { timeout: 5000 }, (res) => { res.resume(); resolve(res.statusCode < 500); });
    req.on('timeout', () => { req.destroy(); resolve(false); });
    req.on('error', () => resolve(false));
  });
}

c.main(async () => {
  if (process.env.NODUS_OFFLINE_TESTS || !(await reachable())) { console.log('skip: registry.npmjs.org is unreachable'); return; }
  const probe = await c.runCmd(c.npmPath(), ['--version']);
  if (probe.status !== 0) { console.log('skip: npm is not available'); return; }
  const base = c.tmpdir('livecross');
  const env = c.envFor(base, null);
  const npmArgs = ['--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error', '--cache', path.join(base, 'npm-cache')];
  const npmDir = c.project(base, PKG, 'npm');
  const nodusDir = c.project(base, PKG, 'nodus');
  const [n, r] = await Promise.all([
    c.runCmd(c.npmPath(), ['install', ...npmArgs], { cwd: npmDir, env }),
    c.run(['install', '--ignore-scripts'], { cwd: nodusDir, env }),
  ]);
  assert.strictEqual(n.status, 0, n.stderr);
  c.ok(r, 'nodus install');
  const expected = c.installedSet(npmDir);
  assert.ok(expected.length > 50, `a realistic tree (${expected.length} packages)`);
  assert.deepStrictEqual(c.installedSet(nodusDir), expected);
  // The lockfiles say the same thing (key order aside).
  assert.deepStrictEqual(c.readJson(path.join(nodusDir, 'package-lock.json')), c.readJson(path.join(npmDir, 'package-lock.json')));
  const back = c.project(base, PKG, 'back');
  fs.copyFileSync(path.join(nodusDir, 'package-lock.json'), path.join(back, 'package-lock.json'));
  const ci = await c.runCmd(c.npmPath(), ['ci', ...npmArgs], { cwd: back, env });
  assert.strictEqual(ci.status, 0, ci.stderr);
  assert.deepStrictEqual(c.installedSet(back), expected);
});
