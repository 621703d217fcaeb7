'use strict';
// Configuration and output: an https registry with a self-signed certificate (refused by default,
// accepted with `cafile` or `strict-ssl=false`), the user's ~/.npmrc, add --save-peer, --silent,
// ls --depth, `node` in lifecycle scripts being nodus, and the progress bar on a terminal (none
// otherwise).
const assert = require('assert');
const fs = require('fs');
const https = require('https');
const path = require('path');
const c = require('./common');

c.main(async () => {
  const spec = {
    a: { versions: { '1.0.0': { dependencies: { b: '^1.0.0' } } } },
    b: { versions: { '1.0.0': {} } },
    host: { versions: { '1.0.0': {}, '2.0.0': {} } },
    noder: { versions: { '1.0.0': { scripts: { postinstall: 'node -e "require(\'fs\').writeFileSync(\'ran.txt\', process.execPath)"' } } } },
  };
  const base = c.tmpdir('config');

  // A certificate for 127.0.0.1, made with the openssl command line.
  const key = path.join(base, 'key.pem'), cert = path.join(base, 'cert.pem');
  const gen = await c.runCmd('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert,
    '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1']);
  let tls = null;
  if (gen.status === 0) {
    const plain = await c.startRegistry(spec);
    // Serve the same fixtures over https: the plain registry's handler behind a TLS server.
    const server = https.createServer({ key: fs.readFileSync(key), cert: fs.readFileSync(cert) }, (req, res) => plain.handle(req, res));
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    const url = `https://127.0.0.1:${server.address().port}/`;
    // Tarball URLs in the packuments must point at the https server too.
    plain.url = url;
    for (const name of Object.keys(spec)) plain.build(name);
    tls = { plain, server, url };
  } else {
    console.log('openssl not available: https checks skipped');
  }
  if (tls) {
    const env = c.envFor(base, null, { npm_config_registry: tls.url, npm_config_fetch_retries: '0' });
    let dir = c.project(base, { name: 'x', version: '1.0.0', dependencies: { a: '1.0.0' } }, 'tls-refused');
    let r = await c.run(['install'], { cwd: dir, env });
    assert.notStrictEqual(r.status, 0, 'a self-signed certificate is refused');
    assert.match(r.stderr, /certificate|SSL/i);
    dir = c.project(base, { name: 'x', version: '1.0.0', dependencies: { a: '1.0.0' } }, 'tls-cafile');
    fs.writeFileSync(path.join(dir, '.npmrc'), `cafile=${cert}\n`);
    c.ok(await c.run(['install'], { cwd: dir, env }), 'cafile');
    assert.deepStrictEqual(c.installedSet(dir), ['a@1.0.0', 'b@1.0.0']);
    dir = c.project(base, { name: 'x', version: '1.0.0', dependencies: { a: '1.0.0' } }, 'tls-nostrict');
    c.ok(await c.run(['install'], { cwd: dir, env: { ...env, NODUS_CACHE_DIR: path.join(base, 'cache2'), npm_config_strict_ssl: 'false' } }), 'strict-ssl=false');
    assert.deepStrictEqual(c.installedSet(dir), ['a@1.0.0', 'b@1.0.0']);
    await new Promise((r) => tls.server.close(r));
    await tls.plain.close();
  }

  const reg = await c.startRegistry(spec);
  // The user's ~/.npmrc names the registry (no environment variable).
  const env = c.envFor(base, null);
  fs.writeFileSync(path.join(base, 'home', '.npmrc'), `registry=${reg.url}\n`);
  const dir = c.project(base, { name: 'app', version: '1.0.0' }, 'app');

  // --silent: nothing on stdout.
  let r = c.ok(await c.run(['add', 'a', '--silent'], { cwd: dir, env }));
  assert.strictEqual(r.stdout, '');
  assert.deepStrictEqual(c.installedSet(dir), ['a@1.0.0', 'b@1.0.0']);
  // --save-peer: peerDependencies, and installed (as a dev dependency, like npm).
  c.ok(await c.run(['add', '--save-peer', 'host@^1.0.0'], { cwd: dir, env }));
  const pkg = c.readJson(path.join(dir, 'package.json'));
  assert.deepStrictEqual(pkg.peerDependencies, { host: '^1.0.0' });
  assert.deepStrictEqual(pkg.devDependencies, { host: '^1.0.0' });
  assert.ok(fs.existsSync(path.join(dir, 'node_modules/host/package.json')));
  // ls --depth
  r = c.ok(await c.run(['ls', '--depth=0'], { cwd: dir, env }));
  assert.doesNotMatch(r.stdout, /b@1\.0\.0/);
  r = c.ok(await c.run(['ls', '--depth=1'], { cwd: dir, env }));
  assert.match(r.stdout, /└── b@1\.0\.0/);

  // `node` in a dependency's script is nodus itself.
  c.ok(await c.run(['add', 'noder'], { cwd: dir, env }));
  const ran = fs.readFileSync(path.join(dir, 'node_modules/noder/ran.txt'), 'utf8');
  if (path.basename(c.binary()) === 'nodus') assert.strictEqual(fs.realpathSync(ran), fs.realpathSync(c.binary()));

  // Progress: drawn on a terminal (resolved / fetched / linked counts), never when piped.
  r = c.ok(await c.run(['install', 'host@2.0.0', '--save-dev'], { cwd: dir, env }));
  assert.doesNotMatch(r.stderr, /resolved \d+, fetched/);
  const script = await c.runCmd('script', ['--version']);
  if (script.status === 0) {
    fs.rmSync(path.join(dir, 'node_modules'), { recursive: true });
    const typescript = path.join(base, 'typescript.out');
    const t = await c.runCmd('script', ['-qec', `${c.binary()} install`, typescript], { cwd: dir, env: { ...env, TERM: 'xterm' } });
    assert.strictEqual(t.status, 0, t.stdout + t.stderr);
    const out = fs.readFileSync(typescript, 'latin1');
    assert.match(out, /\r\x1b\[Kresolved \d+, fetched \d+\/\d+, linked \d+\/\d+/);
    assert.match(out, /\r\x1b\[K\r?\n/);  // the bar is cleared before anything else is printed
    assert.match(out, /added \d+ packages in/);
  } else {
    console.log('script(1) not available: the terminal check is skipped');
  }
  await reg.close();
});
