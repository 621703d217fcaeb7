'use strict';
// Lifecycle scripts of dependencies (and --ignore-scripts), and `run`: pre/post, args after --,
// node_modules/.bin on PATH, npm_* environment, listing, missing script, exit codes.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const c = require('./common');

c.main(async () => {
  const reg = await c.startRegistry({
    hooked: { versions: { '1.0.0': {
      scripts: { preinstall: 'echo pre > pre.txt', postinstall: 'echo "post $npm_package_name $npm_lifecycle_event" > post.txt' },
    } } },
    greeter: { versions: { '1.0.0': { bin: { greet: 'greet.sh' }, files: { 'greet.sh': '#!/bin/sh\necho "hello $1"\n' } } } },
  });
  const base = c.tmpdir('scripts');
  const env = c.envFor(base, reg);
  const pkg = {
    name: 'app', version: '2.3.4',
    dependencies: { hooked: '1.0.0', greeter: '1.0.0' },
    config: { port: '8080' },
    scripts: {
      prebuild: 'echo prebuild >> log.txt',
      build: 'echo build >> log.txt',
      postbuild: 'echo postbuild >> log.txt',
      hi: 'greet world',
      env: 'echo "$npm_package_name|$npm_package_version|$npm_lifecycle_event|$npm_package_config_port"',
      fail: 'exit 7',
      postinstall: 'echo root-postinstall > root.txt',
    },
  };
  // --ignore-scripts: nothing runs, and the skip is reported.
  let dir = c.project(base, pkg, 'ignored');
  let r = c.ok(await c.run(['install', '--ignore-scripts'], { cwd: dir, env }));
  assert.ok(!fs.existsSync(path.join(dir, 'node_modules/hooked/post.txt')));
  assert.ok(!fs.existsSync(path.join(dir, 'root.txt')));
  assert.match(r.stdout, /hooked@1\.0\.0/);

  dir = c.project(base, pkg, 'app');
  r = c.ok(await c.run(['install'], { cwd: dir, env }));
  assert.strictEqual(fs.readFileSync(path.join(dir, 'node_modules/hooked/pre.txt'), 'utf8'), 'pre\n');
  assert.strictEqual(fs.readFileSync(path.join(dir, 'node_modules/hooked/post.txt'), 'utf8'), 'post hooked postinstall\n');
  assert.strictEqual(fs.readFileSync(path.join(dir, 'root.txt'), 'utf8'), 'root-postinstall\n');
  assert.match(r.stdout, /ran install scripts for 1 package: hooked@1\.0\.0/);
  // The lockfile flags the package with install scripts, as npm does.
  assert.strictEqual(c.readJson(path.join(dir, 'package-lock.json')).packages['node_modules/hooked'].hasInstallScript, true);

  // run: pre/post order and args after --.
  c.ok(await c.run(['run', 'build', '--', '--prod', 'x y'], { cwd: dir, env }));
  assert.strictEqual(fs.readFileSync(path.join(dir, 'log.txt'), 'utf8'), 'prebuild\nbuild --prod x y\npostbuild\n');
  // .bin on PATH
  r = c.ok(await c.run(['run', 'hi'], { cwd: dir, env }));
  // npm's banner, on stdout before the script's output
  assert.strictEqual(r.stdout, '\n> app@2.3.4 hi\n> greet world\n\nhello world\n');
  // environment
  r = c.ok(await c.run(['run', 'env'], { cwd: dir, env }));
  assert.match(r.stdout, /^app\|2\.3\.4\|env\|8080$/m);
  // exit code propagates
  r = await c.run(['run', 'fail'], { cwd: dir, env });
  assert.strictEqual(r.status, 7);
  // missing script
  r = await c.run(['run', 'nope'], { cwd: dir, env });
  assert.strictEqual(r.status, 1);
  assert.match(r.stderr, /Missing script: "nope"/);
  // listing
  r = c.ok(await c.run(['run'], { cwd: dir, env }));
  assert.match(r.stdout, /Lifecycle scripts included in app@2\.3\.4:\n  postinstall\n    echo root-postinstall > root.txt/);
  assert.match(r.stdout, /  build\n    echo build >> log.txt/);
  // x: runs an installed bin
  r = c.ok(await c.run(['x', 'greet', 'there'], { cwd: dir, env }));
  assert.match(r.stdout, /^hello there$/m);
  await reg.close();
});
