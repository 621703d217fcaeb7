'use strict';
// doctor: each check's title then "Ok" (and its detail) or "Not ok" and the advice, exit 1 with
// "Some problems found" when one failed; groups chosen by the arguments; the registry ping
// (ok and 404), the configured-registry check, git on PATH, the global bin folder on PATH,
// permissions (a file owned by someone else under node_modules), the cache count, --help.
// The connection group's output is compared with the machine's npm.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const c = require('./common');

c.main(async () => {
  let pingStatus = 200;
  const reg = await c.startRegistry({ dep: { versions: { '1.0.0': {} } } }, {
    onRequest(req, res) {
      if (req.url.startsWith('/-/ping')) {
        res.writeHead(pingStatus, { 'content-type': 'application/json' });
        res.end(pingStatus === 200 ? '{}' : '{"error":"Not found"}');
        return true;
      }
      return false;
    },
  });
  const base = c.tmpdir('doctor');
  const prefix = path.join(base, 'prefix');
  fs.mkdirSync(path.join(prefix, 'bin'), { recursive: true });
  fs.mkdirSync(path.join(prefix, 'lib', 'node_modules'), { recursive: true });
  const env = c.envFor(base, reg, { NODUS_PREFIX: prefix });
  const dir = c.project(base, { name: 'app', version: '1.0.0', dependencies: { dep: '1.0.0' } });
  const run = (args, extra = {}) => c.run(['doctor', ...args], { cwd: dir, env: { ...env, ...extra } });

  // Ping ok, then 404; npm prints the same for the connection group.
  let r = await run(['connection']);
  assert.deepStrictEqual([r.status, r.stdout, r.stderr], [0, 'Connecting to the registry\nOk\n\n', '']);
  pingStatus = 404;
  r = await run(['ping']);
  const notOk = `Connecting to the registry\nNot ok\n404 404 Not Found - GET ${reg.url}-/ping - Not found\n\n`;
  assert.deepStrictEqual([r.status, r.stdout, r.stderr], [1, notOk, 'nodus error Some problems found. See above for recommendations.\n']);
  r = await run(['ping', '--silent']);
  assert.deepStrictEqual([r.status, r.stdout], [1, '']);
  assert.match(r.stderr, /Some problems found\. Check logs or disable silent mode for recommendations\./);
  const npm = await c.npmFor(base, reg);
  if (npm) {
    const e = await npm.run(['doctor', 'connection'], dir);
    assert.deepStrictEqual([e.status, e.stdout], [1, notOk]);
    pingStatus = 200;
    const e2 = await npm.run(['doctor', 'connection'], dir);
    assert.deepStrictEqual([e2.status, e2.stdout], [0, 'Connecting to the registry\nOk\n\n']);
  }
  pingStatus = 200;

  // The registry group: ping and "not the default registry".
  r = await run(['registry']);
  assert.strictEqual(r.status, 1);
  assert.strictEqual(r.stdout, 'Connecting to the registry\nOk\n\nChecking configured npm registry\nNot ok\n' +
    'Try `nodus config set registry=https://registry.npmjs.org/`\n\n');

  // Versions: nodus's own and the Node version it implements, no network.
  r = await run(['versions']);
  assert.strictEqual(r.status, 0, r.stderr);
  assert.match(r.stdout, /^Checking nodus version\nOk\ncurrent: v\d+\.\d+\.\d+\n\nChecking node version\nOk\ncurrent: v22\.\d+\.\d+\n\n$/);

  // Environment: git found (or not) on PATH; the global bin folder on PATH or not.
  const bin = path.join(base, 'fakebin');
  fs.mkdirSync(bin);
  fs.writeFileSync(path.join(bin, 'git'), '#!/bin/sh\n', { mode: 0o755 });
  r = await run(['environment'], { PATH: `${bin}:${path.join(prefix, 'bin')}:${process.env.PATH}` });
  assert.strictEqual(r.status, 0, r.stdout + r.stderr);
  assert.strictEqual(r.stdout, `Checking for git executable in PATH\nOk\n${path.join(bin, 'git')}\n\n` +
    `Checking for global bin folder in PATH\nOk\n${path.join(prefix, 'bin')}\n\n`);
  r = await run(['environment'], { PATH: path.join(base, 'empty') });
  assert.strictEqual(r.status, 1);
  assert.strictEqual(r.stdout, 'Checking for git executable in PATH\nNot ok\nError: Install git and ensure it\'s in your PATH.\n\n' +
    `Checking for global bin folder in PATH\nNot ok\nError: Add ${path.join(prefix, 'bin')} to your $PATH\n\n`);

  // Permissions and cache after an install: all fine, then a file not ours in node_modules.
  c.ok(await c.run(['install'], { cwd: dir, env }));
  r = await run(['permissions', 'cache']);
  assert.strictEqual(r.status, 0, r.stdout + r.stderr);
  assert.strictEqual(r.stdout, [
    'Checking permissions on cached files (this may take awhile)\nOk\n',
    'Checking permissions on local node_modules (this may take awhile)\nOk\n',
    'Checking permissions on global node_modules (this may take awhile)\nOk\n',
    'Checking permissions on local bin folder\nOk\n',
    'Checking permissions on global bin folder\nOk\n',
    'Verifying cache contents (this may take awhile)\nOk\nverified 1 tarballs\n\n',
  ].join('\n'));
  if (process.getuid() === 0) {
    const f = path.join(dir, 'node_modules', 'dep', 'index.js');
    fs.chownSync(f, 12345, 12345);
    r = await run(['permissions']);
    assert.strictEqual(r.status, 1);
    assert.match(r.stdout, new RegExp(`local node_modules \\(this may take awhile\\)\\nNot ok\\nCheck the permissions of files in ${dir}/node_modules \\(should be owned by current user\\)\\n`));
    assert.match(r.stderr, new RegExp(`nodus warn doctor checkFilesPermission should be owner of ${f}\\n`));
  }
  // A missing global folder is a problem, as npm has it.
  fs.rmSync(path.join(prefix, 'bin'), { recursive: true });
  r = await run(['permissions']);
  assert.match(r.stdout, /global bin folder\nNot ok\nCheck the permissions of files in .*\/prefix\/bin\n/);
  assert.match(r.stderr, /nodus warn doctor checkFilesPermission error getting info for .*\/prefix\/bin\n/);

  // No check matches: nothing to do.
  r = await run(['nothing']);
  assert.deepStrictEqual([r.status, r.stdout], [0, '']);
  r = await run(['--help']);
  assert.strictEqual(r.status, 0);
  assert.match(r.stdout, /^Check the health of your nodus environment\n\nUsage:\nnodus doctor \[connection\] \[registry\] \[versions\] \[environment\] \[permissions\] \[cache\]\n/);
  await reg.close();
});
