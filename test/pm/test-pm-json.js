'use strict';
// --json for install/add/remove/update/ci: npm's summary object ({add, added, audited, change,
// changed, funding, remove, removed}) and nothing else on stdout (script output goes to stderr);
// errors as {"error": {code, summary, detail}}. The keys are checked against the machine's npm.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const c = require('./common');

const KEYS = ['add', 'added', 'audited', 'change', 'changed', 'funding', 'remove', 'removed'];

c.main(async () => {
  const reg = await c.startRegistry({
    a: { versions: { '1.0.0': { dependencies: { b: '^1.0.0' } } } },
    b: { versions: { '1.0.0': {}, '1.1.0': {} } },
    s: { versions: { '1.0.0': { scripts: { postinstall: 'echo from-postinstall' } } } },
    f: { versions: { '1.0.0': {} } },
  });
  const base = c.tmpdir('json');
  const env = c.envFor(base, reg);
  const dir = c.project(base, { name: 'app', version: '1.0.0', dependencies: { a: '1.0.0', s: '1.0.0' } });
  const json = (r) => { c.ok(r); return JSON.parse(r.stdout); };

  let out = json(await c.run(['install', '--json'], { cwd: dir, env }));
  assert.deepStrictEqual(Object.keys(out), KEYS);
  assert.strictEqual(out.added, 3);
  assert.deepStrictEqual(out.add.map((e) => e.name).sort(), ['a', 'b', 's']);
  const b = out.add.find((e) => e.name === 'b');
  assert.deepStrictEqual(b, { name: 'b', version: '1.1.0', path: path.join(dir, 'node_modules/b') });
  assert.strictEqual(out.removed + out.changed, 0);

  // No-op.
  out = json(await c.run(['install', '--json'], { cwd: dir, env }));
  assert.deepStrictEqual(out, { add: [], added: 0, audited: 0, change: [], changed: 0, funding: 0, remove: [], removed: 0 });

  // add, update (a change), remove.
  out = json(await c.run(['add', 'f', '--json'], { cwd: dir, env }));
  assert.strictEqual(out.added, 1);
  assert.strictEqual(out.add[0].name, 'f');
  reg.spec.b.versions['1.2.0'] = {};
  reg.build('b');
  out = json(await c.run(['update', '--json'], { cwd: dir, env }));
  assert.strictEqual(out.changed, 1);
  assert.deepStrictEqual(out.change[0], {
    from: { name: 'b', version: '1.1.0', path: path.join(dir, 'node_modules/b') },
    to: { name: 'b', version: '1.2.0', path: path.join(dir, 'node_modules/b') },
  });
  out = json(await c.run(['remove', 'a', '--json'], { cwd: dir, env }));
  assert.strictEqual(out.removed, 2);
  assert.deepStrictEqual(out.remove.map((e) => e.name).sort(), ['a', 'b']);

  // ci
  fs.rmSync(path.join(dir, 'node_modules'), { recursive: true });
  out = json(await c.run(['ci', '--json'], { cwd: dir, env }));
  assert.strictEqual(out.added, 2);

  // Errors.
  const bad = c.project(base, { name: 'bad', version: '1.0.0', dependencies: { nope: '^1.0.0' } }, 'bad');
  const r = await c.run(['install', '--json'], { cwd: bad, env });
  assert.strictEqual(r.status, 1);
  const e = JSON.parse(r.stdout);
  assert.strictEqual(e.error.code, 'E404');
  assert.match(e.error.summary, /404 Not Found - GET .*nope/);
  assert.match(e.error.detail, /'nope@\^1\.0\.0' is not in this registry/);
  assert.match(r.stderr, /E404/);

  // The keys are npm's.
  const probe = await c.runCmd(c.npmPath(), ['--version']);
  if (probe.status === 0) {
    const npmDir = c.project(base, { name: 'app', version: '1.0.0', dependencies: { a: '1.0.0' } }, 'npm');
    const n = await c.runCmd(c.npmPath(), ['install', '--json', '--registry', reg.url, '--cache', path.join(base, 'npm-cache'),
      '--no-audit', '--no-fund', '--loglevel=error'], { cwd: npmDir, env });
    assert.strictEqual(n.status, 0, n.stderr);
    const npmOut = JSON.parse(n.stdout);
    assert.deepStrictEqual(Object.keys(npmOut), KEYS);
    assert.deepStrictEqual(Object.keys(npmOut.add[0]), ['name', 'version', 'path']);
  } else {
    console.log('npm not available: key cross-check skipped');
  }
  await reg.close();
});
