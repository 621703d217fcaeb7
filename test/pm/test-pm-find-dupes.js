'use strict';
// find-dupes: npm 11 runs `dedupe --dry-run` (arguments ignored): what dedupe would change,
// nothing changed on disk (node_modules, lockfile). The text output (npm's change lines and its
// summary sentence, the time aside) and --json (the lines, then the lists and counts) compared
// with npm's.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const c = require('./common');

c.main(async () => {
  const reg = await c.startRegistry({
    a: { versions: { '1.0.0': { dependencies: { c: '^1.0.0' } } } },
    b: { versions: { '1.0.0': { dependencies: { c: '^1.1.0' } } } },
    c: { versions: { '1.0.0': {}, '1.1.0': {} } },
  });
  const base = c.tmpdir('find-dupes');
  const env = c.envFor(base, reg);
  const npmSetup = await c.npmFor(base, reg);
  const tools = { nodus: (args, cwd) => c.run(args, { cwd, env }) };
  if (npmSetup) tools.npm = (args, cwd) => npmSetup.run(args, cwd);
  // The diff lines (action, name, version) or, for --json, the lists and the removed count.
  const summarize = (stdout, dir) => {
    const start = stdout.indexOf('{');
    if (start >= 0) {
      const j = JSON.parse(stdout.slice(start));
      assert.strictEqual(stdout.slice(0, start), 'remove c 1.1.0\n');
      const rel = (e) => ({ ...e, path: path.relative(dir, e.path) });
      return { remove: j.remove.map(rel), removed: j.removed, add: j.add.map(rel), change: j.change };
    }
    return stdout.replace(/ in \d+(ms|s|m)\n$/, ' in TIME\n');
  };
  const results = {};
  for (const [tool, run] of Object.entries(tools)) {
    const dir = c.project(base, { name: 'd', version: '1.0.0', dependencies: { a: '1.0.0', b: '1.0.0' } }, `fd-${tool}`);
    c.ok(await run(['install'], dir), `${tool} install`);
    const lockPath = path.join(dir, 'package-lock.json');
    const lock = c.readJson(lockPath);
    lock.packages['node_modules/b/node_modules/c'] = lock.packages['node_modules/c'];
    fs.writeFileSync(lockPath, JSON.stringify(lock, null, 2) + '\n');
    c.ok(await run(['ci'], dir), `${tool} ci`);
    const before = c.installedSet(dir);
    const lockText = fs.readFileSync(lockPath, 'utf8');
    const out = [];
    for (const args of [['find-dupes'], ['find-dupes', 'a'], ['find-dupes', '--json']]) {
      const r = await run(args, dir);
      out.push([args.join(' '), r.status, summarize(r.stdout, dir)]);
      assert.deepStrictEqual(c.installedSet(dir), before, `${tool} ${args.join(' ')} changed node_modules`);
      assert.strictEqual(fs.readFileSync(lockPath, 'utf8'), lockText, `${tool} ${args.join(' ')} changed the lockfile`);
    }
    const dd = await run(['dedupe', '--dry-run'], dir);
    out.push(['dedupe --dry-run', dd.status, summarize(dd.stdout, dir)]);
    results[tool] = out;
  }
  const n = results.nodus;
  assert.strictEqual(n[0][1], 0);
  assert.deepStrictEqual(n[0][2], n[3][2]);
  assert.deepStrictEqual(n[0][2], 'remove c 1.1.0\n\nremoved 1 package in TIME\n');
  assert.deepStrictEqual(n[2][2], { remove: [{ name: 'c', version: '1.1.0', path: 'node_modules/b/node_modules/c' }], removed: 1, add: [], change: [] });
  if (results.npm) assert.deepStrictEqual(results.nodus, results.npm);
  await reg.close();
});
