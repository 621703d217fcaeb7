'use strict';
// `link` (the package folder into the global prefix with its bins; a global package into a
// project, package.json untouched unless --save; installed globally first when it is not there)
// and `unlink`; the same steps with npm.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const c = require('./common');

c.main(async () => {
  const reg = await c.startRegistry({ dep: { versions: { '1.0.0': {} } } });
  const base = c.tmpdir('link');
  const lib = c.project(base, { name: 'mylib', version: '1.0.0', bin: { mylib: 'cli.js' }, dependencies: { dep: '^1.0.0' } }, 'mylib');
  fs.writeFileSync(path.join(lib, 'cli.js'), '#!/bin/sh\necho "mylib cli"\n', { mode: 0o755 });
  fs.writeFileSync(path.join(lib, 'index.js'), 'module.exports = "mylib";\n');

  const tools = { nodus: { prefix: path.join(base, 'prefix-nodus') } };
  tools.nodus.env = c.envFor(base, reg, { NODUS_PREFIX: tools.nodus.prefix });
  tools.nodus.run = (args, cwd) => c.run(args, { cwd, env: tools.nodus.env });
  const npmSetup = await c.npmFor(base, reg);
  if (npmSetup) {
    const prefix = path.join(base, 'prefix-npm');
    const env = c.envFor(base, reg, { npm_config_prefix: prefix });
    tools.npm = { prefix, env, run: (args, cwd) => c.runCmd(c.npmPath(), [...args, ...npmSetup.args], { cwd, env }) };
  }
  const results = {};
  for (const [tool, t] of Object.entries(tools)) {
    const app = c.project(base, { name: 'app', version: '1.0.0' }, `app-${tool}`);
    const before = fs.readFileSync(path.join(app, 'package.json'), 'utf8');
    const out = {};
    const r1 = await t.run(['link'], lib);
    assert.strictEqual(r1.status, 0, r1.stderr);
    const global = path.join(t.prefix, 'lib/node_modules/mylib');
    out.globalIsLink = fs.lstatSync(global).isSymbolicLink();
    out.globalTarget = fs.realpathSync(global) === fs.realpathSync(lib);
    out.bin = (await c.runCmd(path.join(t.prefix, 'bin/mylib'), [])).stdout;
    out.depInstalled = fs.existsSync(path.join(lib, 'node_modules/dep/package.json'));
    const r2 = await t.run(['link', 'mylib'], app);
    assert.strictEqual(r2.status, 0, r2.stderr);
    const local = path.join(app, 'node_modules/mylib');
    out.localIsLink = fs.lstatSync(local).isSymbolicLink();
    out.localTarget = fs.realpathSync(local) === fs.realpathSync(lib);
    out.pkgUntouched = fs.readFileSync(path.join(app, 'package.json'), 'utf8') === before;
    const r3 = await t.run(['unlink', 'mylib'], app);
    assert.strictEqual(r3.status, 0, r3.stderr);
    out.unlinked = !fs.existsSync(local);
    const r4 = await t.run(['unlink'], app);
    out.unlinkNoArgs = [r4.status, /Must provide a package name to remove/.test(r4.stderr)];
    const r5 = await t.run(['unlink', '-g'], lib);
    assert.strictEqual(r5.status, 0, r5.stderr);
    out.globalGone = !fs.existsSync(global);
    out.binGone = !fs.existsSync(path.join(t.prefix, 'bin/mylib'));
    fs.rmSync(path.join(lib, 'node_modules'), { recursive: true, force: true });
    fs.rmSync(path.join(lib, 'package-lock.json'), { force: true });
    results[tool] = out;
  }
  assert.deepStrictEqual(results.nodus, {
    globalIsLink: true, globalTarget: true, bin: 'mylib cli\n', depInstalled: false, localIsLink: true,
    localTarget: true, pkgUntouched: true, unlinked: true, unlinkNoArgs: [1, true], globalGone: true, binGone: true,
  });
  if (results.npm) assert.deepStrictEqual(results.nodus, results.npm);

  // --save records the link as a file: dependency; a name that is not linked is an error.
  const { run, prefix } = tools.nodus;
  c.ok(await run(['link'], lib));
  const app = c.project(base, { name: 'app', version: '1.0.0' }, 'app-save');
  c.ok(await run(['link', 'mylib', '--save'], app));
  assert.deepStrictEqual(c.readJson(path.join(app, 'package.json')).dependencies, { mylib: `file:${path.relative(app, fs.realpathSync(lib))}` });
  assert.ok(fs.existsSync(path.join(prefix, 'lib/node_modules/mylib')));
  // A package that is not linked is installed globally from the registry first, as npm does.
  c.ok(await run(['link', 'dep'], app));
  assert.strictEqual(c.readJson(path.join(prefix, 'lib/node_modules/dep/package.json')).version, '1.0.0');
  assert.ok(fs.lstatSync(path.join(app, 'node_modules/dep')).isSymbolicLink());
  assert.strictEqual(fs.realpathSync(path.join(app, 'node_modules/dep')), fs.realpathSync(path.join(prefix, 'lib/node_modules/dep')));
  const r = await run(['link', 'not-there'], app);
  assert.strictEqual(r.status, 1);
  assert.match(r.stderr, /code E404/);
  await reg.close();
});
