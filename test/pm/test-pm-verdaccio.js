'use strict';
// publish to a real registry server run locally (verdaccio 6.8.0 from npm), then install it back
// with nodus and with npm. Skips with a message when verdaccio cannot be installed (no network).
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const c = require('./common');

const { start } = require('./common/verdaccio');

c.main(async () => {
  const v = await start();
  if (!v) return;
  const { base, url, port, npmrc } = v;
  const server = { kill: v.kill };
  const pkgDir = path.join(base, 'pkg');
  fs.mkdirSync(path.join(pkgDir, 'lib'), { recursive: true });
  fs.writeFileSync(path.join(pkgDir, 'package.json'), JSON.stringify({ name: '@nodus-test/hello', version: '1.0.0', main: 'lib/index.js', bin: { 'nodus-hello': 'lib/index.js' } }, null, 2));
  fs.writeFileSync(path.join(pkgDir, 'lib/index.js'), '#!/usr/bin/env node\nmodule.exports = "hello from verdaccio";\n');
  fs.writeFileSync(path.join(pkgDir, 'README.md'), '# hello\n');
  fs.writeFileSync(path.join(pkgDir, '.npmrc'), npmrc);
  const env = c.envFor(base, null);
  let r = c.ok(await c.run(['publish'], { cwd: pkgDir, env }), 'publish');
  assert.match(r.stdout, /\+ @nodus-test\/hello@1\.0\.0/);
  // Publishing the same version again is refused by the registry.
  r = await c.run(['publish'], { cwd: pkgDir, env });
  assert.notStrictEqual(r.status, 0);
  assert.match(r.stderr, /E40[39]/);
  // A second version under another tag.
  fs.writeFileSync(path.join(pkgDir, 'package.json'), JSON.stringify({ name: '@nodus-test/hello', version: '1.1.0-beta.0', main: 'lib/index.js' }, null, 2));
  c.ok(await c.run(['publish', '--tag', 'next'], { cwd: pkgDir, env }), 'publish --tag next');

  // Install back with nodus...
  const app = c.project(base, { name: 'app', version: '1.0.0' }, 'app');
  fs.writeFileSync(path.join(app, '.npmrc'), npmrc);
  c.ok(await c.run(['add', '@nodus-test/hello'], { cwd: app, env }), 'nodus add');
  assert.strictEqual(c.readJson(path.join(app, 'package.json')).dependencies['@nodus-test/hello'], '^1.0.0');
  assert.strictEqual(fs.readFileSync(path.join(app, 'node_modules/@nodus-test/hello/lib/index.js'), 'utf8'),
    '#!/usr/bin/env node\nmodule.exports = "hello from verdaccio";\n');
  assert.ok(fs.existsSync(path.join(app, 'node_modules/.bin/nodus-hello')));
  c.ok(await c.run(['add', '@nodus-test/hello@next'], { cwd: app, env }), 'nodus add @next');
  assert.strictEqual(c.readJson(path.join(app, 'node_modules/@nodus-test/hello/package.json')).version, '1.1.0-beta.0');
  // ...and with npm from the nodus lockfile.
  const app2 = c.project(base, c.readJson(path.join(app, 'package.json')), 'app2');
  fs.copyFileSync(path.join(app, 'package-lock.json'), path.join(app2, 'package-lock.json'));
  fs.writeFileSync(path.join(app2, '.npmrc'), npmrc);
  const n = await c.runCmd(c.npmPath(), ['ci', '--no-audit', '--no-fund', '--cache', path.join(base, 'npm-cache')], { cwd: app2, env });
  assert.strictEqual(n.status, 0, n.stderr);
  assert.deepStrictEqual(c.installedSet(app2), c.installedSet(app));

  // whoami, dist-tag and deprecate against the same server.
  r = c.ok(await c.run(['whoami'], { cwd: app, env }), 'whoami');
  assert.strictEqual(r.stdout, 'tester\n');
  r = c.ok(await c.run(['dist-tag', 'add', '@nodus-test/hello@1.0.0', 'stable'], { cwd: app, env }), 'dist-tag add');
  assert.strictEqual(r.stdout, '+stable: @nodus-test/hello@1.0.0\n');
  r = c.ok(await c.run(['dist-tag', 'ls', '@nodus-test/hello'], { cwd: app, env }), 'dist-tag ls');
  assert.strictEqual(r.stdout, 'latest: 1.0.0\nnext: 1.1.0-beta.0\nstable: 1.0.0\n');
  r = c.ok(await c.run(['dist-tag', 'rm', '@nodus-test/hello', 'stable'], { cwd: app, env }), 'dist-tag rm');
  assert.strictEqual(r.stdout, '-stable: @nodus-test/hello@1.0.0\n');
  c.ok(await c.run(['deprecate', '@nodus-test/hello@1.0.0', 'use 1.1'], { cwd: app, env }), 'deprecate');
  r = c.ok(await c.run(['view', '@nodus-test/hello@1.0.0', 'deprecated'], { cwd: app, env }), 'view deprecated');
  assert.strictEqual(r.stdout, 'use 1.1\n');
  r = c.ok(await c.run(['view', '@nodus-test/hello', 'dist-tags', '--json'], { cwd: app, env }), 'view dist-tags');
  assert.deepStrictEqual(JSON.parse(r.stdout), { latest: '1.0.0', next: '1.1.0-beta.0' });

  // adduser (answers on stdin; verdaccio has no web login, so npm 11's CouchDB flow), whoami,
  // publish with the saved token, logout (the token revoked and removed from the user .npmrc).
  const base2 = path.join(base, 'u2');
  const env2 = c.envFor(base2, null, { npm_config_registry: url });
  const userrc = path.join(env2.HOME, '.npmrc');
  r = c.ok(await c.run(['adduser'], { cwd: base2, env: env2, input: 'carol\ncarol-pw-1\ncarol@example.com\n' }), 'adduser');
  assert.strictEqual(r.stdout, `Username: Password: Email (this will be public): Logged in on ${url}.\n`);
  assert.match(fs.readFileSync(userrc, 'utf8'), new RegExp(`^//127\\.0\\.0\\.1:${port}/:_authToken=\\S+$`, 'm'));
  assert.ok(!r.stdout.includes('carol-pw-1') && !r.stderr.includes('carol-pw-1'));
  r = c.ok(await c.run(['whoami'], { cwd: base2, env: env2 }), 'whoami after adduser');
  assert.strictEqual(r.stdout, 'carol\n');
  const pkg2 = c.project(base2, { name: '@nodus-test/carol', version: '1.0.0' }, 'carol-pkg');
  fs.writeFileSync(path.join(pkg2, 'index.js'), 'module.exports = 1;\n');
  r = c.ok(await c.run(['publish'], { cwd: pkg2, env: env2 }), 'publish after adduser');
  assert.match(r.stdout, /\+ @nodus-test\/carol@1\.0\.0/);
  // login (the user exists now) with the same password gives a fresh token.
  r = c.ok(await c.run(['login', '--auth-type=legacy'], { cwd: base2, env: env2, input: 'carol\ncarol-pw-1\n' }), 'login');
  r = await c.run(['login', '--auth-type=legacy'], { cwd: base2, env: env2, input: 'carol\nwrong-pw\n' });
  assert.strictEqual(r.status, 1);
  assert.match(r.stderr, /code E401/);
  c.ok(await c.run(['logout'], { cwd: base2, env: env2 }), 'logout');
  assert.ok(!fs.existsSync(userrc) || !/_authToken/.test(fs.readFileSync(userrc, 'utf8')));
  r = await c.run(['whoami'], { cwd: base2, env: env2 });
  assert.strictEqual(r.status, 1);
  assert.match(r.stderr, /ENEEDAUTH/);
  r = await c.run(['logout'], { cwd: base2, env: env2 });
  assert.match(r.stderr, /ENEEDAUTH/);
  server.kill('SIGKILL');
});
